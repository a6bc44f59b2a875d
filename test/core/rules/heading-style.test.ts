import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-style', {
  valid: [
    { name: 'leaves correct headings alone', text: '一、甲\n（一）乙\n1.丙\n（1）丁\n①戊' },
    { name: 'a quoted sample keeps its own style', text: '一、要点\n1.缘由\n2.事项\n示例：\n1．同意设立\n2．核定编制\n3.结束语' },
  ],
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
      name: 'two lists told apart by their delimiters: each mark as its level writes it',
      text: '（一）机制\n1、加强领导\n1．调整小组\n2．包片联系\n2、完善制度\n1．例会制度',
      errors: [
        '第三层序号应写作「1.」，这里是「1、」',
        '第四层序号应写作「（1）」，这里是「1．」',
        '第四层序号应写作「（2）」，这里是「2．」',
        '第三层序号应写作「2.」，这里是「2、」',
        '第四层序号应写作「（1）」，这里是「1．」',
      ],
      output: '（一）机制\n1.加强领导\n（1）调整小组\n（2）包片联系\n2.完善制度\n（1）例会制度',
    },
    {
      name: 'one style per level: the minority follows the majority, never 1。',
      text: '1.甲\n2.乙\n3．丙',
      errors: ['同一层序号写法不一致：本文多用「3.」，这里是「3．」'],
      output: '1.甲\n2.乙\n3.丙',
    },
  ],
});
