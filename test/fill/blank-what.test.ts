import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { toBlank, whatOf } from '../../server/src/fill/types.js';

describe('what belongs in a blank', () => {
  const [finding] = lint('全年完成投资X亿元。').filter((f) => f.ruleId === 'placeholder');

  it("is the finding's data.what when the server sends it", () => {
    const blank = toBlank(finding!.range, finding!.message, { ...finding!.data, what: '数值（亿元）' });
    assert.equal(blank?.what, '数值（亿元）');
    assert.equal(whatOf(blank!), '数值（亿元）');
  });

  it('else the message without its 「未填写的占位符：」, in either language', () => {
    const blank = toBlank(finding!.range, finding!.message, { ...finding!.data, what: 42 });
    assert.equal(blank?.what, undefined);
    assert.equal(whatOf(blank!), '数值（亿元）');
    assert.equal(whatOf({ ...blank!, message: 'Unfilled placeholder: number (100 million yuan)' }), 'number (100 million yuan)');
  });
});
