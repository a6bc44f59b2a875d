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
    // Growth with the amount of the change: the base is the value less the rise, or plus the fall.
    '非税收入完成2560万元，比上年增加310万元，增长13.8%。',
    '全镇税收收入完成4.35亿元，同比增收0.52亿元，增长13.6%。',
    '上划中央收入完成12133万元，比上年同期减少282万元，下降2.27%。',
    { name: 'the change after the rate', text: '全县财政总收入完成19.13亿元，较上年同期增长15.4%，增收2.55亿元。' },
    { name: 'a share of the budget between the value and its change', text: '累计完成一般公共预算收入6.8亿元，为年初预算的61.2%，比上年同期增加0.62亿元，增长10%。' },
    { name: 'the value and the base', text: '全年完成税收收入8600万元，上年同期为7800万元，同比增长10.3%。' },
    { name: 'from the base of an earlier year', text: '农村居民人均可支配收入由上年的14200元增加到15800元，增长11.3%。' },
    { name: 'whole numbers of 万 may be rounded', text: '新设市场主体3.6万户，比上年增加1万户，增长38%。' },
    // Not the plain change between two values, or not the same thing.
    { name: 'output grows at constant prices', text: '地区生产总值达到1369.7亿元，比上年增加143.2亿元，增长6.1%。' },
    { name: 'on a comparable basis', text: '实现利润总额39亿元，比上年增加5亿元，按可比口径计算增长8.1%。' },
    '全县粮食总产量达到52.3万吨，比上年增加1.6万吨，年均增长2%。',
    { name: 'the change belongs to a part', text: '全县一般公共预算收入完成8.1亿元，其中税收收入增加0.6亿元，增长12%。' },
    { name: 'the rate of another metric', text: '全年接待游客1200万人次，比上年增加150万人次，旅游收入增长18%。' },
    '全市地方财政收入94.59亿元，完成年度预算的56.5%，比上年同期增收20.13亿元，增长27%。',
    '城镇居民人均可支配收入42000元，比上年增加2520元，增长6.4%，扣除价格因素实际增长4.2%。',
    { name: 'a rise and a fall', text: '全年完成税收收入8600万元，比上年减少300万元，增长3.6%。' },
    { name: 'a semicolon between', text: '全年完成税收收入8600万元；比上年增加300万元，增长10%。' },
    { name: 'an approximate value', text: '全年完成税收收入约8600万元，比上年增加800万元，增长15%。' },
    { name: 'the option widens the tolerance', text: '非税收入完成2560万元，比上年增加310万元，增长15%。', options: { tolerance: 1.5 } },
  ],
  invalid: [
    { name: 'a rate against its part and total', text: '辖区内210户个体工商户，复工190户，复工率95%。', errors: ['“复工率”与前面的数字不符：190户÷210户 = 90.5%，这里是 95%'] },
    { name: 'N…中，M… with the rate after', text: '全县48家规模以上企业中，已有42家恢复满负荷生产，达产率达到95%。', errors: 1 },
    { name: 'a share of the annual plan', text: '年度计划投资12.6亿元，目前完成投资9.45亿元，完成年计划的80%。', errors: 1 },
    { name: 'growth against the two values', text: '补助标准由40元提高到80元，增长50%。', errors: ['增幅与前后两个数字不符：由 40元 到 80元 是增长 100%，这里是 50%'] },
    {
      name: 'growth against the value and the amount of the change',
      text: '非税收入完成2560万元，比上年增加310万元，增长15%。',
      errors: [
        {
          message: '比上年增加310万元，上年应为2250万元，增长应为13.8%，这里是15%',
          flagged: '15%',
          related: [
            { message: '现值', range: [6, 12] },
            { message: '增减额', range: [18, 23] },
          ],
        },
      ],
    },
    {
      name: 'in English',
      text: '非税收入完成2560万元，比上年增加310万元，增长15%。',
      locale: 'en',
      errors: ['比上年增加310万元: the base would be 2250万元, so a rise of 13.8%, stated 15%'],
    },
    {
      name: 'a fall, and no word saying what it compares with',
      text: '上划中央收入完成12133万元，减少282万元，下降3.27%。',
      errors: ['减少282万元，原值应为12415万元，下降应为2.27%，这里是3.27%'],
    },
    {
      name: 'the change after the rate, compared as the rate says',
      text: '全县财政总收入完成19.13亿元，较上年同期增长17.4%，增收2.55亿元。',
      errors: ['增收2.55亿元，上年同期应为16.58亿元，增长应为15.38%，这里是17.4%'],
    },
    {
      name: '同比 compares with the same period of the year before',
      text: '全镇税收收入完成4.35亿元，同比增收0.52亿元，增长16%。',
      errors: ['同比增收0.52亿元，上年同期应为3.83亿元，增长应为13.6%，这里是16%'],
    },
    {
      name: 'the value and the base',
      text: '全年完成税收收入8600万元，上年同期为7800万元，同比增长12%。',
      errors: ['增幅与前后两个数字不符：由 7800万元 到 8600万元 是增长 10.3%，这里是 12%'],
    },
    {
      name: 'from the base of an earlier year',
      text: '农村居民人均可支配收入由上年的14200元增加到15800元，增长13%。',
      errors: ['增幅与前后两个数字不符：由 14200元 到 15800元 是增长 11.3%，这里是 13%'],
    },
    {
      name: 'each breakdown of a budget report against its own figures',
      text: '其中：税收收入完成36552万元，增加2362万元，增长6.91%；非税收入完成31397万元，增加4155万元，增长16.25%。',
      errors: [{ messageId: 'increase', flagged: '16.25%', params: { increase: '增加4155万元', base: '原值', baseValue: '27242万元', direction: '增长', computed: '15.25', stated: '16.25' } }],
    },
  ],
});
