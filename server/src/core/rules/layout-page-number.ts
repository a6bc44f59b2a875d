import { CLAUSES, fontMatches, LAYOUT_MESSAGES, sectionRange, sizeParam, SONGTI_FONTS } from '../model/layout.js';
import { defineRule } from '../rule.js';

interface Options {
  readonly fonts: readonly string[];
  readonly size: number;
}

const MESSAGES = {
  ...LAYOUT_MESSAGES,
  dashes: {
    'zh-CN': '页码数字左右各放一条一字线，写作「— 1 —」（GB/T 9704-2012 {clause}），这里页脚是「{found}」',
    en: 'The page number has a dash (一字线) on each side, — 1 — (GB/T 9704-2012 {clause}); here the footer reads "{found}"',
  },
  font: { 'zh-CN': '页码一般用半角宋体阿拉伯数字（GB/T 9704-2012 {clause}），这里是「{font}」', en: 'The page number is in half-width SimSun digits (GB/T 9704-2012 {clause}); here it is "{font}"' },
  size: { 'zh-CN': '页码一般用{expected}字（GB/T 9704-2012 {clause}），这里是{found}', en: 'The page number is {expected} (GB/T 9704-2012 {clause}); here it is {found}' },
};

/** `— 1 —`: a dash (一字线, an em dash; a writer may type ―, a horizontal bar) on each side of Arabic digits. */
const PAGE_NUMBER_RE = /^[—―]\s*\d+\s*[—―]$/;

export default defineRule<Options>()({
  id: 'layout-page-number',
  category: 'format',
  title: { 'zh-CN': '页码格式', en: 'Page number format' },
  description: {
    'zh-CN': 'Word 文档页脚的页码用 4 号半角宋体阿拉伯数字，左右各一条一字线：「— 1 —」',
    en: 'The page number in a Word document’s footer is 14 pt (四号) half-width SimSun digits between two dashes: — 1 —',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 7.5 规定页码一般用 4 号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条一字线。只检查各节默认页脚中带 PAGE 域的段落（页码的位置、单双页居左居右不检查）；没有页码域的页脚不报告。问题报告在该节第一个有文字的段落上。',
    en: 'GB/T 9704-2012 7.5 sets the page number in 14 pt (四号) half-width SimSun Arabic digits under the type area, with a dash (一字线) on each side. Only the paragraph of a section’s default footer that holds a PAGE field is checked (not its position, nor odd and even pages); a footer without a page field is not reported. A problem is reported on the section’s first paragraph with text.',
  },
  defaultSeverity: 'info',
  fixable: false,
  options: {
    fonts: {
      type: 'string[]',
      default: SONGTI_FONTS,
      description: { 'zh-CN': '页码数字可用的字体（字体名包含其中任一项即可）', en: 'The fonts of the page number’s digits: a font whose name contains one of these' },
    },
    size: { type: 'number', default: 14, description: { 'zh-CN': '页码字号（磅），4 号为 14', en: 'The page number’s size in points; 四号 is 14' } },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    if (!layout) return;
    const { text, lines } = ctx.doc;
    let previous: unknown;
    for (const [k, section] of layout.sections.entries()) {
      const number = section.pageNumber;
      const range = sectionRange(text, lines, layout, k);
      // Sections that share a footer share its findings: told once.
      if (!number || number === previous || !range) continue;
      previous = number;
      if (!PAGE_NUMBER_RE.test(number.text)) ctx.report({ range, messageId: 'dashes', params: { clause: CLAUSES.pageNumber, found: number.text } });
      if (number.font !== undefined && !fontMatches(number.font, ctx.options.fonts)) ctx.report({ range, messageId: 'font', params: { clause: CLAUSES.pageNumber, font: number.font } });
      if (number.size !== undefined && number.size !== ctx.options.size) {
        ctx.report({ range, messageId: 'size', params: { clause: CLAUSES.pageNumber, expected: sizeParam(ctx.options.size), found: sizeParam(number.size) } });
      }
    }
  },
});
