import { testRule } from '../../helpers/rule-tester.js';

testRule('citation-consistency', {
  valid: [
    '根据《关于加强数据管理的通知》（国办发〔2025〕3号）要求。落实《关于加强数据管理的通知》（国办发〔2025〕3号）。',
    { name: 'the number written with other brackets, 第 or a leading zero', text: '根据《关于加强数据管理的通知》（国办发〔2025〕3号）。落实《关于加强数据管理的通知》（国办发[2025]第03号）。' },
    { name: 'with and without the issuer', text: '根据《国务院办公厅关于加强数据管理的通知》（国办发〔2025〕3号）。落实《关于加强数据管理的通知》（国办发〔2025〕3号）。' },
    { name: 'the notice and the plan it issued', text: '《关于印发〈数字政府建设行动方案〉的通知》（包府办发〔2022〕10号）。按照《数字政府建设行动方案》（包府办发〔2022〕10号）。' },
    {
      name: 'spaces, nested marks and bracket widths',
      text: '《关于印发〈全市物流发展规划（2021—2025年）〉的通知》（京政发〔2021〕8号）。《关于印发《全市物流发展规划(2021-2025年)》的通知》 （京政发〔2021〕8号）。',
    },
    { name: 'one title from two issuers', text: '《关于推进政务服务的意见》（国发〔2024〕5号）和本省《关于推进政务服务的意见》（豫政发〔2024〕12号）。' },
    { name: 'different documents', text: '《关于加强数据管理的通知》（国办发〔2025〕3号）和《关于推进政务公开的意见》（国办发〔2025〕4号）。' },
    { name: 'a number without a title is no citation', text: '《关于加强数据管理的通知》（国办发〔2025〕3号）。按国办发〔2025〕4号文件执行，另见《关于加强数据管理的通知》。' },
    { name: 'a case number is no document number', text: '《民事判决书》（2024）京01民初12号。《民事判决书》（2024）京01民初13号。' },
    { name: 'in code', text: '根据《关于加强数据管理的通知》（国办发〔2025〕3号）。\n\n```\n《关于加快数据治理的通知》（国办发〔2025〕3号）\n```\n', format: 'markdown' },
  ],
  invalid: [
    {
      name: 'one number, two titles',
      text: '根据《关于加强数据管理的通知》（国办发〔2025〕3号）要求。落实《关于加快数据治理的通知》（国办发[2025]3号）。',
      errors: [
        {
          message: '同一文号「国办发[2025]3号」前后所引标题不同：前文为《关于加强数据管理的通知》，这里为《关于加快数据治理的通知》',
          severity: 'warning',
          flagged: '《关于加快数据治理的通知》',
          related: [{ message: '前文所引的标题', range: [2, 15] }],
        },
      ],
    },
    {
      name: 'one title, two numbers',
      text: '《关于推进政务服务的意见》（京政发〔2024〕5号）已印发。请落实《关于推进政务服务的意见》(京政发〔2024〕6号)。',
      errors: [
        {
          message: '同一文件《关于推进政务服务的意见》前后所引文号不同：前文为「京政发〔2024〕5号」，这里为「京政发〔2024〕6号」',
          flagged: '京政发〔2024〕6号',
          related: [{ message: '前文所引的文号', range: [14, 25] }],
        },
      ],
    },
    {
      name: 'one title, the code slipped',
      text: '《关于推进政务服务的意见》（国发〔2024〕5号）。《关于推进政务服务的意见》（国办发〔2024〕5号）。',
      errors: ['同一文件《关于推进政务服务的意见》前后所引文号不同：前文为「国发〔2024〕5号」，这里为「国办发〔2024〕5号」'],
    },
    {
      name: 'in English',
      locale: 'en',
      text: '《关于加强数据管理的通知》（国办发〔2025〕3号）。《关于加快数据治理的通知》（国办发〔2025〕3号）。',
      errors: ['One document number, two titles: 国办发〔2025〕3号 is cited as 《关于加强数据管理的通知》 earlier and 《关于加快数据治理的通知》 here'],
    },
  ],
});
