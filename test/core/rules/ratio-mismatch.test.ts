import { testRule } from '../../helpers/rule-tester.js';

testRule('ratio-mismatch', {
  valid: [
    '辖区内210户个体工商户，复工190户，复工率90.5%。',
    '辖区内210户个体工商户，复工190户，复工率90%。',
    '全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到87.5%。',
    '年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的75%。',
    { name: 'whole numbers may be rounded: 9亿÷12亿 is anything from 68% to 83%', text: '年度计划投资12亿元，目前完成投资9亿元，完成年计划的80%。' },
    '补助标准由40元提高到80元，增长100%。',
    '贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%。',
    '人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。',
    { name: 'stays silent with approximate figures', text: '约210户个体工商户，复工190户，复工率95%。' },
  ],
  invalid: [
    { name: 'a rate against its part and total', text: '辖区内210户个体工商户，复工190户，复工率95%。', errors: ['“复工率”与前面的数字不符：190户÷210户 = 90.5%，这里是 95%'] },
    { name: 'N…中，M… with the rate after', text: '全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到95%。', errors: 1 },
    { name: 'a share of the annual plan', text: '年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的80%。', errors: 1 },
    { name: 'growth against the two values', text: '补助标准由40元提高到80元，增长50%。', errors: ['增幅与前后两个数字不符：由 40元 到 80元 是增长 100%，这里是 50%'] },
  ],
});
