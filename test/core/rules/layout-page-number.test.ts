import { GBT9704_SECTION, layoutOf } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const TEXT = '现将有关事项通知如下。\n附件';
const numbered = (pageNumber: { text: string; font?: string; size?: number }, second?: { text: string; font?: string; size?: number }) =>
  layoutOf(TEXT, { sections: [{ ...GBT9704_SECTION, pageNumber }, ...(second ? [{ ...GBT9704_SECTION, firstParagraph: 1, pageNumber: second }] : [])] });

testRule('layout-page-number', {
  valid: [
    { name: 'no layout', text: TEXT },
    { name: '— 1 — in 宋体 14 pt', text: TEXT, layout: numbered({ text: '— 1 —', font: '宋体', size: 14 }) },
    { name: 'no footer', text: TEXT, layout: layoutOf(TEXT) },
    { name: 'font and size unknown', text: TEXT, layout: numbered({ text: '—1—' }) },
  ],
  invalid: [
    {
      name: '第1页 in Times New Roman 五号',
      text: TEXT,
      layout: numbered({ text: '第1页', font: 'Times New Roman', size: 10.5 }),
      errors: [
        { message: '页码数字左右各放一条一字线，写作「— 1 —」（GB/T 9704-2012 §7.5），这里页脚是「第1页」', flagged: '现将有关事项通知如下。' },
        '页码一般用半角宋体阿拉伯数字（GB/T 9704-2012 §7.5），这里是「Times New Roman」',
        '页码一般用四号（14 磅）字（GB/T 9704-2012 §7.5），这里是五号（10.5 磅）',
      ],
    },
    {
      name: 'hyphens instead of dashes, in the second section’s footer',
      text: TEXT,
      layout: numbered({ text: '— 1 —', font: '宋体', size: 14 }, { text: '- 1 -', font: '宋体', size: 14 }),
      errors: [{ message: '页码数字左右各放一条一字线，写作「— 1 —」（GB/T 9704-2012 §7.5），这里页脚是「- 1 -」', flagged: '附件' }],
    },
    { name: 'English', text: TEXT, locale: 'en', layout: numbered({ text: '1', font: '宋体', size: 14 }), errors: ['The page number has a dash (一字线) on each side, — 1 — (GB/T 9704-2012 §7.5); here the footer reads "1"'] },
  ],
});
