import { testRule } from '../../helpers/rule-tester.js';

testRule('paired-marks', {
  valid: [
    { name: 'balanced and nested', text: '他说：“要学习《纲要》和‘三个务必’。”（试行）〔2025〕【通知】' },
    { name: 'a title wrapped onto the next line', text: '国务院办公厅关于印发《公共企事业单位\n信息公开规定制定办法》的通知' },
    { name: 'a quote wrapped over three short lines', text: '企业找技术、成果找市场“双向\n揭榜\n挂帅”的简称。' },
    { name: 'a quotation of several paragraphs: only the last closes', text: '“第一段。\n“第二段。\n“第三段。”' },
    { name: 'a pair of mixed widths is punctuation-width’s', text: '办法（试行)印发，接入“蒙速办"。' },
    { name: 'an apostrophe', text: '引用“it’s”一词。' },
    { name: 'a heading marker', text: '一、总体要求\n1）加强领导' },
    { name: 'code is skipped', text: '运行 `print("《")` 即可。', format: 'markdown' },
  ],
  invalid: [
    { text: '他说“要加强学习。', errors: [{ message: '「“」没有配对的「”」', range: [2, 3] }] },
    { text: '要加强学习”，他说。', errors: ['「”」前面没有配对的「“」'] },
    { text: '根据《关于加强管理的通知，制定本办法。', errors: ['「《」没有配对的「》」'] },
    { text: '详见附件1）。', errors: ['「）」前面没有配对的「（」'] },
    { text: '依据〔2025〕3号和【通知。', errors: ['「【」没有配对的「】」'] },
    {
      name: 'interleaved pairs',
      text: '认真学习“《纲要”》精神。',
      errors: [{ message: '「“…”」与「《…》」交错嵌套：应先关闭里面的「》」', range: [4, 10] }],
    },
    {
      name: 'the next paragraph opening with a quote of its own is no continued quotation',
      text: '“十四五时期工作回顾\n“十四五”时期是极不平凡的五年。',
      errors: ['「“」没有配对的「”」'],
    },
    {
      name: 'a blank line between is no wrap',
      text: '印发《公共企事业单位\n\n信息公开规定制定办法》的通知',
      errors: ['「《」没有配对的「》」', '「》」前面没有配对的「《」'],
    },
    {
      name: 'a wrap joins only the same pair',
      text: '印发《公共企事业单位\n信息公开规定制定办法）的通知',
      errors: ['「《」没有配对的「》」', '「）」前面没有配对的「（」'],
    },
  ],
});
