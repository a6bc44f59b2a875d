import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../server/src/core/index.js';
import { findings, fixed, messages } from '../../helpers/rules.js';

describe('heading-sequence', () => {
  it('explains the first break and renumbers the rest', () => {
    const text = '一、甲\n二、乙\n四、丙\n五、丁';
    assert.deepEqual(messages(text, 'heading-sequence'), [
      '序号不连续：「二、」之后应为「三、」，这里是「四、」',
      '序号应为「四、」，这里是「五、」（前面的序号有误，依次顺延）',
    ]);
    assert.equal(fixed(text, 'heading-sequence'), '一、甲\n二、乙\n三、丙\n四、丁');
  });
  it('finds repeats, steps back and a wrong start', () => {
    assert.deepEqual(messages('（一）甲\n（二）乙\n（二）丙', 'heading-sequence'), ['序号重复：「（二）」之后又是「（二）」，应为「（三）」']);
    assert.deepEqual(messages('1.甲\n2.乙\n1.丙', 'heading-sequence'), ['序号倒退：「2.」之后是「1.」，应为「3.」']);
    assert.deepEqual(messages('二、甲\n三、乙', 'heading-sequence')[0], '序号应从「一、」开始，这里是「二、」');
  });
  it('restarts under each parent, in each article and in each attachment', () => {
    const text = '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第五条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项';
    assert.deepEqual(findings(text, 'heading-sequence').map((f) => f.message), ['序号应从「第一条」开始，这里是「第五条」']);
  });
  it('accepts items numbered through across sections (tables of indicators)', () => {
    assert.deepEqual(messages('一、指标\n（一）甲\n1．项\n2．项\n（二）乙\n3．项\n4．项', 'heading-sequence'), []);
  });
  it('renumbers Arabic, Chinese and circled numerals in their own kind', () => {
    assert.equal(fixed('①甲\n③乙', 'heading-sequence'), '①甲\n②乙');
    assert.equal(fixed('九、甲', 'heading-sequence'), '一、甲');
    assert.equal(fixed('1.甲\n2.乙\n2.丙\n3.丁', 'heading-sequence'), '1.甲\n2.乙\n3.丙\n4.丁');
  });
  it('finds the skipped number in Markdown, where adjacent heading lines are paragraphs of their own', () => {
    const markdown = (text: string) => lint(text, undefined, { format: 'markdown' }).filter((f) => f.ruleId === 'heading-sequence').map((f) => f.message);
    assert.deepEqual(markdown('一、甲\n二、乙\n四、丙'), ['序号不连续：「二、」之后应为「三、」，这里是「四、」']);
    assert.deepEqual(markdown('# 报告\n（一）甲\n正文接着写。\n（三）乙'), ['序号不连续：「（一）」之后应为「（二）」，这里是「（三）」']);
    assert.deepEqual(markdown('第一条　总则。\n第三条　附则。'), ['序号不连续：「第一条」之后应为「第二条」，这里是「第三条」']);
  });
});
