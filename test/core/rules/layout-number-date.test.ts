import { layoutOf } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const TEXT = '某某市人民政府文件\n某政发〔2025〕12号\n关于开展安全检查的通知\n各区人民政府：\n现将有关事项通知如下。\n某某市人民政府\n2025年4月8日';
const CENTRED = { alignment: 'center' };
const DATE = { alignment: 'right', indent: { rightChars: 4, right: 64 } };

testRule('layout-number-date', {
  valid: [
    { name: 'no layout', text: TEXT },
    { name: 'the number centred, the date right with 4 characters', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 1: CENTRED, 6: DATE } }) },
    { name: 'the indent in points only', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 1: CENTRED, 6: { alignment: 'right', indent: { right: 64 } } } }) },
    { name: 'two characters, as configured', text: TEXT, options: { dateRightIndent: 2 }, layout: layoutOf(TEXT, { paragraphs: { 1: CENTRED, 6: { alignment: 'right', indent: { rightChars: 2 } } } }) },
    { name: 'four full-width spaces after the date, aligned right', text: `${TEXT}　　　　`, layout: layoutOf(`${TEXT}　　　　`, { paragraphs: { 1: CENTRED, 6: { alignment: 'right' } } }) },
    { name: 'a report’s number beside the signer', text: TEXT.replace('某政发〔2025〕12号', '某政发〔2025〕12号　签发人：张三'), layout: layoutOf(TEXT, { paragraphs: { 6: DATE } }) },
  ],
  invalid: [
    {
      name: 'the number left, the date right without indent',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 1: { alignment: 'both' }, 6: { alignment: 'right' } } }),
      errors: [
        { message: '发文字号应在发文机关标志下居中排布（GB/T 9704-2012 §7.2.5），这里是两端对齐', flagged: '某政发〔2025〕12号' },
        { message: '成文日期应右空4字编排（右缩进 4 字符，GB/T 9704-2012 §7.3.5.1），这里右缩进约 0 字符', flagged: '2025年4月8日' },
      ],
    },
    {
      name: 'the date pushed right with spaces',
      text: TEXT.replace('2025年4月8日', '　　　　　　　　　　2025年4月8日'),
      layout: layoutOf(TEXT, { paragraphs: { 1: CENTRED } }),
      errors: [{ message: '成文日期应右对齐、右空4字编排（GB/T 9704-2012 §7.3.5.1），这里是左对齐', flagged: '2025年4月8日' }],
    },
    { name: 'English', text: TEXT, locale: 'en', layout: layoutOf(TEXT, { paragraphs: { 1: CENTRED, 6: { alignment: 'right', indent: { rightChars: 2 } } } }), errors: ['The date stands 4 characters from the right margin (a right indent of 4 characters, GB/T 9704-2012 §7.3.5.1); here the indent is about 2'] },
  ],
});
