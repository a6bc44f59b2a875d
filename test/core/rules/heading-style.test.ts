import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-style', {
  valid: [{ name: 'leaves correct headings alone', text: '一、甲\n（一）乙\n1.丙\n（1）丁\n①戊' }],
  invalid: [
    { text: '一.总体要求', errors: ['第一层序号应写作「一、」，这里是「一.」'], output: '一、总体要求' },
    { text: '一，总体要求', errors: ['第一层序号应写作「一、」，这里是「一，」'], output: '一、总体要求' },
    { text: '一 总体要求', errors: ['第一层序号应写作「一、」，这里是「一 」'], output: '一、总体要求' },
    { text: '（一）、指导思想', errors: ['第二层序号应写作「（一）」，这里是「（一）、」'], output: '（一）指导思想' },
    { text: '(一)指导思想', errors: ['第二层序号应写作「（一）」，这里是「(一)」'], output: '（一）指导思想' },
    { text: '1、加强领导', errors: ['第三层序号应写作「1.」，这里是「1、」'], output: '1.加强领导' },
    { text: '(1)严格考核', errors: ['第四层序号应写作「（1）」，这里是「(1)」'], output: '（1）严格考核' },
    { text: '（1）.严格考核', errors: ['第四层序号应写作「（1）」，这里是「（1）.」'], output: '（1）严格考核' },
    { text: '1)严格考核', errors: ['第四层序号应写作「（1）」，这里是「1)」'], output: '（1）严格考核' },
    {
      name: 'one style per level: the minority follows the majority, never 1。',
      text: '1.甲\n2.乙\n3．丙',
      errors: ['同一层序号写法不一致：本文多用「3.」，这里是「3．」'],
      output: '1.甲\n2.乙\n3.丙',
    },
  ],
});
