import { testRule } from '../../helpers/rule-tester.js';

testRule('ordinal-punctuation', {
  valid: [
    { name: 'ordinal words with a comma', text: '第一，提高认识。第二，压实责任。其一，加强领导；其二，健全机制。首先，明确目标。' },
    { name: 'ordinals listed: rounds one and two', text: '第一、二轮中央生态环境保护督察反馈问题全面整改。' },
    { name: 'ordinals listed: the primary and secondary industries', text: '由依靠第一、第二、第三产业协同带动。第一、第二产业增加值增长。' },
    { name: 'not opening a clause', text: '坚持质量第一、效益优先，总量跃至世界第四、进出口总额居前。' },
    { name: 'a bare numeral takes 、', text: '一、总体要求' },
    { name: 'an article number', text: '第一条、第二条另行规定。' },
    { name: 'code is skipped', text: '运行 `第一、` 即可。', format: 'markdown' },
  ],
  invalid: [
    {
      text: '第一、提高政治站位。第二、压实工作责任。',
      errors: [
        { message: '「第一」后应使用逗号：「第一，」', range: [0, 3] },
        '「第二」后应使用逗号：「第二，」',
      ],
      output: '第一，提高政治站位。第二，压实工作责任。',
    },
    { text: '其一、加强领导；其二，健全机制。', errors: ['「其一」后应使用逗号：「其一，」'], output: '其一，加强领导；其二，健全机制。' },
    {
      text: '　　首先、要明确目标。其次、要抓好落实。最后、要加强督查。',
      errors: ['「首先」后应使用逗号：「首先，」', '「其次」后应使用逗号：「其次，」', '「最后」后应使用逗号：「最后，」'],
      output: '　　首先，要明确目标。其次，要抓好落实。最后，要加强督查。',
    },
    { name: 'after a colon', text: '主要做法是：第十一、强化考核。', errors: ['「第十一」后应使用逗号：「第十一，」'], output: '主要做法是：第十一，强化考核。' },
  ],
});
