import { layoutOf, GBT9704_SECTION } from '../../helpers/layout.js';
import { testRule } from '../../helpers/rule-tester.js';

const NOTICE = '某某市人民政府文件\n某政发〔2025〕12号\n关于开展安全检查的通知\n各区人民政府：\n现将有关事项通知如下。';
const WORD_DEFAULT = { ...GBT9704_SECTION, margins: { top: 25.4, right: 31.8, bottom: 25.4, left: 31.8 } };

testRule('layout-page', {
  valid: [
    { name: 'no layout: a text file', text: NOTICE },
    { name: 'A4 with the margins of GB/T 9704', text: NOTICE, layout: layoutOf(NOTICE) },
    { name: 'within a millimetre', text: NOTICE, layout: layoutOf(NOTICE, { sections: [{ ...GBT9704_SECTION, page: { width: 210.1, height: 296.9 }, margins: { top: 37.9, right: 25.2, bottom: 35.5, left: 27.1 } }] }) },
    { name: 'a landscape section: only its paper', text: NOTICE, layout: layoutOf(NOTICE, { sections: [GBT9704_SECTION, { firstParagraph: 4, page: { width: 297, height: 210 }, margins: { top: 20, right: 20, bottom: 20, left: 20 } }] }) },
    { name: 'no page setup in the document', text: NOTICE, layout: layoutOf(NOTICE, { sections: [{ firstParagraph: 0 }] }) },
    { name: 'a speech draft under "auto"', text: '在全区工作会议上的讲话\n同志们：\n现在我讲几点意见。', layout: layoutOf('在全区工作会议上的讲话\n同志们：\n现在我讲几点意见。', { sections: [WORD_DEFAULT] }), layoutMode: 'auto' },
    { name: 'layout "off"', text: NOTICE, layout: layoutOf(NOTICE, { sections: [WORD_DEFAULT] }), layoutMode: 'off' },
    { name: 'a wider tolerance', text: NOTICE, options: { tolerance: 12 }, layout: layoutOf(NOTICE, { sections: [WORD_DEFAULT] }) },
  ],
  invalid: [
    {
      name: 'Word’s default margins, on a 公文 under "auto"',
      text: NOTICE,
      layoutMode: 'auto',
      layout: layoutOf(NOTICE, { sections: [WORD_DEFAULT] }),
      errors: [
        {
          message: '页边距应为上 37 mm、下 35 mm、左 28 mm、右 26 mm（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，GB/T 9704-2012 §5.2.1），这里上边距（天头）为 25.4 mm、下边距为 25.4 mm、左边距（订口）为 31.8 mm、右边距为 31.8 mm',
          flagged: '某某市人民政府文件',
        },
      ],
    },
    {
      name: 'Letter paper, one margin off, in the second section, on its first line with text',
      text: `${NOTICE}\n\n附件`,
      layout: layoutOf(`${NOTICE}\n\n附件`, { sections: [GBT9704_SECTION, { firstParagraph: 5, page: { width: 215.9, height: 279.4 }, margins: { top: 37, right: 26, bottom: 35, left: 30 } }] }),
      errors: [
        { message: '公文用纸应为 A4 型纸（210 mm × 297 mm，GB/T 9704-2012 §5.1），这里是 215.9 mm × 279.4 mm', flagged: '附件' },
        { message: '页边距应为上 37 mm、下 35 mm、左 28 mm、右 26 mm（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，GB/T 9704-2012 §5.2.1），这里左边距（订口）为 30 mm', flagged: '附件' },
      ],
    },
    {
      name: 'English',
      text: NOTICE,
      locale: 'en',
      layout: layoutOf(NOTICE, { sections: [{ ...GBT9704_SECTION, margins: { top: 30, right: 26, bottom: 35, left: 28 } }] }),
      errors: ['The margins are 37 mm top, 35 mm bottom, 28 mm left and 26 mm right (a 156 mm × 225 mm type area, GB/T 9704-2012 §5.2.1); here the top margin is 30 mm'],
    },
  ],
});
