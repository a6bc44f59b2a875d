import { alsoHere, ByValue, CLAUSES, FANGSONG_FONTS, fontMatches, HEITI_FONTS, KAITI_FONTS, LAYOUT_MESSAGES, majorityFormat } from '../model/layout.js';
import { defineRule } from '../rule.js';

interface Options {
  readonly level1Fonts: readonly string[];
  readonly level2Fonts: readonly string[];
  readonly level3Fonts: readonly string[];
}

const MESSAGES = {
  ...LAYOUT_MESSAGES,
  font: {
    'zh-CN': '{level}标题「{marker}」一般用{expected}字（GB/T 9704-2012 {clause}），这里是「{font}」{count}',
    en: 'A {level} heading ({marker}) is set in {expected} (GB/T 9704-2012 {clause}); here it is "{font}"{count}',
  },
  'level:1': { 'zh-CN': '第一层', en: 'first-level' },
  'level:2': { 'zh-CN': '第二层', en: 'second-level' },
  'level:3': { 'zh-CN': '第三层', en: 'third-level' },
  'level:4': { 'zh-CN': '第四层', en: 'fourth-level' },
  heiti: { 'zh-CN': '黑体', en: 'HeiTi (黑体)' },
  kaiti: { 'zh-CN': '楷体（楷体_GB2312）', en: 'KaiTi (楷体_GB2312)' },
  fangsong: { 'zh-CN': '仿宋体（可加粗）', en: 'FangSong (bold allowed)' },
  headings: { 'zh-CN': '（共 {n} 处）', en: ' ({n} headings)' },
  none: { 'zh-CN': '', en: '' },
};

const EXPECTED = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' } as const;

export default defineRule<Options>()({
  id: 'layout-headings',
  category: 'format',
  title: { 'zh-CN': '各层标题字体', en: 'Heading fonts' },
  description: {
    'zh-CN': 'Word 文档的标题层次：「一、」用黑体，「（一）」用楷体，「1.」「（1）」用仿宋体',
    en: 'Heading levels of a Word document: 一、 in HeiTi, （一） in KaiTi, 1. and （1） in FangSong',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 7.3.3 规定结构层次序数依次用“一、”“（一）”“1.”“（1）”，一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字。标题层次与提纲规则认定的相同；只看标题本身（序号到第一句末），同段后面的正文不算。',
    en: 'GB/T 9704-2012 7.3.3 numbers the levels 一、 （一） 1. （1） and sets the first in HeiTi, the second in KaiTi, the third and fourth in FangSong. The levels are those the outline rules read; only the heading itself (its number to the end of its first sentence) counts, not the body text after it in the paragraph.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    level1Fonts: {
      type: 'string[]',
      default: HEITI_FONTS,
      description: { 'zh-CN': '第一层标题「一、」可用的字体（字体名包含其中任一项即可）', en: 'The fonts of first-level headings (一、): a font whose name contains one of these' },
    },
    level2Fonts: {
      type: 'string[]',
      default: KAITI_FONTS,
      description: { 'zh-CN': '第二层标题「（一）」可用的字体', en: 'The fonts of second-level headings (（一）)' },
    },
    level3Fonts: {
      type: 'string[]',
      default: FANGSONG_FONTS,
      description: { 'zh-CN': '第三、四层标题「1.」「（1）」可用的字体', en: 'The fonts of third- and fourth-level headings (1. and （1）)' },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    if (!layout) return;
    const { text, lines, outline } = ctx.doc;
    const accepted = { 1: ctx.options.level1Fonts, 2: ctx.options.level2Fonts, 3: ctx.options.level3Fonts, 4: ctx.options.level3Fonts } as const;
    const wrong = new ByValue();
    // The marker the message shows: the first heading's of each level and font.
    const markers = new Map<string, string>();
    let line = 0;
    for (const node of outline.nodes) {
      if (node.level > 4 || node.sample > 0) continue;
      while (line + 1 < lines.length && lines[line + 1]!.start <= node.paragraph.start) line++;
      const paragraph = layout.paragraphs[line];
      if (!paragraph || paragraph.inTable) continue;
      const start = lines[line]!.start;
      const font = majorityFormat(paragraph, text.slice(start, lines[line]!.end), node.marker[0] - start, node.title[1] - start).font;
      if (font === undefined || fontMatches(font, accepted[node.level as 1 | 2 | 3 | 4])) continue;
      const key = JSON.stringify([node.level, font]);
      if (!markers.has(key)) markers.set(key, text.slice(node.marker[0], node.marker[1]));
      wrong.add(key, [node.marker[0], node.title[1]]);
    }
    for (const [key, ranges] of wrong.groups) {
      const [level, font] = JSON.parse(key) as [1 | 2 | 3 | 4, string];
      const count = ranges.length > 1 ? { messageId: 'headings' as const, params: { n: ranges.length } } : { messageId: 'none' as const };
      ctx.report({
        range: ranges[0]!,
        messageId: 'font',
        params: { level: { messageId: `level:${level}` }, marker: markers.get(key)!, expected: { messageId: EXPECTED[level] }, clause: CLAUSES.headings, font, count },
        related: alsoHere(ranges),
      });
    }
  },
});
