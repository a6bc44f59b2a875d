import { layoutOf } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const TEXT = '现将有关事项通知如下。\n一、总体要求\n（一）加强领导。各区要成立专班。\n1.压实责任。\n（1）企业负责。\n二、保障措施\n（二）强化检查。';
const RIGHT = { 1: { font: '黑体' }, 2: { spans: [{ start: 0, end: 8, font: '楷体_GB2312', size: 16 }, { start: 8, end: 16, font: '仿宋_GB2312', size: 16 }] }, 5: { font: 'SimHei' }, 6: { font: 'KaiTi' } };

testRule('layout-headings', {
  valid: [
    { name: 'no layout', text: TEXT },
    { name: '黑体, 楷体, 仿宋 by level; the body after a run-in heading does not count', text: TEXT, layout: layoutOf(TEXT, { paragraphs: RIGHT }) },
    { name: 'fonts from the options', text: TEXT, options: { level1Fonts: ['方正黑体'] }, layout: layoutOf(TEXT, { paragraphs: { ...RIGHT, 1: { font: '方正黑体_GBK' }, 5: { font: '方正黑体_GBK' } } }) },
  ],
  invalid: [
    {
      name: 'first-level headings in 仿宋: once, with the count; a 1. in 黑体',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { ...RIGHT, 1: {}, 5: {}, 3: { font: '黑体' } } }),
      errors: [
        { message: '第一层标题「一、」一般用黑体字（GB/T 9704-2012 §7.3.3），这里是「仿宋_GB2312」（共 2 处）', flagged: '一、总体要求', related: [{ message: '同样的情况' }] },
        { message: '第三层标题「1.」一般用仿宋体（可加粗）字（GB/T 9704-2012 §7.3.3），这里是「黑体」', flagged: '1.压实责任。' },
      ],
    },
    {
      name: 'a run-in second-level heading in 仿宋',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { ...RIGHT, 2: {} } }),
      errors: [{ message: '第二层标题「（一）」一般用楷体（楷体_GB2312）字（GB/T 9704-2012 §7.3.3），这里是「仿宋_GB2312」', flagged: '（一）加强领导。' }],
    },
    { name: 'English', text: TEXT, locale: 'en', layout: layoutOf(TEXT, { paragraphs: { ...RIGHT, 4: { font: '宋体' } } }), errors: ['A fourth-level heading (（1）) is set in FangSong (bold allowed) (GB/T 9704-2012 §7.3.3); here it is "宋体"'] },
  ],
});
