import { testRule } from '../../helpers/rule-tester.js';

const lines = (...l: string[]) => l.join('\n');

testRule('repeated-sentence', {
  valid: [
    { name: 'short sentences and salutations repeat freely', text: lines('同志们！', '　　这项工作很重要。', '同志们！', '　　这项工作很重要。') },
    { name: 'headings are not sentences', text: lines('一、加快推进重点项目建设', '　　今年全区重点项目进展顺利。', '二、加快推进重点项目建设', '　　明年继续抓好项目建设工作。') },
    { name: 'a title or label repeated by design (an attachment named in its note and over itself)', text: lines('附件：全区数字政府建设考评指标体系', '', '附件', '全区数字政府建设考评指标体系') },
    { name: 'run-in headings of a review and a plan', text: lines('　　推进节能减排和生态环境保护。全年完成减排任务。', '　　推进节能减排和生态环境保护。明年继续狠抓落实。') },
    { name: 'a longer minimum', text: lines('　　全区固定资产投资保持较快增长。', '　　全区固定资产投资保持较快增长。'), options: { minLength: 20 } },
    { name: 'in code', format: 'markdown', text: lines('`全区固定资产投资保持较快增长。`', '', '`全区固定资产投资保持较快增长。`') },
  ],
  invalid: [
    {
      name: 'the same sentence in two sections, linked to the first',
      text: lines('　　我们坚持稳中求进，全区经济持续健康发展。', '　　下一步，我们坚持稳中求进，全区经济持续健康发展。', '　　我们坚持稳中求进，全区经济持续健康发展。'),
      errors: [
        {
          message: '这句话与前文重复（18字）：「我们坚持稳中求进，全区经济持续健…」',
          flagged: '我们坚持稳中求进，全区经济持续健康发展。',
          related: [{ message: '首次出现', range: [2, 22] }],
        },
      ],
    },
    {
      name: 'a paragraph pasted twice is reported once, as a paragraph',
      text: lines('　　全区投资增长较快。消费市场持续回暖，外贸进出口稳中有进。', '　　其他段落。', '　　全区投资增长较快。消费市场持续回暖，外贸进出口稳中有进。'),
      errors: [{ message: '整段与前文重复（25字）：「全区投资增长较快。消费市场持续回…」', severity: 'warning' }],
    },
    {
      name: 'English',
      locale: 'en',
      text: lines('　　全区固定资产投资保持较快增长。', '　　全区固定资产投资保持较快增长。'),
      errors: ['This sentence repeats an earlier one (14 characters): 全区固定资产投资保持较快增长。'],
    },
  ],
});
