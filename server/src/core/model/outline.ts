import { charClass, charTable, HAN_CLASS } from '../text/chars.js';
import { SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import type { Layout, Paragraph } from './types.js';
import { ARTICLE_NUMERALS, CIRCLED_NUMERALS, DIGIT_BY_DIGIT, ORDINAL_NUMERALS, parseChineseNumber, parseCircled, parseOrdinal, toChineseNumber, toCircled } from '../text/numerals.js';
import type { Range } from '../types.js';
import { spanEnd } from './sentences.js';

/**
 * Heading levels of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）, and ① below them.
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export type NumeralKind = 'chinese' | 'arabic' | 'circled';

export interface OutlineNode {
  readonly index: number;
  /**
   * The level its marker denotes, or the one below when the writer told two levels apart by the
   * delimiter alone: `1．` items under `1、` items stand at level 4.
   */
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
   * Numbering restarts in each scope: a new one begins at every article (第X条), at every
   * attachment (a line `附件` / `附件2`), whose headings start again from 一、, and with each
   * restart (`restart`); after a sample the list it interrupted is back in its own scope.
   */
  readonly scope: number;
  /** 0 for the main text, then 1, 2 … for each attachment. */
  readonly part: number;
  /** The 第X条 whose section holds this heading: an index into `Outline.articles`, or -1. */
  readonly article: number;
  /**
   * 0 in the document's own text; 1, 2 … for each sample document or quoted example it embeds
   * (a 范文 inside a writing guide), whose headings are the sample's, not the guide's.
   */
  readonly sample: number;
  /** Set when the heading numbers again from one while a list at its level (or below it) was under way. */
  readonly restart: Restart | undefined;
}

/**
 * How a reader tells why a list starts again from one: a label line heads a new group of it
 * (`三月份：`, `第二阶段：…`), a line announces a sample (`【范文】`, `示例：`), or nothing does —
 * still, when its own items follow in order, it is one restart, not every item after it off by
 * one. The list it broke off goes on where its next number comes (a sample ends there, or at its
 * date line).
 */
