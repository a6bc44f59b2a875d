import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig } from '../../../server/src/core/index.js';
import { messages } from '../../helpers/rules.js';

describe('heading-level', () => {
  it('reports a skipped level, allows 一、→1. by default', () => {
    assert.deepEqual(messages('一、甲\n（1）乙', 'heading-level'), ['层级跳跃：「（1）」直接出现在「一、」之下，中间缺少「（一）」「1.」层']);
    assert.deepEqual(messages('一、甲\n1.乙', 'heading-level'), []);
    const strict = normalizeConfig({ rules: { 'heading-level': { allowArabicUnderChinese: false } } }).config;
    assert.equal(lint('一、甲\n1.乙', strict).filter((f) => f.ruleId === 'heading-level').length, 1);
  });
  it('reports inverted nesting once per section', () => {
    assert.deepEqual(messages('一、甲\n1.乙\n（一）丙\n（二）丁', 'heading-level'), ['层级颠倒：「（一）」出现在同一节中更低一层的「1.」之后']);
  });
});
