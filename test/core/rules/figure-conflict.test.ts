import { testRule } from '../../helpers/rule-tester.js';

testRule('figure-conflict', {
  valid: [
    { name: 'after unit conversion', text: '全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成52000万元。' },
    { name: 'approximations widen the tolerance in their direction', text: '全年城镇新增就业约3.5万人。全年城镇新增就业3.6万人。' },
    '全区农村常住人口30余万人。全区农村常住人口31.2万人。',
    {
      name: 'a rank of one metric among others',
      text: '全区固定资产投资累计完成X亿元，增幅四城区排名第一；规模以上工业总产值完成X亿元，增幅四城区排名第二；一般公共财政预算收入完成X万元，增幅四城区排名第二。',
    },
    // Silent for targets, other times, other scopes.
    '全省地区生产总值增长5.2%。今年全省地区生产总值预期增长5%左右。',
    '2024年全省城镇新增就业61.2万人。2025年全省城镇新增就业63.5万人。',
    '五年来城镇新增就业603.7万人。城镇新增就业121.7万人。',
    '全县专精特新中小企业达到1003户。新增全县专精特新中小企业100户。',
    '全年城镇新增就业31.7万人。全年城镇新增就业30万人。',
    { name: 'the items of a list of figures', text: '城镇居民和农村居民人均可支配收入实际增长8.4%和11.4%。全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶。' },
    '全年共组织安全检查15次。全年共组织安全检查15次，排查隐患200余处。',
    '人均可支配收入由5160元增加到7703元，平均每年实际增长8.6%。\n消费品零售总额从2.73万亿元增加到4.1万亿元，平均每年实际增长10.5%。',
    {
      name: 'a rank inside Markdown code is not prose: only ranks in the text count',
      text: '全区固定资产投资增幅四城区排名第一。\n\n```\n全区固定资产投资增幅四城区排名第三。\n```\n',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      name: 'one metric with two values',
      text: '全区固定资产投资累计完成5.2亿元。全区固定资产投资累计完成5.6亿元。',
      errors: ['同一指标前后不一致：“全区固定资产投资”前文为 5.2亿元，这里为 5.6亿元'],
    },
    { text: '全区固定资产投资完成5.2亿元。全区固定资产投资完成5.2万元。', errors: 1 },
    { text: '全区农村常住人口近31万人。全区农村常住人口32.5万人。', errors: 1 },
    {
      name: 'a change is measured by the metric before it in the sentence',
      text: '全区一般公共预算收入完成8.1亿元，同比增长6.2%。全区一般公共预算收入完成8.1亿元，同比增长6.8%。',
      errors: ['同一指标前后不一致：“全区一般公共预算收入同比增长”前文为 6.2%，这里为 6.8%'],
    },
    {
      name: 'counts of times, the sentences worded differently',
      text: '全年共组织安全检查15次。全年共组织安全检查18次，排查隐患200余处。',
      errors: [{ message: '同一指标前后不一致：“全年共组织安全检查”前文为 15次，这里为 18次', flagged: '18次', related: [{ message: '前文的数字', range: [9, 12] }] }],
    },
    {
      name: 'filler words left out',
      text: '全年共组织安全检查15次，排查隐患200余处。全年组织开展安全检查18次。',
      errors: ['同一指标前后不一致：“全年组织开展安全检查”前文为 15次，这里为 18次'],
    },
    { name: 'two ranks for one metric', text: '全区固定资产投资完成5.2亿元，增幅四城区排名第一；全区固定资产投资增幅四城区排名第二。', errors: 1 },
    { name: 'the same lines as prose do conflict', text: '全区固定资产投资增幅四城区排名第一。\n\n```\n全区固定资产投资增幅四城区排名第三。\n```\n', errors: 1 },
  ],
});
