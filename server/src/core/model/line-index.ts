import { splitLines } from './document.js';

/** Zero-based line and UTF-16 column. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Converts offsets to line/column for the front ends; built once per text, each lookup O(log lines). */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = splitLines(text).map((line) => line.start);
  }

  position(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }
}
