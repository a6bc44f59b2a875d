import { testRule } from '../../helpers/rule-tester.js';

testRule('redundancy', {
  valid: [
    '投资约5亿元。',
    '投资5亿元左右。',
    '超过50%。',
    '50%以上。',
    '新增就业300余人。',
    '近300人参加。',
    { name: '节约 is no approximation', text: '节约用水50%左右。' },
    { name: '节约 before a number', text: '节约50%左右的用水。' },
    { name: '签约 is no approximation', text: '项目签约3543亿元左右。' },
    { name: '最近 is no approximation', text: '最近10多年来。' },
    { name: '近 before a span of time means recent', text: '近一百多年来达到了前所未有的程度。' },
    { name: '约 and 左右 in two clauses', text: '约有5人报名，其中3人左右通过。' },
    { name: '超过 and 以上 in two clauses', text: '超过5家，以上企业均已整改。' },
    '成本降低50%。',
    '增长3倍。',
    '减少到原来的三分之一。',
    { name: 'in code', text: '`约5人左右`', format: 'markdown' },
  ],
  invalid: [
    {
      text: '投资约5亿元左右。',
      errors: [
        {
          message: '“约”和“左右”意思重复，保留一个',
          flagged: '约5亿元左右',
          suggestions: [
            { message: '删去“约”', output: '投资5亿元左右。' },
            { message: '删去“左右”', output: '投资约5亿元。' },
          ],
        },
      ],
    },
    { text: '大约三十人左右参加。', errors: [{ message: '“大约”和“左右”意思重复，保留一个', flagged: '大约三十人左右' }] },
    { text: '约50余人参加。', errors: [{ message: '“约”和“余”意思重复，保留一个', suggestions: [{ output: '50余人参加。' }, { output: '约50人参加。' }] }] },
    { text: '约3000多名群众。', errors: ['“约”和“多”意思重复，保留一个'] },
    { text: '近300余人参加。', errors: ['“近”和“余”意思重复，保留一个'] },
    { text: '将近百余人。', errors: [{ flagged: '近百余' }] },
    { text: '占比超过50%以上。', errors: [{ message: '“超过”和“以上”意思重复，保留一个', flagged: '超过50%以上' }] },
    {
      text: '能耗降低3倍。',
      errors: [{ message: '“降低3倍”说不通：减少不能用倍数表示，改用百分数或分数（如“降低50%”“减少到原来的三分之一”）', flagged: '降低3倍' }],
    },
    { text: '成本减少了一倍。', errors: [{ flagged: '减少了一倍' }] },
    { text: 'About 约5人左右.', locale: 'en', errors: ['"约" and "左右" say the same thing; keep one'] },
  ],
});
