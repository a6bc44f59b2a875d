import { isLatinLetter } from '../text/chars.js';
import { RangeCursor } from './ignored.js';
import type { Layout } from './types.js';
import type { Range } from '../types.js';

/** The marks that come in pairs, opener then closer: quotation marks, book-title marks, brackets. */
export type MarkPair = '“”' | '‘’' | '《》' | '〈〉' | '（）' | '〔〕' | '【】';

export const MARK_PAIRS: readonly MarkPair[] = ['“”', '‘’', '《》', '〈〉', '（）', '〔〕', '【】'];

/**
 * - `paired`: opened and closed, properly nested;
 * - `unclosed`: an opener with no closer in its paragraph;
 * - `unopened`: a closer with no opener before it in its paragraph;
 * - `crossed`: opened and closed, but interleaved with another pair (`“…《…”…》`): both are crossed.
 */
export type PairState = 'paired' | 'unclosed' | 'unopened' | 'crossed';

export interface PairedMark {
  readonly pair: MarkPair;
  readonly state: PairState;
  /** The opener's offset, or -1 when there is none (`unopened`). */
  readonly open: number;
  /** The closer's offset, or -1 when there is none (`unclosed`). */
  readonly close: number;
  /** From the first mark to just after the last: `“…”`, or the lone mark. */
  readonly range: Range;
  /** Index into `doc.paragraphs`: marks pair within a paragraph. */
  readonly paragraph: number;
  /** The span that was open when this one began (its quote inside a quote): an index into the list, or -1. */
  readonly parent: number;
  /** For a `crossed` span, the first span it interleaves with: an index into the list, else -1. */
  readonly crosses: number;
}

/** A span as the scan builds it; its range is derived, not stored (a document holds thousands of spans). */
class Span implements PairedMark {
  constructor(
    readonly pair: MarkPair,
    public state: PairState,
    public open: number,
    public close: number,
    readonly paragraph: number,
    readonly parent: number,
    public crosses = -1,
  ) {}

  get range(): Range {
    return [this.open >= 0 ? this.open : this.close, (this.close >= 0 ? this.close : this.open) + 1];
  }
}

// By UTF-16 code unit: 1 + the pair's index for an opener, -(1 + index) for a closer.
const MARKS = new Int8Array(0x10000);
MARK_PAIRS.forEach((pair, k) => {
  MARKS[pair.charCodeAt(0)] = k + 1;
  MARKS[pair.charCodeAt(1)] = -(k + 1);
});
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * The paired marks of every paragraph, in the order of their first mark, skipping ignored ranges
 * (code, link targets). One pass over the paragraphs' text, with a stack of open marks. An
 * apostrophe (`it’s`: ’ between two Latin letters) is no quotation mark.
 */
export function scanPairedMarks(doc: Layout): PairedMark[] {
  const text = doc.text;
  const spans: Span[] = [];
  const skip = new RangeCursor(doc.ignored);
  const paragraphs = doc.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    const open: number[] = [];
    // Spans closed across others still open: [the straddling span, the closed one].
    const straddles: [number, number][] = [];
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const mark = MARKS[code]!;
      if (mark === 0) continue;
      const past = skip.endOfRangeAt(i);
      if (past >= 0) {
        i = past - 1;
        continue;
      }
      const parent = open.length > 0 ? open[open.length - 1]! : -1;
      if (mark > 0) {
        open.push(spans.length);
        spans.push(new Span(MARK_PAIRS[mark - 1]!, 'unclosed', i, -1, p, parent));
        continue;
      }
      if (code === RIGHT_SINGLE_QUOTE && isLatinLetter(text[i - 1] ?? '') && isLatinLetter(text[i + 1] ?? '')) continue;
      const pair = MARK_PAIRS[-mark - 1]!;
      let k = open.length - 1;
      while (k >= 0 && spans[open[k]!]!.pair !== pair) k--;
      if (k < 0) {
        spans.push(new Span(pair, 'unopened', -1, i, p, parent));
        continue;
      }
      const span = spans[open[k]!]!;
      span.state = 'paired';
      span.close = i;
      for (let s = k + 1; s < open.length; s++) straddles.push([open[s]!, open[k]!]);
      open.splice(k, 1);
    }
    // An opener left open inside a pair is only unclosed; one closed later crossed it.
    for (const [inner, outer] of straddles) {
      const a = spans[inner]!;
      const b = spans[outer]!;
      if (a.close < 0) continue;
      a.state = b.state = 'crossed';
      if (a.crosses < 0) a.crosses = outer;
      if (b.crosses < 0) b.crosses = inner;
    }
  }
  return spans;
}
