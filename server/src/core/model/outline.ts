import { charClass, HAN_CLASS } from '../text/chars.js';
import type { Layout, Paragraph } from './types.js';
import { ARTICLE_NUMERALS, CIRCLED_NUMERALS, ORDINAL_NUMERALS, parseChineseNumber, parseCircled, parseOrdinal, toChineseNumber, toCircled } from '../text/numerals.js';
import type { Range } from '../types.js';
import { spanEnd } from './sentences.js';

/**
 * Heading levels of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）, and ① below them.
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export type NumeralKind = 'chinese' | 'arabic' | 'circled';

export interface OutlineNode {
  readonly index: number;
  readonly level: HeadingLevel;
  /** The ordinal: 3 for 三、, （三）, 3. and ③. */
  readonly value: number;
  readonly numeralKind: NumeralKind;
  /** The whole marker as written, delimiter included: `（一）、`, `1．`. */
  readonly marker: Range;
  /** The numeral inside the marker: `一`, `12`. */
  readonly numeral: Range;
  /** The marker as written with the numeral replaced by `N`: `N、`, `（N）、`, `(N)`, `N．`. */
  readonly style: string;
  readonly paragraph: Paragraph;
  /** The heading's own text: from the marker to the end of its first sentence. */
  readonly title: Range;
  readonly parent: number;
  readonly children: number[];
  /** From the heading to just before the next heading of the same or a higher level. */
  readonly section: Range;
  /**
   * Numbering restarts in each scope: a new one begins at every article (第X条) and at every
   * attachment (a line `附件` / `附件2`), whose headings start again from 一、.
   */
  readonly scope: number;
  /** 0 for the main text, then 1, 2 … for each attachment. */
  readonly part: number;
  /** The 第X条 whose section holds this heading: an index into `Outline.articles`, or -1. */
  readonly article: number;
}

/** `第一章` / `第三条` / `第二节`: articles of regulations, numbered apart from the outline. */
export interface ArticleNode {
  readonly unit: '章' | '节' | '条';
  readonly value: number;
  readonly marker: Range;
  readonly numeral: Range;
  readonly paragraph: Paragraph;
  /** Attachments number their articles again from 第一条. */
  readonly part: number;
  /**
   * From the article to just before the next article of the same or a larger unit (a 节 ends at
   * the next 节 or 章) or of another part; else to the end of the text.
   */
  readonly section: Range;
  /** The nearest earlier article of a larger unit (the 章 of a 节, the 节 or 章 of a 条): an index into `articles`, or -1. */
  readonly parent: number;
}

export interface Outline {
  readonly nodes: readonly OutlineNode[];
  readonly articles: readonly ArticleNode[];
}

const ORDINAL = charClass(ORDINAL_NUMERALS);
const CN = `${ORDINAL}{1,3}`;
const AR = '\\d{1,3}';
// Each pattern is tried at the start of a paragraph; group 1 is the numeral. Malformed variants
// writers really type are recognised as the level they meant.
const MARKERS: readonly { level: HeadingLevel; kind: NumeralKind; re: RegExp }[] = [
  { level: 2, kind: 'chinese', re: new RegExp(`^[（(](${CN})[）)][、.．，,]?`) },
  { level: 4, kind: 'arabic', re: new RegExp(`^[（(](${AR})[）)][、.．，,]?`) },
  // Not `一、二季度…` or `1、2月份…`: two numbers, not a heading.
  { level: 1, kind: 'chinese', re: new RegExp(`^(${CN})(?:[、，,](?!${ORDINAL}+(?:[、，]|季度|产业))|[.．]|(?=[ \\u3000]+\\S))[ \\u3000]*`) },
  { level: 3, kind: 'arabic', re: new RegExp(`^(${AR})(?:[.．](?![\\d０-９])|[、，,](?![\\d０-９]))`) },
  { level: 4, kind: 'arabic', re: new RegExp(`^(${AR})[)）]`) },
  { level: 5, kind: 'circled', re: new RegExp(`^([${CIRCLED_NUMERALS}])`) },
];
// By the code of the paragraph's first character: most paragraphs start with none of them.
const MARKERS_BY_FIRST = new Map<number, typeof MARKERS>();
for (const c of '（(') MARKERS_BY_FIRST.set(c.charCodeAt(0), MARKERS.slice(0, 2));
for (const c of ORDINAL_NUMERALS) MARKERS_BY_FIRST.set(c.charCodeAt(0), [MARKERS[2]!]);
for (const c of '0123456789') MARKERS_BY_FIRST.set(c.charCodeAt(0), [MARKERS[3]!, MARKERS[4]!]);
for (let code = 0x2460; code <= 0x2473; code++) MARKERS_BY_FIRST.set(code, [MARKERS[5]!]);
const FU = 0x9644; // 附
const DI = 0x7b2c; // 第
const ARTICLE = `${charClass(ARTICLE_NUMERALS)}{1,7}`;
const ARTICLE_RE = new RegExp(`^第(${ARTICLE})(章|节|条)(?=[\\s\\u3000\\u2002]|$)`);
// `第一章　总则　　第一条　…`: the first article often shares the chapter's line.
const ARTICLE_AFTER_TITLE_RE = new RegExp(`^([\\s\\u3000\\u2002]+[${HAN_CLASS}、与和及]{1,16}[\\s\\u3000\\u2002]+)第(${ARTICLE})条(?=[\\s\\u3000\\u2002])`);
const ATTACHMENT_RE = new RegExp(`^附件\\s*[0-9０-９${ORDINAL_NUMERALS}]{0,3}\\s*[:：]?$`);

