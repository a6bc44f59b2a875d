import { trimmedRange } from '../text/chars.js';
import type { Range } from '../types.js';
import type { DocumentHead } from './document-head.js';
import type { Line } from './types.js';

/**
 * The formatting of a Word document as the layout rules read it (GB/T 9704-2012): plain data made
 * by a reader outside the core (server/src/docx/layout.ts), effective values already resolved
 * through styles, `basedOn`, `docDefaults` and the theme. Undefined is "not stated anywhere": a
 * rule does not guess what Word would show then, it says nothing.
 */
export interface DocumentLayout {
  /** One per line of the text: paragraph N of the document is line N. */
  readonly paragraphs: readonly ParagraphLayout[];
  /** In order; each starts at a paragraph. */
  readonly sections: readonly SectionLayout[];
}

export type LineRule = 'auto' | 'exact' | 'atLeast';

export interface ParagraphLayout {
  /** Stretches of the paragraph's text (offsets in its line) with their run formatting; a numbering label has none. */
  readonly spans: readonly SpanLayout[];
  /** `left`, `center`, `right`, `both` (justified), `distribute`… as Word writes `w:jc` (`start`/`end` read as left/right). */
  readonly alignment?: string;
  /** Indents in points; `…Chars` in characters, which Word prefers over the points when both are set. */
  readonly indent?: {
    readonly left?: number;
    readonly right?: number;
    readonly firstLine?: number;
    readonly leftChars?: number;
    readonly rightChars?: number;
    readonly firstLineChars?: number;
  };
  /** Line spacing: a multiple of single for `auto`, points for `exact` and `atLeast`. */
  readonly line?: { readonly value: number; readonly rule: LineRule };
  /** Whether its lines snap to the section's grid (`w:snapToGrid`, on unless switched off). */
  readonly snapToGrid: boolean;
  /** Inside a table: tables have their own sizes and are not body text. */
  readonly inTable: boolean;
}

export interface SpanLayout {
  readonly start: number;
  readonly end: number;
  /** The font of its East Asian characters (`w:eastAsia` slot, theme fonts resolved). */
  readonly font?: string;
  /** Points. */
  readonly size?: number;
  readonly bold?: boolean;
}

export interface SectionLayout {
  /** Its first paragraph: an index into `paragraphs`. */
  readonly firstParagraph: number;
  /** Millimetres. */
  readonly page?: { readonly width: number; readonly height: number };
  /** Millimetres; `left` includes a gutter. */
  readonly margins?: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** The document grid: `lines`/`linesAndChars` fix the pitch of lines (points) of paragraphs that snap to it. */
  readonly grid?: { readonly type: string; readonly linePitch?: number };
  /** The page number in the section's default footer, when it has a PAGE field. */
  readonly pageNumber?: PageNumberLayout;
}

export interface PageNumberLayout {
  /** The footer paragraph's text, the field shown as `1`: `— 1 —`. */
  readonly text: string;
  readonly font?: string;
  /** Points. */
  readonly size?: number;
  readonly alignment?: string;
}

/** Millimetres in a point. */
export const MM_PER_PT = 25.4 / 72;

/** The sizes Chinese typesetting names (字号), in points. */
const SIZE_NAMES: readonly [number, string][] = [
  [42, '初号'], [36, '小初'], [26, '一号'], [24, '小一'], [22, '二号'], [18, '小二'], [16, '三号'], [15, '小三'],
  [14, '四号'], [12, '小四'], [10.5, '五号'], [9, '小五'], [7.5, '六号'], [6.5, '小六'], [5.5, '七号'], [5, '八号'],
];

/** Message fragments the layout rules share: a size by its 字号, an alignment by its name. */
export const LAYOUT_MESSAGES = {
  sizeNamed: { 'zh-CN': '{name}（{pt} 磅）', en: '{pt} pt ({name})' },
  sizePt: { 'zh-CN': '{pt} 磅', en: '{pt} pt' },
  alignLeft: { 'zh-CN': '左对齐', en: 'aligned left' },
  alignCenter: { 'zh-CN': '居中', en: 'centred' },
  alignRight: { 'zh-CN': '右对齐', en: 'aligned right' },
  alignBoth: { 'zh-CN': '两端对齐', en: 'justified' },
  alignDistribute: { 'zh-CN': '分散对齐', en: 'distributed' },
  alignOther: { 'zh-CN': '对齐方式为 {value}', en: 'aligned "{value}"' },
  alsoHere: { 'zh-CN': '同样的情况', en: 'The same here' },
} as const;

