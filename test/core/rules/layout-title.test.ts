import { layoutOf } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const TEXT = '某某市人民政府文件\n某政发〔2025〕12号\n某某市人民政府关于加强\n安全生产工作的通知\n各区人民政府：\n现将有关事项通知如下。';
const TITLE = { font: '方正小标宋简体', size: 22, alignment: 'center' };

testRule('layout-title', {
  valid: [
    { name: 'no layout', text: TEXT },
    { name: '方正小标宋简体 22 pt, centred, on two lines', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 2: TITLE, 3: TITLE } }) },
    { name: 'FZXiaoBiaoSong-B05S', text: TEXT, layout: layoutOf(TEXT, { paragraphs: { 2: { ...TITLE, font: 'FZXiaoBiaoSong-B05S' }, 3: { ...TITLE, font: 'FZXiaoBiaoSong-B05S' } } }) },
    { name: 'no title', text: '现将有关事项通知如下。', layout: layoutOf('现将有关事项通知如下。') },
  ],
  invalid: [
    {
      name: 'in 黑体 16 pt, the second line not centred: each told once',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 2: { font: '黑体', alignment: 'center' }, 3: { font: '黑体', alignment: 'both' } } }),
      errors: [
        { message: '标题一般用小标宋体字（GB/T 9704-2012 §7.3.1），这里是「黑体」', flagged: '某某市人民政府关于加强' },
        { message: '标题一般用二号（22 磅）字（GB/T 9704-2012 §7.3.1），这里是三号（16 磅）', flagged: '某某市人民政府关于加强' },
        { message: '标题应居中排布（GB/T 9704-2012 §7.3.1），这里是两端对齐', flagged: '安全生产工作的通知' },
      ],
    },
    {
      name: 'the lines differ: the font of most characters',
      text: TEXT,
      layout: layoutOf(TEXT, { paragraphs: { 2: { ...TITLE, font: '宋体' }, 3: TITLE } }),
      errors: ['标题一般用小标宋体字（GB/T 9704-2012 §7.3.1），这里是「宋体」'],
    },
    { name: 'English', text: TEXT, locale: 'en', layout: layoutOf(TEXT, { paragraphs: { 2: { ...TITLE, alignment: undefined }, 3: TITLE } }), errors: ['The title is centred (GB/T 9704-2012 §7.3.1); here it is aligned left'] },
  ],
});