/** Writes a number the way a marker of `kind` writes it: 三, 3, ③. */
export function numeralText(kind: NumeralKind, value: number): string {
  return kind === 'chinese' ? toChineseNumber(value) : kind === 'circled' ? toCircled(value) : String(value);
}

/** A node's marker as written, with another number: `（一）、` → `（三）、`. */
export function markerWith(node: Pick<OutlineNode, 'style' | 'numeralKind'>, value: number): string {
  return node.style.replace('N', numeralText(node.numeralKind, value));
}

/** Parses the outline: one look at the start of each paragraph, then one pass to link the tree. */
export function parseOutline(doc: Layout): Outline {
  const text = doc.text;
  const drafts: Draft[] = [];
  const articles: ArticleDraft[] = [];
  let part = 0;
  let scope = 0;
  const article = (unit: ArticleNode['unit'], numeral: string, at: number, paragraph: Paragraph) => {
    const value = parseChineseNumber(numeral);
    if (!value) return;
    const end = at + 1 + numeral.length + 1;
    articles.push({ unit, value, marker: [at, end], numeral: [at + 1, at + 1 + numeral.length], paragraph, part, section: [paragraph.start, text.length], parent: -1 });
    if (unit === '条') scope++;
  };
  for (const paragraph of doc.paragraphs) {
    // A list item's own number is its marker (`1. 甲`); a bullet or a quote is never a heading.
    const start = paragraph.block === 'item' || paragraph.block === 'quote' ? paragraph.start : paragraph.contentStart;
    const first = text.charCodeAt(start);
    if (first === FU) {
      if (isAttachmentLine(text, start, paragraph.end)) {
        part++;
        scope++;
      }
      continue;
    }
    if (first === DI) {
      const m = ARTICLE_RE.exec(text.slice(start, Math.min(paragraph.end, start + 16)));
      if (!m) continue;
      article(m[2] as ArticleNode['unit'], m[1]!, start, paragraph);
      const after = start + m[0].length;
      const inline = m[2] !== '条' ? ARTICLE_AFTER_TITLE_RE.exec(text.slice(after, Math.min(paragraph.end, after + 48))) : null;
      if (inline) article('条', inline[2]!, after + inline[1]!.length, paragraph);
      continue;
    }
    const markers = MARKERS_BY_FIRST.get(first);
    if (!markers) continue;
    const node = heading(text, start, markers, paragraph, scope, part);
    if (node) drafts.push(node);
  }
  linkArticles(articles);
  return { nodes: link(drafts, articles, text.length), articles };
}

type Draft = Omit<OutlineNode, 'index' | 'parent' | 'children' | 'section' | 'article'>;
type ArticleDraft = ArticleNode & { section: [number, number]; parent: number };

/**
 * Whether a paragraph beginning at `start` (its words, past any markup) would be a heading or an
 * article: how a reader tells that a line starts a paragraph of its own.
 */
export function startsOutlineUnit(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === DI) {
    const m = ARTICLE_RE.exec(text.slice(start, Math.min(end, start + 16)));
    return m !== null && !!parseChineseNumber(m[1]!);
  }
  const markers = MARKERS_BY_FIRST.get(first);
  return markers !== undefined && heading(text, start, markers, { start, end, block: 'text', contentStart: start }, 0, 0) !== undefined;
}

