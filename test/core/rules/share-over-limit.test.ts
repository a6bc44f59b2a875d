import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from '../../helpers/rules.js';

describe('share-over-limit', () => {
  it('shares and bounded rates above 100%', () => {
    assert.deepEqual(messages('全区民生支出占公共财政预算支出的120%。', 'share-over-limit'), ['占比不能超过 100%，这里是 120%']);
    assert.deepEqual(messages('群众满意率达到102%。', 'share-over-limit'), ['“满意率”不能超过 100%，这里是 102%']);
    assert.deepEqual(messages('网格受理事项办结率100.5%。', 'share-over-limit').length, 1);
  });
  it('allows rates that can pass 100% and shares that do not', () => {
    const quiet = ['投资完成率125.5%。', '完成年计划的112%。', '占地区生产总值比重达58.5%。', '覆盖率达到100%。', '同比增长120%。', '占比较上年提高120%。'];
    for (const text of quiet) assert.deepEqual(messages(text, 'share-over-limit'), [], text);
  });
  it('parts after 其中 that add up to more than the total', () => {
    assert.deepEqual(messages('累计改造农村户厕3100户，其中水冲式厕所2800户、三格式化粪池厕所500户。', 'share-over-limit'), [
      '其中各项之和（3300户）超过总数（3100户）',
    ]);
    assert.deepEqual(messages('累计改造农村户厕3300户，其中水冲式厕所2800户、三格式化粪池厕所500户。', 'share-over-limit'), []);
    assert.deepEqual(messages('投入资金1.2万元，其中区级0.8万元、街道6000元。', 'share-over-limit'), ['其中各项之和（1.4万元）超过总数（1.2万元）']);
    assert.deepEqual(messages('筹资标准由50元提高到100元，其中补助标准由40元提高到80元。', 'share-over-limit'), []);
  });
});
