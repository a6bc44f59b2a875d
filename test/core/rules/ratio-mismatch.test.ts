import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from '../../helpers/rules.js';

describe('ratio-mismatch', () => {
  it('a rate against its part and total', () => {
    const text = '辖区内210户个体工商户，复工190户，复工率95%。';
    assert.deepEqual(messages(text, 'ratio-mismatch'), ['“复工率”与前面的数字不符：190户÷210户 = 90.5%，这里是 95%']);
    assert.deepEqual(messages('辖区内210户个体工商户，复工190户，复工率90.5%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('辖区内210户个体工商户，复工190户，复工率90%。', 'ratio-mismatch'), []);
  });
  it('N…中，M… with the rate after', () => {
    assert.deepEqual(messages('全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到95%。', 'ratio-mismatch').length, 1);
    assert.deepEqual(messages('全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到87.5%。', 'ratio-mismatch'), []);
  });
  it('a share of the annual plan', () => {
    assert.deepEqual(messages('年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的80%。', 'ratio-mismatch').length, 1);
    assert.deepEqual(messages('年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的75%。', 'ratio-mismatch'), []);
    // Whole numbers may be rounded: 9亿÷12亿 is anything from 68% to 83%.
    assert.deepEqual(messages('年度计划投资12亿元，目前完成投资9亿元，完成年计划的80%。', 'ratio-mismatch'), []);
  });
  it('growth against the two values', () => {
    assert.deepEqual(messages('补助标准由40元提高到80元，增长50%。', 'ratio-mismatch'), ['增幅与前后两个数字不符：由 40元 到 80元 是增长 100%，这里是 50%']);
    assert.deepEqual(messages('补助标准由40元提高到80元，增长100%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%。', 'ratio-mismatch'), []);
    assert.deepEqual(messages('人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。', 'ratio-mismatch'), []);
  });
  it('stays silent with approximate figures', () => {
    assert.deepEqual(messages('约210户个体工商户，复工190户，复工率95%。', 'ratio-mismatch'), []);
  });
});
