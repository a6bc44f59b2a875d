import { alsoHere, bodyLines, ByValue, CLAUSES, FANGSONG_FONTS, fontMatches, LAYOUT_MESSAGES, lineHeight, lineRange, majorityFormat, round, sectionOf, sizeParam } from '../model/layout.js';
import { defineRule } from '../rule.js';

interface Options {
  readonly fonts: readonly string[];
  readonly size: number;
  readonly lineSpacingMin: number;
  readonly lineSpacingMax: number;
}

const MESSAGES = {
  ...LAYOUT_MESSAGES,
  font: {
    'zh-CN': '正文一般用仿宋体字（仿宋_GB2312，GB/T 9704-2012 {clause}），这里是「{font}」{count}',
    en: 'Body text is set in FangSong (仿宋_GB2312, GB/T 9704-2012 {clause}); here it is "{font}"{count}',
  },
  size: {
    'zh-CN': '正文一般用{expected}字（GB/T 9704-2012 {clause}），这里是{found}{count}',
    en: 'Body text is {expected} (GB/T 9704-2012 {clause}); here it is {found}{count}',
  },
  spacing: {
    'zh-CN': '正文行距应约为 {min}–{max} 磅（每面 22 行、每行 28 字，GB/T 9704-2012 {clause}），这里是{found}{count}',
    en: 'Body lines are about {min}–{max} pt apart (22 lines of 28 characters a page, GB/T 9704-2012 {clause}); here: {found}{count}',
  },
  exact: { 'zh-CN': '固定值 {pt} 磅', en: 'exactly {pt} pt' },
  atLeast: { 'zh-CN': '最小值 {pt} 磅', en: 'at least {pt} pt' },
  multiple: { 'zh-CN': '{times} 倍行距（约 {pt} 磅）', en: '{times} lines (about {pt} pt)' },
  grid: { 'zh-CN': '{times} 倍行距，按文档网格每行 {pt} 磅', en: '{times} lines on the document grid, {pt} pt each' },
  single: { 'zh-CN': '单倍行距（约 {pt} 磅）', en: 'single spacing (about {pt} pt)' },
  singleGrid: { 'zh-CN': '单倍行距，按文档网格每行 {pt} 磅', en: 'single spacing on the document grid, {pt} pt a line' },
  paragraphs: { 'zh-CN': '（共 {n} 段）', en: ' ({n} paragraphs)' },
  none: { 'zh-CN': '', en: '' },
};

