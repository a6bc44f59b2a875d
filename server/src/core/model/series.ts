import { charClass, charTable } from '../text/chars.js';
import type { Paragraph } from './types.js';
import { ORDINAL_NUMERALS, parseChineseNumber } from '../text/numerals.js';
import type { Range } from '../types.js';

/**
 * Run-in enumerations inside the text: `一是…二是…` (and `一要…二要…`, `一抓…二抓…`),
 * `第一，…第二，…`, `其一…其二…`, `首先…其次…再次…最后`.
 */
export type SeriesKind = 'verb' | 'di' | 'qi' | 'order';

export interface SeriesItem {
  readonly kind: SeriesKind;
  /** The verb of a `verb` item (`是` in `一是`), or '' . */
  readonly verb: string;
  /** 1, 2, 3 …; for `order` items 首先 = 1, 其次 = 2, 再次 = 3, 最后 = 99. */
  readonly value: number;
  /** `一是`, `第二，`, `其三`, `首先`: what a reader hears. */
  readonly marker: Range;
  /** The numeral or the ordering word inside the marker. */
  readonly numeral: Range;
  /** Index into `doc.paragraphs`. */
  readonly paragraph: number;
}

export interface Series {
  readonly kind: SeriesKind;
  readonly verb: string;
  readonly items: readonly SeriesItem[];
  /** Items written in another series' form while continuing this one (`一是 二是 第三，`). */
  readonly mixed: readonly SeriesItem[];
}

/** 最后 closes an ordered series whatever its length. */
export const LAST = 99;

export const ORDER_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 最后: LAST };

const VERBS = '是要抓把靠看在讲防促强重求';
// Tried only where a clause starts — after clause punctuation, a line break or an indent — and
// the first character can begin an item: a character loop finds those places, not the pattern.
const ORDINAL = charClass(ORDINAL_NUMERALS);
/** What follows 第二 or 其二: `第二，`, `其二、`. A `di` marker holds it, a `qi` marker does not. */
export const SERIES_DELIMITERS = '，,、：:';
const ITEM_RE = new RegExp(
  `(${ORDINAL}{1,2})([${VERBS}])|第(${ORDINAL}{1,2})(?=${charClass(SERIES_DELIMITERS)})|其(${ORDINAL})(?=[${SERIES_DELIMITERS}是])|(首先|其次|再次|最后)(?=[，,])`,
  'y',
);
// Full-width punctuation and the line feed only, as the TextMate grammar's series pattern has it.
export const CLAUSE_BOUNDARY = charTable('。；：！？，\n\u3000 \t');
const ITEM_FIRST = charTable(`${ORDINAL_NUMERALS}第其首再最`);

/** A marker as found in the text, before it is placed in its paragraph (`paragraph` is -1 until then). */
type Mark = { -readonly [K in keyof SeriesItem]: SeriesItem[K] };

/** Series markers in `text` outside ignored ranges. */
export function scanSeriesMarks(text: string, isIgnored: (start: number, end: number) => boolean): Mark[] {
  const out: Mark[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!ITEM_FIRST[text.charCodeAt(at)] || (at > 0 && !CLAUSE_BOUNDARY[text.charCodeAt(at - 1)])) continue;
    ITEM_RE.lastIndex = at;
    const m = ITEM_RE.exec(text);
    if (!m || isIgnored(at, at + 1)) continue;
    const mark = toMark(m, at);
    if (mark && !(mark.kind === 'verb' && isIdiom(text, at + m[0].length, m[1]!))) out.push(mark);
  }
  return out;
}

/**
 * Groups the markers of each block — the paragraphs between two headings — into series. An item
 * numbered one (or 首先) opens a series inside the current one. A later item continues the
 * innermost open series: in its own form; or, written in another form, as a mixed item when its
 * number is the next one there (`一要 二要 三是`); otherwise it goes back to the enclosing series
 * of its form, closing the inner ones (`一是 … 一要 二要 … 二是`). `marks` are in text order and
 * not shared: each is given its paragraph.
 */
export function groupSeries(marks: readonly Mark[], paragraphs: readonly Paragraph[], headingStarts: ReadonlySet<number>): Series[] {
  const out: Series[] = [];
  type Open = { kind: SeriesKind; verb: string; items: SeriesItem[]; mixed: SeriesItem[] };
  let stack: Open[] = [];
  const start = (item: SeriesItem) => {
    const series: Open = { kind: item.kind, verb: item.verb, items: [item], mixed: [] };
    stack.push(series);
    out.push(series);
  };
  let index = -1;
  let paragraphEnd = -1;
  for (const item of marks) {
    const at = item.marker[0];
    // Move to the paragraph holding this marker, starting a block at headings.
    while (at >= paragraphEnd && index + 1 < paragraphs.length) {
      index++;
      paragraphEnd = paragraphs[index]!.end;
      if (headingStarts.has(paragraphs[index]!.start)) stack = [];
    }
    const paragraph = paragraphs[index];
    if (!paragraph || at < paragraph.start || at >= paragraph.end) continue;
    item.paragraph = index;
    if (item.value === 1) {
      start(item);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && sameForm(top, item)) {
      top.items.push(item);
    } else if (top && top.kind !== 'order' && item.kind !== 'order' && top.items[top.items.length - 1]!.value === item.value - 1) {
      top.items.push(item);
      top.mixed.push(item);
    } else {
      let open = stack.length - 1;
      while (open >= 0 && !sameForm(stack[open]!, item)) open--;
      if (open >= 0) {
        stack.length = open + 1;
        stack[open]!.items.push(item);
      } else {
        start(item);
      }
    }
  }
  // A lone item is a phrase, not an enumeration (`其次，` said once).
  return out.filter((s) => s.items.length > 1);
}

function sameForm(series: Pick<Series, 'kind' | 'verb'>, item: SeriesItem): boolean {
  return series.kind === item.kind && series.verb === item.verb;
}

function toMark(m: RegExpMatchArray, start: number): Mark | undefined {
  if (m[1] !== undefined) {
    const value = parseChineseNumber(m[1]);
    if (!value) return undefined;
    return { kind: 'verb', verb: m[2]!, value, marker: [start, start + m[1].length + 1], numeral: [start, start + m[1].length], paragraph: -1 };
  }
  if (m[3] !== undefined) {
    const value = parseChineseNumber(m[3]);
    if (!value) return undefined;
    return { kind: 'di', verb: '', value, marker: [start, start + m[3].length + 2], numeral: [start + 1, start + 1 + m[3].length], paragraph: -1 };
  }
  if (m[4] !== undefined) {
    const value = parseChineseNumber(m[4]);
    if (!value) return undefined;
    return { kind: 'qi', verb: '', value, marker: [start, start + 2], numeral: [start + 1, start + 2], paragraph: -1 };
  }
  const word = m[5]!;
  return { kind: 'order', verb: '', value: ORDER_WORDS[word]!, marker: [start, start + 2], numeral: [start, start + 2], paragraph: -1 };
}

/** `一是一，二是二`: an idiom, not an enumeration. */
function isIdiom(text: string, after: number, numeral: string): boolean {
  return text.startsWith(numeral, after);
}
