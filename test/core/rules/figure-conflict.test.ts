import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../server/src/core/index.js';
import { messages } from '../../helpers/rules.js';

describe('figure-conflict', () => {
  it('one metric with two values, after unit conversion', () => {
    assert.deepEqual(messages('全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成5.6亿元。', 'figure-conflict'), [
      '同一指标前后不一致：“全区固定资产投资”前文为 5.2亿元，这里为 5.6亿元',
    ]);
    assert.deepEqual(messages('全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成52000万元。', 'figure-conflict'), []);
    assert.deepEqual(messages('全区固定资产投资完成5.2亿元。全区固定资产投资完成5.2万元。', 'figure-conflict').length, 1);
  });
  it('approximations widen the tolerance in their direction', () => {
    assert.deepEqual(messages('全年城镇新增就业约3.5万人。全年城镇新增就业3.6万人。', 'figure-conflict'), []);
    assert.deepEqual(messages('全区农村常住人口近31万人。全区农村常住人口32.5万人。', 'figure-conflict').length, 1);
    assert.deepEqual(messages('全区农村常住人口30余万人。全区农村常住人口31.2万人。', 'figure-conflict'), []);
  });
  it('a change is measured by the metric before it in the sentence', () => {
    const text = '全区一般公共预算收入完成8.1亿元，同比增长6.2%。全区一般公共预算收入完成8.1亿元，同比增长6.8%。';
    assert.deepEqual(messages(text, 'figure-conflict'), ['同一指标前后不一致：“全区一般公共预算收入同比增长”前文为 6.2%，这里为 6.8%']);
  });
  it('two ranks for one metric', () => {
    const text = '全区固定资产投资完成5.2亿元，增幅四城区排名第一；全区固定资产投资增幅四城区排名第二。';
    assert.equal(messages(text, 'figure-conflict').length, 1);
    const seedLike = '全区固定资产投资累计完成X亿元，增幅四城区排名第一；规模以上工业总产值完成X亿元，增幅四城区排名第二；一般公共财政预算收入完成X万元，增幅四城区排名第二。';
    assert.deepEqual(messages(seedLike, 'figure-conflict'), []);
  });
  it('a rank inside Markdown code is not prose: only ranks in the text count', () => {
    const text = '全区固定资产投资增幅四城区排名第一。\n\n```\n全区固定资产投资增幅四城区排名第三。\n```\n';
    const inMarkdown = lint(text, undefined, { format: 'markdown' }).filter((f) => f.ruleId === 'figure-conflict');
    assert.deepEqual(inMarkdown, []);
    // The same lines as prose do conflict.
    assert.equal(messages(text, 'figure-conflict').length, 1);
  });
  it('stays silent for targets, other times, other scopes', () => {
    const quiet = [
      '全省地区生产总值增长5.2%。今年全省地区生产总值预期增长5%左右。',
      '2024年全省城镇新增就业61.2万人。2025年全省城镇新增就业63.5万人。',
      '五年来城镇新增就业603.7万人。城镇新增就业121.7万人。',
      '全县专精特新中小企业达到1003户。新增全县专精特新中小企业100户。',
      '全年城镇新增就业31.7万人。全年城镇新增就业30万人。',
      '人均可支配收入由5160元增加到7703元，平均每年实际增长8.6%。\n消费品零售总额从2.73万亿元增加到4.1万亿元，平均每年实际增长10.5%。',
    ];
    for (const text of quiet) assert.deepEqual(messages(text, 'figure-conflict'), [], text);
  });
});
