import { CLAUSES, round, sectionRange } from '../model/layout.js';
import { defineRule } from '../rule.js';

interface Options {
  readonly tolerance: number;
}

/** GB/T 9704-2012 §5.1 (A4) and §5.2.1: 天头 37, 订口 28, 版心 156 × 225, so 35 below and 26 on the right. */
const A4 = { width: 210, height: 297 };
const MARGINS = { top: 37, bottom: 35, left: 28, right: 26 } as const;

const MESSAGES = {
  paper: {
    'zh-CN': '公文用纸应为 A4 型纸（210 mm × 297 mm，GB/T 9704-2012 {clause}），这里是 {width} mm × {height} mm',
    en: 'The paper is A4 (210 mm × 297 mm, GB/T 9704-2012 {clause}); here it is {width} mm × {height} mm',
  },
  margins: {
    'zh-CN': '页边距应为上 37 mm、下 35 mm、左 28 mm、右 26 mm（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，GB/T 9704-2012 {clause}），这里{wrong}',
    en: 'The margins are 37 mm top, 35 mm bottom, 28 mm left and 26 mm right (a 156 mm × 225 mm type area, GB/T 9704-2012 {clause}); here {wrong}',
  },
  top: { 'zh-CN': '上边距（天头）为 {mm} mm', en: 'the top margin is {mm} mm' },
  bottom: { 'zh-CN': '下边距为 {mm} mm', en: 'the bottom margin is {mm} mm' },
  left: { 'zh-CN': '左边距（订口）为 {mm} mm', en: 'the left margin is {mm} mm' },
  right: { 'zh-CN': '右边距为 {mm} mm', en: 'the right margin is {mm} mm' },
  separator: { 'zh-CN': '、', en: ', ' },
};

export default defineRule<Options>()({
  id: 'layout-page',
  category: 'format',
  title: { 'zh-CN': '版面尺寸', en: 'Page size and margins' },
  description: {
    'zh-CN': 'Word 文档的纸张为 A4，页边距为上 37 mm、左 28 mm，版心 156 mm × 225 mm（每节分别检查）',
    en: 'A Word document is on A4 paper with 37 mm at the top, 28 mm on the left and a 156 mm × 225 mm type area (each section checked)',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 规定公文用纸采用 A4 型纸（5.1），天头（上白边）37 mm ± 1 mm，订口（左白边）28 mm ± 1 mm，版心 156 mm × 225 mm（5.2.1），即下边距 35 mm、右边距 26 mm。只检查 .docx 的页面设置；横向的节（如横排的附表）只查纸张大小。',
    en: 'GB/T 9704-2012 puts official documents on A4 paper (5.1) with a top margin of 37 mm ± 1 mm, a left margin of 28 mm ± 1 mm and a 156 mm × 225 mm type area (5.2.1), which leaves 35 mm at the bottom and 26 mm on the right. Only the page setup of a .docx is checked; a landscape section (a wide table) is checked for its paper size only.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    tolerance: {
      type: 'number',
      default: 1,
      description: { 'zh-CN': '纸张和页边距允许的误差（毫米）', en: 'How far the paper and the margins may be off, in millimetres' },
      validate: (value) => (typeof value === 'number' && value >= 0 ? undefined : { 'zh-CN': '应为不小于 0 的毫米数', en: 'expected a number of millimetres, 0 or more' }),
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    if (!layout) return;
    const { text, lines } = ctx.doc;
    const tolerance = ctx.options.tolerance + 0.05;
    layout.sections.forEach((section, k) => {
      const range = sectionRange(text, lines, layout, k);
      if (!range) return;
      const { page, margins } = section;
      const landscape = page !== undefined && page.width > page.height;
      if (page) {
        const [short, long] = landscape ? [page.height, page.width] : [page.width, page.height];
        if (Math.abs(short - A4.width) > tolerance || Math.abs(long - A4.height) > tolerance) {
          ctx.report({ range, messageId: 'paper', params: { clause: CLAUSES.paper, width: round(page.width), height: round(page.height) } });
        }
      }
      if (!margins || landscape) return;
      const wrong = (['top', 'bottom', 'left', 'right'] as const).filter((side) => Math.abs(margins[side] - MARGINS[side]) > tolerance);
      if (wrong.length === 0) return;
      const separator = ctx.format('separator');
      ctx.report({ range, messageId: 'margins', params: { clause: CLAUSES.margins, wrong: wrong.map((side) => ctx.format(side, { mm: round(margins[side]) })).join(separator) } });
    });
  },
});
