import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig } from '../../server/src/core/index.js';
import { toBlank } from '../../client/src/blank-list.js';

describe('what belongs in a blank', () => {
  const blanks = (text: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    lint(text, normalizeConfig({ locale }).config)
      .filter((f) => f.ruleId === 'placeholder')
      .map((f) => toBlank(f.range, f.message, f.data)!);

  it("is the finding's data.what, editing notes included, in either language", () => {
    assert.deepEqual(blanks('全年完成投资X亿元。【待补充】').map((b) => b.what), ['数值（亿元）', '待办标记']);
    assert.deepEqual(blanks('全年完成投资X亿元。【待补充】', 'en').map((b) => b.what), ['number (亿元)', 'editing note']);
    // A slot's own name says it best.
    assert.deepEqual(blanks('请联系（联系人姓名），电话：［联系电话］').map((b) => b.what), ['联系人姓名', '联系电话']);
    assert.deepEqual(blanks('请联系（联系人姓名），电话：［联系电话］', 'en').map((b) => b.what), ["person's name: 联系人姓名", 'phone number: 联系电话']);
  });

  it('is the message for data that does not say', () => {
    const [finding] = lint('全年完成投资X亿元。').filter((f) => f.ruleId === 'placeholder');
    assert.equal(toBlank(finding!.range, finding!.message, { ...finding!.data, what: 42 })?.what, finding!.message);
  });
});
