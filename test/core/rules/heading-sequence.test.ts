import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-sequence', {
  valid: [{ name: 'accepts items numbered through across sections (tables of indicators)', text: '一、指标\n（一）甲\n1．项\n2．项\n（二）乙\n3．项\n4．项' }],
  invalid: [
    {
      name: 'explains the first break and renumbers the rest',
      text: '一、甲\n二、乙\n四、丙\n五、丁',
      errors: ['序号不连续：「二、」之后应为「三、」，这里是「四、」', '序号应为「四、」，这里是「五、」（前面的序号有误，依次顺延）'],
      output: '一、甲\n二、乙\n三、丙\n四、丁',
    },
    { name: 'a repeat', text: '（一）甲\n（二）乙\n（二）丙', errors: ['序号重复：「（二）」之后又是「（二）」，应为「（三）」'], output: '（一）甲\n（二）乙\n（三）丙' },
    { name: 'a step back', text: '1.甲\n2.乙\n1.丙', errors: ['序号倒退：「2.」之后是「1.」，应为「3.」'], output: '1.甲\n2.乙\n3.丙' },
    {
      name: 'a wrong start',
      text: '二、甲\n三、乙',
      errors: ['序号应从「一、」开始，这里是「二、」', '序号应为「二、」，这里是「三、」（前面的序号有误，依次顺延）'],
      output: '一、甲\n二、乙',
    },
    {
      name: 'restarts under each parent, in each article and in each attachment',
      text: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第五条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项',
      errors: ['序号应从「第一条」开始，这里是「第五条」'],
      output: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第一条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项',
    },
    // Renumbers Arabic, Chinese and circled numerals in their own kind.
    { text: '①甲\n③乙', errors: 1, output: '①甲\n②乙' },
    { text: '九、甲', errors: 1, output: '一、甲' },
    { text: '1.甲\n2.乙\n2.丙\n3.丁', errors: 2, output: '1.甲\n2.乙\n3.丙\n4.丁' },
    // In Markdown, adjacent heading lines are paragraphs of their own.
    {
      name: 'a skipped number on adjacent Markdown lines',
      text: '一、甲\n二、乙\n四、丙',
      format: 'markdown',
      errors: ['序号不连续：「二、」之后应为「三、」，这里是「四、」'],
      output: '一、甲\n二、乙\n三、丙',
    },
    {
      text: '# 报告\n（一）甲\n正文接着写。\n（三）乙',
      format: 'markdown',
      errors: ['序号不连续：「（一）」之后应为「（二）」，这里是「（三）」'],
      output: '# 报告\n（一）甲\n正文接着写。\n（二）乙',
    },
    { text: '第一条　总则。\n第三条　附则。', format: 'markdown', errors: ['序号不连续：「第一条」之后应为「第二条」，这里是「第三条」'], output: '第一条　总则。\n第二条　附则。' },
  ],
});