/** `附件`, `附件2：`: the line that begins an attachment, where numbering starts again. */
export function isAttachmentLine(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === FU && end - start <= 8 && ATTACHMENT_RE.test(text.slice(start, end));
}

const UNIT_RANK: Readonly<Record<ArticleNode['unit'], number>> = { 章: 0, 节: 1, 条: 2 };

/**
 * Sections and parents of the articles, in one pass with two stacks. Sections close at an article
 * of the same or a larger unit, or of another part; parents are looked for across parts, as the
 * symbol tree always has.
 */
function linkArticles(articles: ArticleDraft[]): void {
  const open: ArticleDraft[] = [];
  const ancestors: number[] = [];
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    const rank = UNIT_RANK[a.unit];
    while (open.length > 0 && (UNIT_RANK[open[open.length - 1]!.unit] >= rank || open[open.length - 1]!.part !== a.part)) {
      open.pop()!.section[1] = a.paragraph.start;
    }
    open.push(a);
    while (ancestors.length > 0 && UNIT_RANK[articles[ancestors[ancestors.length - 1]!]!.unit] >= rank) ancestors.pop();
    a.parent = ancestors.length > 0 ? ancestors[ancestors.length - 1]! : -1;
    ancestors.push(i);
  }
}

function heading(text: string, start: number, markers: typeof MARKERS, paragraph: Paragraph, scope: number, part: number): Draft | undefined {
  const head = text.slice(start, Math.min(paragraph.end, start + 16));
  for (const { level, kind, re } of markers) {
    const m = re.exec(head);
    if (!m) continue;
    const numeral = m[1]!;
    const value = kind === 'circled' ? parseCircled(numeral) : parseOrdinal(numeral);
    if (!value || value > (kind === 'chinese' ? 99 : 999)) return undefined;
    const numeralStart = start + m[0].indexOf(numeral);
    const markerEnd = start + m[0].length;
    return {
      level,
      value,
      numeralKind: kind,
      marker: [start, markerEnd],
      numeral: [numeralStart, numeralStart + numeral.length],
      style: text.slice(start, numeralStart) + 'N' + text.slice(numeralStart + numeral.length, markerEnd),
      paragraph,
      title: [markerEnd, titleEnd(text, markerEnd, paragraph.end)],
      scope,
      part,
    };
  }
  return undefined;
}

/**
 * A title ends with the first segment of its paragraph (its end mark included), at most 200
 * characters on. Line breaks inside the paragraph are soft: a Markdown paragraph runs on.
 */
function titleEnd(text: string, from: number, paragraphEnd: number): number {
  const limit = Math.min(paragraphEnd, from + 200);
  const end = spanEnd(text, from, 'segment', limit, true);
  return end < limit ? end + 1 : limit;
}

/**
 * Parents by level (the nearest earlier node of a higher level in the same scope), children, and
 * sections — each ends where the next node of the same or a higher level begins — and the 条 that
 * holds each. One pass, one stack.
 */
function link(drafts: readonly Draft[], articles: readonly ArticleNode[], textLength: number): OutlineNode[] {
  const nodes: (OutlineNode & { section: [number, number] })[] = [];
  const open: number[] = [];
  let last = -1; // the last article before the heading
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    // An article or an attachment closes every open heading.
    while (open.length > 0) {
      const top = nodes[open[open.length - 1]!]!;
      if (top.level < d.level && top.scope === d.scope) break;
      top.section[1] = d.paragraph.start;
      open.pop();
    }
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    while (last + 1 < articles.length && articles[last + 1]!.paragraph.start < d.paragraph.start) last++;
    // Field by field: object spread is slow for tens of thousands of headings.
    nodes.push({
      index: i,
      level: d.level,
      value: d.value,
      numeralKind: d.numeralKind,
      marker: d.marker,
      numeral: d.numeral,
      style: d.style,
      paragraph: d.paragraph,
      title: d.title,
      parent,
      children: [],
      section: [d.paragraph.start, textLength],
      scope: d.scope,
      part: d.part,
      // The 条 before a heading holds it, unless a 章 or 节 came between (its section ended there).
      article: last >= 0 && articles[last]!.unit === '条' ? last : -1,
    });
    if (parent >= 0) nodes[parent]!.children.push(i);
    open.push(i);
  }
  return nodes;
}