export interface Restart {
  readonly cause: 'label' | 'sample' | 'unmarked';
  /** The heading whose list was under way (the last of its level's, or of a level below): an index into `Outline.nodes`. */
  readonly after: number;
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

/**
 * The outline as a tree of the caller's entries: chapters hold sections and articles, sections
 * hold articles, articles hold the headings inside them, headings their subheadings; the roots in
 * the order of the text.
 */
export function outlineTree<T>(outline: Outline, ofArticle: (a: ArticleNode) => T, ofNode: (n: OutlineNode) => T, childrenOf: (entry: T) => T[]): T[] {
  const { nodes, articles } = outline;
  const articleEntries = articles.map(ofArticle);
  const nodeEntries = nodes.map(ofNode);
  const roots: { entry: T; start: number }[] = [];
  articles.forEach((a, i) => {
    if (a.parent >= 0) childrenOf(articleEntries[a.parent]!).push(articleEntries[i]!);
    else roots.push({ entry: articleEntries[i]!, start: a.paragraph.start });
  });
  for (const n of nodes) {
    const entry = nodeEntries[n.index]!;
    if (n.parent >= 0) childrenOf(nodeEntries[n.parent]!).push(entry);
    else if (n.article >= 0) childrenOf(articleEntries[n.article]!).push(entry);
    else roots.push({ entry, start: n.paragraph.start });
  }
  return roots.sort((a, b) => a.start - b.start).map((r) => r.entry);
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
  // Not `1.5万亿元` or `1、2月份`: a decimal, two numbers. But `2．2024年起…` is an item about a year.
  { level: 3, kind: 'arabic', re: new RegExp(`^(${AR})[.．、，,](?!(?![12]\\d{3}年)[\\d０-９])`) },
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
  const paragraphs = doc.paragraphs;
  const drafts: Draft[] = [];
  const articles: ArticleDraft[] = [];
  let part = 0;
  let scope = 0;
  // What the paragraphs since the last heading tell about the next one.
  let lastHeading = -1;
  let announced = -1;
  let dated = -1;
  let quotedUntil = -1;
  const quotationEnd = quotations(text, paragraphs);
  // The items of an attachment note (`附件：1．…` and the lines going on with 2．, 3．…): not headings.
  let note: { style: string; value: number } | undefined;
  const article = (unit: ArticleNode['unit'], numeral: string, at: number, paragraph: Paragraph) => {
    const value = parseChineseNumber(numeral);
    if (!value) return;
    const end = at + 1 + numeral.length + 1;
    articles.push({ unit, value, marker: [at, end], numeral: [at + 1, at + 1 + numeral.length], paragraph, part, section: [paragraph.start, text.length], parent: -1 });
    if (unit === '条') scope++;
  };
  const add = (draft: Draft, i: number, label: number) => {
    draft.label = label;
    draft.announced = announced > lastHeading && i - announced <= SAMPLE_LABEL_REACH;
    draft.dated = dated;
    drafts.push(draft);
    lastHeading = i;
    dated = -1;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    if (i <= quotedUntil) continue;
    const paragraph = paragraphs[i]!;
    const start = headingStart(paragraph);
    const first = text.charCodeAt(start);
    const quotedBefore = quotedUntil;
    quotedUntil = Math.max(quotedUntil, quotationEnd(i));
    if (first === DI) {
      note = undefined;
      const m = ARTICLE_RE.exec(text.slice(start, Math.min(paragraph.end, start + 16)));
      if (!m) continue;
      article(m[2] as ArticleNode['unit'], m[1]!, start, paragraph);
      const after = start + m[0].length;
      const inline = m[2] !== '条' ? ARTICLE_AFTER_TITLE_RE.exec(text.slice(after, Math.min(paragraph.end, after + 48))) : null;
      if (inline) article('条', inline[2]!, after + inline[1]!.length, paragraph);
      continue;
    }
    const markers = first === FU ? undefined : MARKERS_BY_FIRST.get(first);
    const node = markers && heading(text, start, markers, paragraph, scope, part);
    if (node) {
      if (note && node.style === note.style && node.value === note.value) {
        note.value++;
        continue;
      }
      note = undefined;
      const before = paragraphs[i - 1];
      add(node, i, node.value === 1 && before && i - 1 > lastHeading && i - 1 > quotedBefore && isLabel(text, before) ? before.start : -1);
      continue;
    }
    note = undefined;
    if (first === FU && isAttachmentLine(text, start, paragraph.end)) {
      part++;
      scope++;
      continue;
    }
    // A line of text: it may announce a sample, end one with its date, or hold a list's first item.
    const length = paragraph.end - start;
    if (length <= MAX_SAMPLE_LABEL && SAMPLE_LABEL_RE.test(text.slice(start, paragraph.end))) announced = i;
    else if (length <= MAX_DATE_LINE && DATE_LINE_RE.test(text.slice(start, paragraph.end))) dated = paragraph.end;
    const item = listOnLabelLine(text, start, paragraph, paragraphs[i + 1], scope, part);
    if (!item) continue;
    if (first === FU) note = { style: item.style, value: 2 };
    else add(item, i, start);
  }
  linkArticles(articles);
  return { nodes: link(drafts, articles, text.length), articles };
}

/**
 * A heading as its paragraph shows it — its level the one its marker denotes, its scope the
 * parser's (articles and attachments) — and what the lines before it say about its list.
 */
type Draft = Omit<OutlineNode, 'index' | 'parent' | 'children' | 'section' | 'article' | 'sample' | 'restart'> & {
  /** Where the label line heading its group starts (`三月份：`, or the text before the marker on its own line), or -1. */
  label: number;
  /** A line announcing a sample (`【范文】`) came shortly before. */
  announced: boolean;
  /** Where the last date line since the last heading ends (a document's signature ends it), or -1. */
  dated: number;
};
type ArticleDraft = ArticleNode & { section: [number, number]; parent: number };

const LEFT_QUOTE = 0x201c; // “
const RIGHT_QUOTE = 0x201d; // ”
/** How far a quotation over several paragraphs is looked for: an opening mark left open longer is a slip. */
const MAX_QUOTED_PARAGRAPHS = 30;
// A line announcing a sample document or example: `【范文】`, `示例：`, `请看下面这篇范文。`.
const SAMPLE_LABEL_RE = /范文|例文|示例|样文|范本|模板|样例|样本|参考文本|供参考/;
const MAX_SAMPLE_LABEL = 24;
/** The paragraphs (title, salutation, opening) that may come between such a line and the sample's first heading. */
const SAMPLE_LABEL_REACH = 6;
// A label heading a group of items: `三月份：`, `第一阶段：宣传发动（3月1日至3月15日）` — short, and no sentence.
const MAX_LABEL = 30;
const SENTENCE_INSIDE = charTable(`${SENTENCE_MARKS}${SEMICOLONS}，,`);
// A date alone on its line, as a document's signature gives it: `2024年4月8日`, `二〇二四年四月八日`, `20XX年X月X日`.
const DATE_DIGIT = `[0-9０-９${DIGIT_BY_DIGIT}十XＸxｘ×]`;
const DATE_LINE_RE = new RegExp(`^${DATE_DIGIT}{2,4}年${DATE_DIGIT}{1,2}月${DATE_DIGIT}{1,3}日$`);
const MAX_DATE_LINE = 16;
// A list whose first item shares the line of its label: `附件：1．…`, `六月份：1．…`; an attachment
// note with its colon missing too (`附件 1．…`, `附件1．…`), which gongwen-elements reports.
const LABEL_BEFORE_ITEM_RE = /^(?:[^：:。！？；，\s]{1,12}[：:]|附件(?=[ \u3000]*[0-9０-９]))[ \u3000]*/;

/** `三月份：`, `第二阶段：组织实施。`: a short line that is not a sentence. */
function isLabel(text: string, paragraph: Paragraph): boolean {
  let end = paragraph.end;
  const start = paragraph.contentStart;
  if (end - start > MAX_LABEL) return false;
  if ('：:。'.includes(text[end - 1]!)) end--;
  for (let i = start; i < end; i++) if (SENTENCE_INSIDE[text.charCodeAt(i)]) return false;
  return end > start;
}

/**
 * The first item of a list written on its label's line (`六月份：1．举行…`) when the next
 * paragraph goes on with the second in the same style.
 */
function listOnLabelLine(text: string, start: number, paragraph: Paragraph, next: Paragraph | undefined, scope: number, part: number): Draft | undefined {
  const nextMarkers = next && MARKERS_BY_FIRST.get(text.charCodeAt(headingStart(next)));
  if (!nextMarkers) return undefined;
  const m = LABEL_BEFORE_ITEM_RE.exec(text.slice(start, Math.min(paragraph.end, start + 16)));
  if (!m) return undefined;
  const at = start + m[0].length;
  const markers = MARKERS_BY_FIRST.get(text.charCodeAt(at));
  const item = markers && heading(text, at, markers, paragraph, scope, part);
  if (!item || item.value !== 1) return undefined;
  const second = heading(text, headingStart(next!), nextMarkers, next!, scope, part);
  return second && second.value === 2 && second.style === item.style ? item : undefined;
}

/**
 * For each paragraph in turn, the last paragraph of a quotation that opens in it and runs on over
 * the following ones (`正文写道：“一、项目基本情况` … `三、请示事项”`), whose headings are the
 * quoted text's; -1 when none does. The quotation closes in the first later paragraph whose first
 * quotation mark is a closing one, within a few paragraphs: an opening mark left open longer is a
 * slip. Two cursors over the marks keep it one pass over the text.
 */
function quotations(text: string, paragraphs: readonly Paragraph[]): (i: number) => number {
  let nextOpen = text.indexOf('“');
  let nextClose = -1;
  return (i) => {
    const paragraph = paragraphs[i]!;
    let lastOpen = -1;
    while (nextOpen >= 0 && nextOpen < paragraph.end) {
      if (nextOpen >= paragraph.start) lastOpen = nextOpen;
      nextOpen = text.indexOf('“', nextOpen + 1);
    }
    if (lastOpen < 0) return -1;
    if (nextClose <= lastOpen) nextClose = text.indexOf('”', lastOpen) + 1 || text.length;
    if (nextClose <= paragraph.end) return -1;
    for (let j = i + 1; j < paragraphs.length && j <= i + MAX_QUOTED_PARAGRAPHS; j++) {
      const p = paragraphs[j]!;
      for (let at = p.start; at < p.end; at++) {
        const c = text.charCodeAt(at);
        if (c === RIGHT_QUOTE) return j;
        // Each paragraph of a long quotation opens with “ again; another “ before a ” is another quotation.
        if (c === LEFT_QUOTE && at > p.contentStart) return -1;
      }
    }
    return -1;
  };
}

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

/**
 * The heading markers at the start of paragraphs, each with the level it denotes: what a reader
 * sees line by line (and the highlighting grammar colours) before the outline tells a quotation,
 * an attachment note or a list inside a list apart.
 */
export function headingMarkers(doc: Layout): { marker: Range; level: HeadingLevel }[] {
  const out: { marker: Range; level: HeadingLevel }[] = [];
  for (const paragraph of doc.paragraphs) {
    const start = headingStart(paragraph);
    const markers = MARKERS_BY_FIRST.get(doc.text.charCodeAt(start));
    const node = markers && heading(doc.text, start, markers, paragraph, 0, 0);
    if (node) out.push({ marker: node.marker, level: node.level });
  }
  return out;
}

/** Where a paragraph's marker would be: a list item's own number is its marker (`1. 甲`); a bullet or a quote is never a heading. */
function headingStart(paragraph: Paragraph): number {
  return paragraph.block === 'item' || paragraph.block === 'quote' ? paragraph.start : paragraph.contentStart;
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
      label: -1,
      announced: false,
      dated: -1,
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
 * Where headings are numbered: the document's own text, or a group, sample or restarted list
 * inside it, with a scope of its own.
 */
interface Frame {
  readonly scope: number;
  /** The open headings, outermost first: indices into the nodes. */
  readonly open: number[];
  /** The level of the heading that began it; 0 for the text itself. */
  readonly level: number;
  /** The heading it sits under, or -1. */
  readonly parent: number;
  readonly sample: number;
  /** What began it; undefined for the text itself. */
  readonly cause: Restart['cause'] | undefined;
  /** By level, the delimiter that marks the level below (`1．` under `1、`) while their section lasts. */
  readonly below: Map<number, string>;
}

/**
 * Parents by level (the nearest earlier node of a higher level in the same frame), children,
 * sections — each ends where the next node of the same or a higher level begins — and the 条
 * that holds each. One pass, one stack of frames: a heading numbered one while its level's list
 * is under way begins a frame when a label, an announced sample or its own sequence shows why
 * (`Restart`), and the frames end where an enclosing list goes on, where a heading stands above
 * them, or, for a sample, at its date line.
 */
function link(drafts: readonly Draft[], articles: readonly ArticleNode[], textLength: number): OutlineNode[] {
  const nodes: (OutlineNode & { section: [number, number] })[] = [];
  let frames: Frame[] = [];
  // The parser's scopes grow with the text; a frame's scope comes after them all.
  let nextScope = drafts.length > 0 ? drafts[drafts.length - 1]!.scope + 1 : 0;
  let samples = 0;
  let last = -1; // the last article before the heading
  /** Ends the sections of a frame's open headings from `from` on; a section ended early stays so. */
  const endSections = (frame: Frame, end: number, from: number) => {
    for (let k = from; k < frame.open.length; k++) {
      const section = nodes[frame.open[k]!]!.section;
      if (section[1] === textLength) section[1] = end;
    }
  };
  const close = (frame: Frame, end: number, from = 0) => {
    endSections(frame, end, from);
    frame.open.length = from;
  };
  const leave = (end: number) => close(frames.pop()!, end);
  /** Where the open headings of a level or below begin in a frame's stack. */
  const levelFrom = (frame: Frame, level: number) => {
    let k = frame.open.length;
    while (k > 0 && nodes[frame.open[k - 1]!]!.level >= level) k--;
    return k;
  };
  const levelIn = (frame: Frame, d: Draft) => {
    const below = frame.below.size > 0 ? frame.below.get(d.level) : undefined;
    return below !== undefined && below === family(d.style) ? d.level + 1 : d.level;
  };
  // Whether each heading's list began under a label line (`三月份：`): groups of one list.
  const grouped: boolean[] = [];
  /** The open heading of a frame whose list `d` goes on with the next number, or undefined. */
  const continued = (frame: Frame, d: Draft) => {
    const level = levelIn(frame, d);
    const k = levelFrom(frame, level);
    const sibling = k < frame.open.length ? nodes[frame.open[k]!]! : undefined;
    return sibling?.level === level && sibling.value === d.value - 1 && sibling.numeralKind === d.numeralKind ? sibling : undefined;
  };
  /**
   * Whether `d` goes on with a list outside the top frame rather than with the top frame's own: a
   * sample's list or a restarted one ends where the list it interrupted goes on, unless it goes on
   * itself (in the same style); one group of a list does not go back to the group before it.
   */
  const resumesOutside = (top: Frame, d: Draft) => {
    const own = continued(top, d);
    if (own?.style === d.style) return false;
    return frames.some((f) => {
      const outer = f !== top && continued(f, d);
      return outer && (!own || outer.style === d.style) && !(top.cause === 'label' && outer.level === top.level && grouped[outer.index]);
    });
  };
  const enter = (cause: Restart['cause'], level: number, at: number) => {
    let outer = frames[frames.length - 1]!;
    // Another group or sample right after one takes its place.
    if (frames.length > 1 && outer.level === level) {
      leave(at);
      outer = frames[frames.length - 1]!;
    }
    const from = levelFrom(outer, level);
    // A group ends the items before it (they stay open, should a misread label hide a sample); a sample sits inside them.
    if (cause === 'label') endSections(outer, at, from);
    const inside = cause === 'label' ? from : outer.open.length;
    const parent = inside > 0 ? outer.open[inside - 1]! : outer.parent;
    frames.push({ scope: nextScope++, open: [], level, parent, sample: cause === 'label' ? outer.sample : ++samples, cause, below: new Map() });
  };

  /**
   * Where `d` stands in the top frame: at its marker's level, one below (a list told apart by its
   * delimiter), or at the head of a frame of its own when it starts a list again (`Restart`).
   */
  const place = (d: Draft, i: number): { level: number; restart: Restart | undefined } => {
    const frame = frames[frames.length - 1]!;
    if (frame.below.size > 0) for (const level of frame.below.keys()) if (d.level < level) frame.below.delete(level);
    const level = levelIn(frame, d);
    // The open heading a heading numbered one would end: the last of its level's list, or one below it.
    const k = d.value === 1 ? levelFrom(frame, level) : frame.open.length;
    const ended = k < frame.open.length ? frame.open[k]! : -1;
    const s = ended >= 0 ? nodes[ended]! : undefined;
    if (s && s.level === level && (level === 1 || level === 3) && s.numeralKind === d.numeralKind && family(s.style) !== family(d.style) && resumesAbove(drafts, i, s)) {
      // `1、甲 1．子 2．子 2、乙`: two lists told apart by their delimiters, one inside the other.
      frame.below.set(d.level, family(d.style));
      return { level: level + 1, restart: undefined };
    }
    if (!s && !(d.value === 1 && d.announced)) return { level, restart: undefined };
    const sibling = s?.level === level;
    // Its own list goes on (一、 二、) where the one under way had got further, or where that one goes on after it.
    const unmarked = () => nextSiblingValue(drafts, i) === 2 && ((sibling && s.value > 1) || resumesAfter(drafts, i, frame.open.map((o) => nodes[o]!)));
    const cause = d.announced ? 'sample' : d.label >= 0 ? (sibling ? 'label' : undefined) : unmarked() ? 'unmarked' : undefined;
    if (!cause) return { level, restart: undefined };
    enter(cause, level, d.label >= 0 ? d.label : d.paragraph.start);
    return { level, restart: s ? { cause, after: ended } : undefined };
  };

  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const at = d.paragraph.start;
    // An article or an attachment closes every open heading.
    if (frames.length === 0 || frames[0]!.scope !== d.scope) {
      for (const frame of frames) close(frame, at);
      frames = [{ scope: d.scope, open: [], level: 0, parent: -1, sample: 0, cause: undefined, below: new Map() }];
    }
    if (d.dated >= 0) while (frames.length > 1 && frames[frames.length - 1]!.sample > 0) leave(d.dated);
    // Back out of the frames the heading stands above, or whose list it does not go on while an enclosing one's it does.
    while (frames.length > 1) {
      const top = frames[frames.length - 1]!;
      if (d.level >= top.level && (d.value === 1 || !resumesOutside(top, d))) break;
      leave(at);
    }
    const { level, restart } = place(d, i);
    const frame = frames[frames.length - 1]!;
    const from = levelFrom(frame, level);
    const previous = from < frame.open.length && nodes[frame.open[from]!]!.level === level ? frame.open[from]! : -1;
    close(frame, at, from);
    const parent = frame.open.length > 0 ? frame.open[frame.open.length - 1]! : frame.parent;
    while (last + 1 < articles.length && articles[last + 1]!.paragraph.start < at) last++;
    // Field by field: object spread is slow for tens of thousands of headings.
    nodes.push({
      index: i,
      level: level as HeadingLevel,
      value: d.value,
      numeralKind: d.numeralKind,
      marker: d.marker,
      numeral: d.numeral,
      style: d.style,
      paragraph: d.paragraph,
      title: d.title,
      parent,
      children: [],
      section: [at, textLength],
      scope: frame.scope,
      part: d.part,
      // The 条 before a heading holds it, unless a 章 or 节 came between (its section ended there).
      article: last >= 0 && articles[last]!.unit === '条' ? last : -1,
      sample: frame.sample,
      restart,
    });
    if (parent >= 0) nodes[parent]!.children.push(i);
    frame.open.push(i);
    grouped.push(d.value === 1 ? d.label >= 0 : previous >= 0 && grouped[previous]!);
  }
  return nodes;
}

/** A marker's delimiter, full and half width alike: `N、`, `N.` for `N．`, `(N)` for `（N）`. */
function family(style: string): string {
  return style.trimEnd().replace('．', '.').replace('，', ',').replace('（', '(').replace('）', ')');
}

/** The number of the next heading at the level of heading `i`, unless a higher level comes first. */
function nextSiblingValue(drafts: readonly Draft[], i: number): number | undefined {
  const d = drafts[i]!;
  for (let j = i + 1; j < drafts.length && drafts[j]!.scope === d.scope && drafts[j]!.level >= d.level; j++) {
    if (drafts[j]!.level === d.level) return drafts[j]!.value;
  }
  return undefined;
}

/**
 * Whether a list open before heading `i` (one of `open`) goes on after the run that `i` starts
 * again from one: once the run has its second item, the first later heading that neither opens a
 * list nor goes on with one of the run's own continues one of `open`. `一、甲 （一）… 一、乙 二、丙
 * （二）…`: the run 一、乙 二、丙 is inside 一、甲, whose （一） goes on.
 */
function resumesAfter(drafts: readonly Draft[], i: number, open: readonly OutlineNode[]): boolean {
  const d = drafts[i]!;
  const own: { level: number; value: number }[] = [{ level: d.level, value: d.value }];
  let second = false;
  for (let j = i + 1; j < drafts.length && drafts[j]!.scope === d.scope; j++) {
    const e = drafts[j]!;
    if (e.dated >= 0) own.length = 0;
    while (own.length > 0 && own[own.length - 1]!.level > e.level) own.pop();
    const top = own[own.length - 1];
    if (e.value === 1 || (top?.level === e.level && top.value === e.value - 1)) {
      if (top?.level === e.level) own.pop();
      own.push({ level: e.level, value: e.value });
      second ||= e.level === d.level;
      continue;
    }
    return second && open.some((n) => n.level === e.level && n.value === e.value - 1);
  }
  return false;
}

/** Whether, after heading `i`, the list of `outer` (marked otherwise at the same level) goes on with its next number. */
function resumesAbove(drafts: readonly Draft[], i: number, outer: OutlineNode): boolean {
  const d = drafts[i]!;
  const outerFamily = family(outer.style);
  for (let j = i + 1; j < drafts.length && drafts[j]!.scope === d.scope && drafts[j]!.level >= d.level; j++) {
    const next = drafts[j]!;
    if (next.level === d.level && family(next.style) === outerFamily) return next.value === outer.value + 1;
  }
  return false;
}
