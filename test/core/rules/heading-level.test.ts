import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-level', {
  valid: [{ name: 'allows 一、→1. by default', text: '一、甲\n1.乙' }],
  invalid: [
    { name: 'reports a skipped level', text: '一、甲\n（1）乙', errors: ['层级跳跃：「（1）」直接出现在「一、」之下，中间缺少「（一）」「1.」层'] },
    { name: 'allowArabicUnderChinese: false reports 一、→1.', text: '一、甲\n1.乙', options: { allowArabicUnderChinese: false }, errors: 1 },
    { name: 'reports inverted nesting once per section', text: '一、甲\n1.乙\n（一）丙\n（二）丁', errors: ['层级颠倒：「（一）」出现在同一节中更低一层的「1.」之后'] },
  ],
});