type LayoutMessageId = keyof typeof LAYOUT_MESSAGES;

/** A size as a message param: `三号（16 磅）`, `17 磅`. */
export function sizeParam(pt: number): { readonly messageId: LayoutMessageId; readonly params: Readonly<Record<string, string | number>> } {
  const name = SIZE_NAMES.find(([size]) => size === pt)?.[1];
  return name ? { messageId: 'sizeNamed', params: { name, pt: round(pt) } } : { messageId: 'sizePt', params: { pt: round(pt) } };
}

/** An alignment as a message param; undefined (nothing set) is Word's default, left. */
export function alignmentParam(alignment: string | undefined): { readonly messageId: LayoutMessageId; readonly params?: Readonly<Record<string, string>> } {
  switch (alignment ?? 'left') {
    case 'left':
      return { messageId: 'alignLeft' };
    case 'center':
      return { messageId: 'alignCenter' };
    case 'right':
      return { messageId: 'alignRight' };
    case 'both':
      return { messageId: 'alignBoth' };
    case 'distribute':
      return { messageId: 'alignDistribute' };
    default:
      return { messageId: 'alignOther', params: { value: alignment! } };
  }
}

/** A number shown with at most one decimal. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Whether `font` is one of `accepted`: a name containing any of them, case aside (`仿宋` covers `仿宋_GB2312` and `方正仿宋_GBK`). */
export function fontMatches(font: string, accepted: readonly string[]): boolean {
  const name = font.toLowerCase();
  return accepted.some((a) => a !== '' && name.includes(a.toLowerCase()));
}

/** The fonts GB/T 9704-2012 names, as the options of the layout rules start: a font whose name contains one of these is that typeface. */
export const FANGSONG_FONTS: readonly string[] = ['仿宋', 'FangSong', 'STFangsong'];
export const XIAOBIAOSONG_FONTS: readonly string[] = ['小标宋', 'XiaoBiaoSong', 'FZXBSJW'];
export const HEITI_FONTS: readonly string[] = ['黑体', 'SimHei', 'Heiti'];
export const KAITI_FONTS: readonly string[] = ['楷体', 'KaiTi', 'STKaiti'];
export const SONGTI_FONTS: readonly string[] = ['宋体', 'SimSun', 'Songti', 'STSong'];

/** A character Word sets in the East Asian font: CJK ideographs, CJK marks, full-width forms. */
function isEastAsian(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xd840 && code <= 0xd8bf);
}

export interface Majority {
  readonly font?: string;
  readonly size?: number;
  readonly bold?: boolean;
}

/**
 * The font, size and boldness of most of the characters of `text` in `[from, to)` (offsets of the
 * paragraph's line), counted by characters, so that one odd run does not decide: the font by its
 * East Asian characters, size and boldness by all but blanks. Undefined where no character says.
 */
export function majorityFormat(paragraph: ParagraphLayout, text: string, from = 0, to = text.length): Majority {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  let bold = 0;
  let counted = 0;
  for (const span of paragraph.spans) {
    const s = Math.max(span.start, from);
    const e = Math.min(span.end, to);
    for (let i = s; i < e; i++) {
      const code = text.charCodeAt(i);
      if (code <= 0x20 || code === 0x3000) continue;
      if (span.font !== undefined && isEastAsian(code)) fonts.set(span.font, (fonts.get(span.font) ?? 0) + 1);
      if (span.size !== undefined) sizes.set(span.size, (sizes.get(span.size) ?? 0) + 1);
      if (span.bold) bold++;
      counted++;
    }
  }
  const font = mostCommon(fonts);
  const size = mostCommon(sizes);
  return { ...(font !== undefined && { font }), ...(size !== undefined && { size }), ...(counted > 0 && { bold: bold * 2 > counted }) };
}

/** The key with the highest count; the first seen of equal ones. */
export function mostCommon<K>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let n = 0;
  for (const [key, count] of counts) {
    if (count > n) {
      best = key;
      n = count;
    }
  }
  return best;
}

/**
 * The height of a paragraph's lines, in points, as far as it can be read: exact and at-least
 * spacing say it; a multiple of single on a grid of lines takes the grid's pitch (the usual way
 * to get 22 lines a page); a multiple off the grid is estimated from the font size (single is
 * about 1.3 times the size for CJK fonts).
 */
