import { testRule } from '../../helpers/rule-tester.js';

testRule('numeral-mix', {
  valid: [
    '新增就业3.5万人。',
    '投资12亿元。',
    '6000多人参加。',
    '六千多人参加。',
    '装机容量5千瓦。',
    '道路长10千米。',
    '提高5百分点。',
    '算力总规模达到10.36百亿亿次/秒。',
    { name: 'part of a code', text: '型号A3千。' },
    { name: 'in code', text: '`6千`', format: 'markdown' },
  ],
  invalid: [
    {
      text: '6千多人参加。',
      errors: [
        {
          message: '阿拉伯数字与“千”混用：「6千」宜写作「6000」',
          severity: 'hint',
          flagged: '6千',
          suggestions: [{ message: '改为「6000」', output: '6000多人参加。' }],
        },
      ],
    },
    { text: '增加到1万5千公里。', errors: [{ message: '阿拉伯数字与“千”混用：「1万5千」宜写作「1.5万」', suggestions: [{ output: '增加到1.5万公里。' }] }] },
    { text: '增加到1万6千多户。', errors: [{ suggestions: [{ output: '增加到1.6万多户。' }] }] },
    { text: '达到1亿3千多万人次。', errors: [{ message: '阿拉伯数字与“千”混用：「1亿3千多万」宜写作「1.3亿多」' }] },
    { text: '投资5千万元。', errors: [{ suggestions: [{ output: '投资5000万元。' }] }] },
    { text: '约3百人。', errors: ['阿拉伯数字与“百”混用：「3百」宜写作「300」'] },
    { text: '共1亿3千人。', errors: ['阿拉伯数字与“千”混用：「1亿3千」，宜全用阿拉伯数字，以“万”“亿”为单位'] },
    { text: 'About 6千 people.', locale: 'en', errors: ['Arabic digits mixed with "千": write 6000 for 6千'] },
  ],
});
