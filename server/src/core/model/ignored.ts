import type { Range } from '../types.js';

// URLs and e-mail addresses run until whitespace, CJK text or CJK punctuation.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef<>"'）》】]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** URLs and e-mail addresses, which are not prose in any format: sorted and disjoint. */
export function urlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(URL_RE)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Sorts `ranges` and joins those that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [ranges[0]!];
  for (let k = 1; k < ranges.length; k++) {
    const r = ranges[k]!;
    const last = out[out.length - 1]!;
    if (r[0] <= last[1]) out[out.length - 1] = [last[0], Math.max(last[1], r[1])];
    else out.push(r);
  }
  return out;
}

/**
 * Walks sorted, disjoint ranges alongside offsets that never decrease, so that a scan asks "is
 * this ignored?" in constant time per step instead of a search per question.
 */
export class RangeCursor {
  private k = 0;

  constructor(private readonly ranges: readonly Range[]) {}

  /** The end of the range that holds `offset`, or -1 when it is in none. */
  endOfRangeAt(offset: number): number {
    const ranges = this.ranges;
    while (this.k < ranges.length && ranges[this.k]![1] <= offset) this.k++;
    const r = ranges[this.k];
    return r && r[0] <= offset ? r[1] : -1;
  }

  /** True when `[start, end)` touches a range, as `SourceDocument.isIgnored`; `start` never decreases between calls. */
  touches(start: number, end: number): boolean {
    const ranges = this.ranges;
    while (this.k < ranges.length && ranges[this.k]![1] <= start) this.k++;
    const r = ranges[this.k];
    return r !== undefined && r[0] < end;
  }
}
