import { layoutOf } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const HEAD = '某某市人民政府文件\n某政发〔2025〕12号\n关于开展安全检查的通知\n';
const TEXT = `${HEAD}各区人民政府：\n现将有关事项通知如下。\n一、总体要求\n（一）加强领导。各区要成立专班。\n请认真贯彻执行。\n\n附件1\n检查表`;

testRule('layout-body', {
  valid: [
    { name: 'no layout', text: TEXT },
    { name: '仿宋_GB2312 16 pt at exactly 28 pt; headings and attachments have their own fonts', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 5: { font: '黑体' }, 8: { font: '方正小标宋简体', size: 22 }, 9: { font: '宋体', size: 12 } } }) },
    {
      name: 'a run-in heading in 楷体: only the text after it counts',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 6: { spans: [{ start: 0, end: 8, font: '楷体_GB2312', size: 16 }, { start: 8, end: 16, font: '仿宋_GB2312', size: 16 }] } } }),
    },
    { name: 'one odd run does not decide', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 4: { spans: [{ start: 0, end: 2, font: '宋体', size: 16 }, { start: 2, end: 11, font: '仿宋', size: 16 }] } } }) },
    { name: 'single spacing on a grid of 22 lines', text: TEXT, layout: layoutOf(TEXT, { sections: [{ firstParagraph: 0, grid: { type: 'lines', linePitch: 28.95 } }], paragraphs: Object.fromEntries([3, 4, 5, 6, 7].map((i) => [i, { line: { value: 1, rule: 'auto' as const } }])) }) },
    { name: 'FangSong, and a font listed in the options', text: TEXT, options: { fonts: ['方正仿宋'] }, layout: layoutOf(TEXT, { paragraphs: { 3: { font: 'FangSong' }, 4: { font: '方正仿宋_GBK' } } }) },
    { name: 'tables are not body text', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 4: { font: '宋体', size: 10.5, inTable: true } } }) },
    { name: 'a speech under "auto"', text: '同志们：\n现在我讲几点意见。', layoutMode: 'auto', layout: layoutOf('同志们：\n现在我讲几点意见。', { paragraphs: { 0: { font: '宋体' }, 1: { font: '宋体' } } }) },
  ],
  invalid: [
    {
      name: 'the whole body in 宋体: once, on the first paragraph, the others related',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 3: { font: '宋体' }, 4: { font: '宋体' }, 6: { font: '宋体' }, 7: { font: '宋体' }, 5: { font: '黑体' } } }),
      errors: [{ message: '正文一般用仿宋体字（仿宋_GB2312，GB/T 9704-2012 §5.2.2），这里是「宋体」（共 4 段）', flagged: '各区人民政府：', related: [{ message: '同样的情况' }, { message: '同样的情况' }, { message: '同样的情况' }] }],
    },
    {
      name: 'one paragraph in another size',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 7: { size: 15 } } }),
      errors: [{ message: '正文一般用三号（16 磅）字（GB/T 9704-2012 §5.2.2），这里是小三（15 磅）', flagged: '请认真贯彻执行。' }],
    },
    {
      name: 'line spacing: exact, at least, a multiple off the grid',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 3: { line: { value: 20, rule: 'exact' } }, 4: { line: { value: 12, rule: 'atLeast' } }, 7: { line: { value: 1.5, rule: 'auto' } } } }),
      errors: [
        { message: '正文行距应约为 28–29.5 磅（每面 22 行、每行 28 字，GB/T 9704-2012 §5.2.3），这里是固定值 20 磅', flagged: '各区人民政府：' },
        { message: '正文行距应约为 28–29.5 磅（每面 22 行、每行 28 字，GB/T 9704-2012 §5.2.3），这里是最小值 12 磅', flagged: '现将有关事项通知如下。' },
        { message: '正文行距应约为 28–29.5 磅（每面 22 行、每行 28 字，GB/T 9704-2012 §5.2.3），这里是1.5 倍行距（约 31.2 磅）', flagged: '请认真贯彻执行。' },
      ],
    },
    {
      name: 'a grid of other lines',
      text: TEXT,
      layout: layoutOf(TEXT, { sections: [{ firstParagraph: 0, grid: { type: 'lines', linePitch: 15.6 } }], paragraphs: { 4: { line: { value: 1, rule: 'auto' } } } }),
      errors: ['正文行距应约为 28–29.5 磅（每面 22 行、每行 28 字，GB/T 9704-2012 §5.2.3），这里是单倍行距，按文档网格每行 31.2 磅'],
    },
    {
      name: 'English',
      text: TEXT,
      locale: 'en',
      layout: layoutOf(TEXT, { paragraphs: { 4: { font: 'SimSun', size: 10.5 } } }),
      errors: ['Body text is set in FangSong (仿宋_GB2312, GB/T 9704-2012 §5.2.2); here it is "SimSun"', 'Body text is 16 pt (三号) (GB/T 9704-2012 §5.2.2); here it is 10.5 pt (五号)'],
    },
  ],
});