export default defineRule<Options>()({
  id: 'layout-body',
  category: 'format',
  title: { 'zh-CN': '正文字体字号与行距', en: 'Body font, size and spacing' },
  description: {
    'zh-CN': 'Word 文档的正文用 3 号仿宋体字，行距约 28–29 磅（每面 22 行）',
    en: 'The body of a Word document is 16 pt (三号) FangSong with lines about 28–29 pt apart (22 a page)',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 规定公文格式各要素一般用 3 号仿宋体字（5.2.2、7.3.3），一般每面排 22 行、每行排 28 个字（5.2.3），即行距约 28.95 磅（固定值 28–29.5 磅，或单倍行距对齐每面 22 行的文档网格）。段落的字体、字号按其中多数文字计，个别文字不同不算；同样的问题只在第一处报告一次，并列出其余各处。',
    en: 'GB/T 9704-2012 sets the elements of an official document in 16 pt (三号) FangSong (5.2.2, 7.3.3), 22 lines of 28 characters a page (5.2.3): lines about 28.95 pt apart (exactly 28–29.5 pt, or single spacing on a document grid of 22 lines). A paragraph’s font and size are those of most of its characters, so an odd character does not count; one problem is reported once, where it first occurs, with the other places listed.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    fonts: {
      type: 'string[]',
      default: FANGSONG_FONTS,
      description: { 'zh-CN': '正文可用的字体：字体名包含其中任一项即可（不区分大小写）', en: 'The fonts body text may use: a font whose name contains one of these (case aside)' },
    },
    size: { type: 'number', default: 16, description: { 'zh-CN': '正文字号（磅），3 号为 16', en: 'The body size in points; 三号 is 16' } },
    lineSpacingMin: { type: 'number', default: 28, description: { 'zh-CN': '正文行距的下限（磅）', en: 'The least spacing of body lines, in points' } },
    lineSpacingMax: { type: 'number', default: 29.5, description: { 'zh-CN': '正文行距的上限（磅）', en: 'The most spacing of body lines, in points' } },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    if (!layout) return;
    const { text, lines, head, outline } = ctx.doc;
    const { fonts, size, lineSpacingMin, lineSpacingMax } = ctx.options;
    // A heading's own words are the heading rules' (layout-headings); the rest of its paragraph is body text.
    const headingEnds = new Map<number, number>();
    for (const node of outline.nodes) headingEnds.set(node.paragraph.start, node.title[1]);
    const wrongFont = new ByValue();
    const wrongSize = new ByValue();
    const wrongSpacing = new ByValue();
    const [from, to] = bodyLines(text, lines, head);
    for (let i = from; i < to; i++) {
      const paragraph = layout.paragraphs[i]!;
      const range = lineRange(text, lines, i);
      if (paragraph.inTable || range[0] === range[1]) continue;
      const line = lines[i]!;
      const all = majorityFormat(paragraph, text.slice(line.start, line.end));
      const headingEnd = headingEnds.get(range[0]);
      const own = headingEnd === undefined ? all : majorityFormat(paragraph, text.slice(line.start, line.end), headingEnd - line.start);
      if (own.font !== undefined && !fontMatches(own.font, fonts)) wrongFont.add(own.font, range);
      if (all.size !== undefined && all.size !== size) wrongSize.add(String(all.size), range);
      const height = lineHeight(paragraph, all.size, sectionOf(layout, i));
      if (height && (height.pt < lineSpacingMin - 0.05 || height.pt > lineSpacingMax + 0.05)) wrongSpacing.add(spacingKey(paragraph.line, height.pt, height.estimated), range);
    }
    const count = (ranges: readonly unknown[]) => (ranges.length > 1 ? { messageId: 'paragraphs' as const, params: { n: ranges.length } } : { messageId: 'none' as const });
    for (const [font, ranges] of wrongFont.groups) {
      ctx.report({ range: ranges[0]!, messageId: 'font', params: { clause: CLAUSES.fonts, font, count: count(ranges) }, related: alsoHere(ranges) });
    }
    for (const [found, ranges] of wrongSize.groups) {
      ctx.report({ range: ranges[0]!, messageId: 'size', params: { clause: CLAUSES.fonts, expected: sizeParam(size), found: sizeParam(Number(found)), count: count(ranges) }, related: alsoHere(ranges) });
    }
    for (const [key, ranges] of wrongSpacing.groups) {
      ctx.report({ range: ranges[0]!, messageId: 'spacing', params: { clause: CLAUSES.lines, min: lineSpacingMin, max: lineSpacingMax, found: spacingParam(key), count: count(ranges) }, related: alsoHere(ranges) });
    }
  },
});

function spacingKey(line: { value: number; rule: string } | undefined, pt: number, estimated: boolean): string {
  const rule = line?.rule ?? 'auto';
  return JSON.stringify(rule === 'auto' ? [estimated ? 'multiple' : 'grid', round(line?.value ?? 1), round(pt)] : [rule, round(pt)]);
}

function spacingParam(key: string): { messageId: 'exact' | 'atLeast' | 'multiple' | 'grid' | 'single' | 'singleGrid'; params: Record<string, number> } {
  const [kind, value, pt] = JSON.parse(key) as [string, number, number?];
  if (kind === 'exact' || kind === 'atLeast') return { messageId: kind, params: { pt: value } };
  if (value === 1) return { messageId: kind === 'grid' ? 'singleGrid' : 'single', params: { pt: pt! } };
  return { messageId: kind === 'grid' ? 'grid' : 'multiple', params: { times: value, pt: pt! } };
}
