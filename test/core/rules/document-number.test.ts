import { testRule } from '../../helpers/rule-tester.js';

testRule('document-number', {
  valid: [
    '国办发〔2025〕12号',
    '根据《关于印发实施方案的通知》（包府办发〔2022〕10号）要求，',
    'X政发〔2025〕3号',
    // Years in brackets elsewhere, and court case numbers, which take （）.
    '《行动计划（2024—2026年）》',
    '完成年度目标(2025年)。',
    '（2025）京0105民初123号',
    '全年（2025）共12号台风影响本市。',
    { name: 'no code before the bracket', text: '附：(2025)12号' },
    { name: 'a zero number is no leading zero', text: '国办发〔2025〕0号' },
  ],
  invalid: [
    {
      text: '国办发[2025]12号',
      errors: [{ message: '发文字号的年份用六角括号「〔〕」括入，这里是「[]」', flagged: '[2025]' }],
      output: '国办发〔2025〕12号',
    },
    { text: '京政发【2025】3号', errors: 1, output: '京政发〔2025〕3号' },
    { text: '京政发(2025)3号', errors: 1, output: '京政发〔2025〕3号' },
    { text: '京政办函（2025）3号', errors: 1, output: '京政办函〔2025〕3号' },
    { text: '财税字﹝2019﹞13号', errors: 1, output: '财税字〔2019〕13号' },
    { text: '国办发〔25〕12号', errors: [{ message: '发文字号的年份应写全四位，这里是「25」', flagged: '25' }] },
    { text: '国办发〔2025〕第8号', errors: [{ message: '发文字号的序号前不加「第」：「8号」', flagged: '第' }], output: '国办发〔2025〕8号' },
    {
      text: '国办发〔2025〕08号',
      errors: [{ message: '发文字号的序号不编虚位：「8号」，这里是「08号」', flagged: '08号' }],
      output: '国办发〔2025〕8号',
    },
    {
      name: 'every fault of one number, each fixed alone',
      text: '国办发[2025]第008号',
      errors: ['发文字号的年份用六角括号「〔〕」括入，这里是「[]」', '发文字号的序号前不加「第」：「8号」', '发文字号的序号不编虚位：「8号」，这里是「008号」'],
      output: '国办发〔2025〕8号',
    },
    { name: 'English', text: '国办发[2025]12号', locale: 'en', errors: ['The year of a document number goes in tortoise-shell brackets 〔〕, not []'], output: '国办发〔2025〕12号' },
  ],
});
