import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-level', {
  valid: [
    { name: 'allows 一、→1. by default', text: '一、甲\n1.乙' },
    { name: 'a sample\'s levels are its own, not the guide\'s', text: '一、写法\n（一）正文\n示例：\n（1）会议时间\n（2）会议地点\n（二）落款' },
  ],
  invalid: [
    { name: 'reports a skipped level', text: '一、甲\n（1）乙', errors: ['层级跳跃：「（1）」直接出现在「一、」之下，中间缺少「（一）」「1.」层'] },
    { name: 'allowArabicUnderChinese: false reports 一、→1.', text: '一、甲\n1.乙', options: { allowArabicUnderChinese: false }, errors: 1 },
    { name: 'a skip inside a sample', text: '一、写法\n示例：\n一、时间\n（1）上午', errors: ['层级跳跃：「（1）」直接出现在「一、」之下，中间缺少「（一）」「1.」层'] },
    { name: 'reports inverted nesting once per section', text: '一、甲\n1.乙\n（一）丙\n（二）丁', errors: ['层级颠倒：「（一）」出现在同一节中更低一层的「1.」之后'] },
  ],
});
