import { alignmentParam, CLAUSES, fontMatches, LAYOUT_MESSAGES, lineRange, majorityFormat, mostCommon, sizeParam, XIAOBIAOSONG_FONTS } from '../model/layout.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  readonly fonts: readonly string[];
  readonly size: number;
}

const MESSAGES = {
  ...LAYOUT_MESSAGES,
  font: { 'zh-CN': '标题一般用小标宋体字（GB/T 9704-2012 {clause}），这里是「{font}」', en: 'The title is set in XiaoBiaoSong (小标宋, GB/T 9704-2012 {clause}); here it is "{font}"' },
  size: { 'zh-CN': '标题一般用{expected}字（GB/T 9704-2012 {clause}），这里是{found}', en: 'The title is {expected} (GB/T 9704-2012 {clause}); here it is {found}' },
  alignment: { 'zh-CN': '标题应居中排布（GB/T 9704-2012 {clause}），这里是{found}', en: 'The title is centred (GB/T 9704-2012 {clause}); here it is {found}' },
};

export default defineRule<Options>()({
  id: 'layout-title',
  category: 'format',
  title: { 'zh-CN': '标题字体字号', en: 'Title font and size' },
  description: {
    'zh-CN': 'Word 文档的标题用 2 号小标宋体字，居中排布',
    en: 'The title of a Word document is 22 pt (二号) XiaoBiaoSong, centred',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 7.3.1 规定标题一般用 2 号小标宋体字，分一行或多行居中排布。标题是文首发文机关标志、文号之间或之下、主送机关之前的一至三行（与其他规则认定的是同一个标题）；多行的标题按各行中多数文字的字体字号计，同样的问题只报告一次。',
    en: 'GB/T 9704-2012 7.3.1 sets the title in 22 pt (二号) XiaoBiaoSong, on one or more centred lines. The title is the one to three lines at the head, before the addressees (the same title the other rules read); a title of several lines is judged by most of its characters, and a problem is reported once.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    fonts: {
      type: 'string[]',
      default: XIAOBIAOSONG_FONTS,
      description: { 'zh-CN': '标题可用的字体：字体名包含其中任一项即可（不区分大小写）', en: 'The fonts the title may use: a font whose name contains one of these (case aside)' },
    },
    size: { type: 'number', default: 22, description: { 'zh-CN': '标题字号（磅），2 号为 22', en: 'The title size in points; 二号 is 22' } },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    const title = ctx.doc.head.title;
    if (!layout || !title) return;
    const { text, lines } = ctx.doc;
    const fonts = new Map<string, number>();
    const sizes = new Map<number, number>();
    let first: Range | undefined;
    let misaligned: { range: Range; alignment: string | undefined } | undefined;
    for (const [start] of title.lines) {
      const i = lines.findIndex((l) => l.start <= start && start <= l.end);
      const paragraph = layout.paragraphs[i];
      if (!paragraph || paragraph.inTable) continue;
      const line = lines[i]!;
      const range = lineRange(text, lines, i);
      first ??= range;
      const format = majorityFormat(paragraph, text.slice(line.start, line.end));
      const weight = range[1] - range[0];
      if (format.font !== undefined) fonts.set(format.font, (fonts.get(format.font) ?? 0) + weight);
      if (format.size !== undefined) sizes.set(format.size, (sizes.get(format.size) ?? 0) + weight);
      if (paragraph.alignment !== 'center' && !misaligned) misaligned = { range, alignment: paragraph.alignment };
    }
    if (!first) return;
    const font = mostCommon(fonts);
    const size = mostCommon(sizes);
    if (font !== undefined && !fontMatches(font, ctx.options.fonts)) ctx.report({ range: first, messageId: 'font', params: { clause: CLAUSES.title, font } });
    if (size !== undefined && size !== ctx.options.size) {
      ctx.report({ range: first, messageId: 'size', params: { clause: CLAUSES.title, expected: sizeParam(ctx.options.size), found: sizeParam(size) } });
    }
    if (misaligned) ctx.report({ range: misaligned.range, messageId: 'alignment', params: { clause: CLAUSES.title, found: alignmentParam(misaligned.alignment) } });
  },
});
