import type { Line } from './types.js';
import type { Range } from '../types.js';

/** Scans one string (a whole document, or a copy of one line) for items; offsets are into that string. */
export type LineScan<T> = (text: string, isIgnored: (start: number, end: number) => boolean) => T[];

interface Entry<T> {
  /** A copy of the line, so that items' strings (metrics, templates) never keep a whole old document alive. */
  readonly text: string;
  /** Items with offsets into `text`. */
  readonly items: readonly T[];
  /** The items placed where the line was last seen: reused as they are while the line stays there. */
  placed: readonly T[];
  placedAt: number;
}

/**
 * Results of a scan whose items never reach past their line (figures, run-in series markers),
 * kept between lints of a document being edited: a line whose text and ignored parts did not
 * change is not scanned again, its items are only moved to where the line is now. Entries not
 * used by the latest lint are dropped, so the cache holds one document's lines at most.
 */
export class LineCache<T> {
  private entries = new Map<string, Entry<T>>();

  constructor(
    private readonly scan: LineScan<T>,
    /** A copy of `item` moved `delta` code units; tuples shared between items may be shared again. */
    private readonly move: (item: T, delta: number) => T,
  ) {}

  collect(text: string, lines: readonly Line[], ignored: readonly Range[], isIgnored: (start: number, end: number) => boolean): T[] {
    const next = new Map<string, Entry<T>>();
    const out: T[] = [];
    let r = 0;
    for (const line of lines) {
      if (line.end === line.start) continue;
      // Ignored parts (Markdown code, URLs) belong to the key: a line inside a code block scans to nothing.
      while (r < ignored.length && ignored[r]![1] <= line.start) r++;
      let key = text.slice(line.start, line.end);
      for (let k = r; k < ignored.length && ignored[k]![0] < line.end; k++) key += `\0${ignored[k]![0] - line.start},${ignored[k]![1] - line.start}`;
      let entry = this.entries.get(key) ?? next.get(key);
      if (!entry) {
        const copy = copyOf(text.slice(line.start, line.end));
        const start = line.start;
        entry = { text: copy, items: this.scan(copy, (s, e) => isIgnored(s + start, e + start)), placed: [], placedAt: -1 };
      }
      next.set(key, entry);
      if (entry.placedAt !== line.start) {
        const delta = line.start;
        entry.placed = entry.items.map((item) => this.move(item, delta));
        entry.placedAt = line.start;
      }
      for (const item of entry.placed) out.push(item);
    }
    this.entries = next;
    return out;
  }
}

/** A string that shares no storage with the document it was cut from. */
function copyOf(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