export function lineHeight(paragraph: ParagraphLayout, size: number | undefined, section: SectionLayout | undefined): { readonly pt: number; readonly estimated: boolean } | undefined {
  const line = paragraph.line ?? { value: 1, rule: 'auto' as const };
  if (line.rule !== 'auto') return { pt: line.value, estimated: false };
  const pitch = section?.grid && section.grid.type !== 'default' && section.grid.type !== 'snapToChars' && paragraph.snapToGrid ? section.grid.linePitch : undefined;
  if (size === undefined) return pitch !== undefined && line.value <= 1 ? { pt: pitch, estimated: false } : undefined;
  const natural = line.value * size * SINGLE_LINE;
  if (pitch !== undefined && pitch > 0) return { pt: Math.max(1, Math.ceil(natural / pitch - 0.05)) * pitch, estimated: false };
  return { pt: natural, estimated: true };
}

/** Single line spacing, as a multiple of the font size, for the CJK fonts of 公文. */
const SINGLE_LINE = 1.3;

/** The clause of GB/T 9704-2012 each layout requirement comes from, as the messages cite it. */
export const CLAUSES = {
  paper: '§5.1',
  margins: '§5.2.1',
  fonts: '§5.2.2',
  lines: '§5.2.3',
  documentNumber: '§7.2.5',
  title: '§7.3.1',
  headings: '§7.3.3',
  date: '§7.3.5.1',
  pageNumber: '§7.5',
} as const;

/**
 * When the layout rules run on a Word document: `auto` only on a 公文 (one with a 发文机关标志 or a
 * 文号), `gbt9704` on every one (a speech draft too), `off` never.
 */
export const LAYOUT_MODES = ['auto', 'gbt9704', 'off'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

/** The range a finding about line `i` covers: its text without leading and trailing blanks (empty at its start when blank). */
export function lineRange(text: string, lines: readonly Line[], i: number): Range {
  const line = lines[i]!;
  const [s, e] = trimmedRange(text, line.start, line.end);
  return s < e ? [s, e] : [line.start, line.start];
}

/** Where a finding about section `k` goes: its first line with text (its first line when it has none); undefined past the text. */
export function sectionRange(text: string, lines: readonly Line[], layout: DocumentLayout, k: number): Range | undefined {
  const first = layout.sections[k]!.firstParagraph;
  const last = Math.min(layout.sections[k + 1]?.firstParagraph ?? lines.length, lines.length) - 1;
  if (first >= lines.length) return undefined;
  for (let i = first; i <= last; i++) {
    const range = lineRange(text, lines, i);
    if (range[0] < range[1]) return range;
  }
  return lineRange(text, lines, first);
}

/** The section line `i` is in. */
export function sectionOf(layout: DocumentLayout, i: number): SectionLayout | undefined {
  let found: SectionLayout | undefined;
  for (const section of layout.sections) {
    if (section.firstParagraph > i) break;
    found = section;
  }
  return found;
}

/** Where the 版记 begins (抄送, the line of the printing office ending 印发) and the attachments (a line `附件2`). */
const BODY_END_RE = /^(?:抄送[：:\s]|附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*$)|印发$/;

/**
 * The lines the body-text requirements apply to, `[from, to)`: from the 主送机关 (or the first
 * line of the body) up to the attachments or the 版记, which have their own sizes.
 */
export function bodyLines(text: string, lines: readonly Line[], head: DocumentHead): readonly [number, number] {
  let from = head.bodyLine;
  if (head.addressee) {
    const at = lines.findIndex((l) => l.start <= head.addressee![0] && head.addressee![0] <= l.end);
    if (at >= 0) from = at;
  }
  let to = from;
  for (; to < lines.length; to++) {
    const [s, e] = trimmedRange(text, lines[to]!.start, lines[to]!.end);
    if (s < e && BODY_END_RE.test(text.slice(s, e))) break;
  }
  return [from, to];
}

/**
 * Places with a wrong value, by value, in the order first seen: a document set up wrongly has the
 * same wrong value in every paragraph, and is told once, on the first, the others related.
 */
export class ByValue {
  private readonly map = new Map<string, Range[]>();

  add(value: string, range: Range): void {
    const ranges = this.map.get(value);
    if (ranges) ranges.push(range);
    else this.map.set(value, [range]);
  }

  get groups(): readonly (readonly [value: string, ranges: readonly Range[]])[] {
    return [...this.map];
  }
}

/** How many other places a finding lists. */
const MAX_RELATED = 20;

/** The places after the first, as a finding's related locations. */
export function alsoHere(ranges: readonly Range[]): { range: Range; messageId: 'alsoHere' }[] {
  return ranges.slice(1, 1 + MAX_RELATED).map((range) => ({ range, messageId: 'alsoHere' }));
}
