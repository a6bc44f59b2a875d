import { lastAtOrBefore } from '../text/ranges.js';
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
    const line = lastAtOrBefore(this.starts, offset);
    return { line, character: offset - this.starts[line]! };
  }
}
