import { charTable } from '../text/chars.js';
import { CLAUSE_MARKS, LINE_BREAKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import type { Range } from '../types.js';

/**
 * Sentences and their parts, from the lexicon's terminators (text/terminators.ts):
 * - a `sentence` ends at 。！？ (or ASCII ! ?);
 * - a `segment` also at ；: the part of a long sentence a heading's title, a rank or a fill prompt
 *   stops at (`一、总体情况；…`);
 * - a `clause` also at ，and ：.
 * A line break ends each of them, unless the caller says line breaks are soft (inside a Markdown
 * paragraph). A span runs from just after the previous end to just before its own end; the end
 * mark belongs to neither side.
 */
export type SpanKind = 'sentence' | 'segment' | 'clause';

const MARKS: Readonly<Record<SpanKind, string>> = {
  sentence: SENTENCE_MARKS,
  segment: SENTENCE_MARKS + SEMICOLONS,
  clause: SENTENCE_MARKS + SEMICOLONS + CLAUSE_MARKS,
};
const ENDS: Readonly<Record<SpanKind, Uint8Array>> = {
  sentence: charTable(MARKS.sentence + LINE_BREAKS),
  segment: charTable(MARKS.segment + LINE_BREAKS),
  clause: charTable(MARKS.clause + LINE_BREAKS),
};
// Inside a paragraph whose line breaks are soft: only punctuation ends a span.
const MARKS_ONLY: Readonly<Record<SpanKind, Uint8Array>> = {
  sentence: charTable(MARKS.sentence),
  segment: charTable(MARKS.segment),
  clause: charTable(MARKS.clause),
};

/**
 * A sentence longer than this is not one a reader can check: lookups see at most this far either
 * side of their offset, which keeps a text without any end mark linear to scan.
 */
export const MAX_SPAN = 400;

/** The characters that end a span of `kind`, line breaks included. */
export function spanEndChars(kind: SpanKind): string {
  return MARKS[kind] + LINE_BREAKS;
}

/**
 * Where the span of `kind` holding `offset` starts: just after the nearest end before `offset`,
 * searching back no further than `floor`.
 */
export function spanStart(text: string, offset: number, kind: SpanKind, floor = 0, softBreaks = false): number {
  const ends = softBreaks ? MARKS_ONLY[kind] : ENDS[kind];
  let start = offset;
  while (start > floor && !ends[text.charCodeAt(start - 1)]) start--;
  return start;
}

/**
 * Where the span of `kind` holding `offset` ends: at the nearest end at or after `offset` (the end
 * mark excluded), searching no further than `ceiling`.
 */
export function spanEnd(text: string, offset: number, kind: SpanKind, ceiling = text.length, softBreaks = false): number {
  const ends = softBreaks ? MARKS_ONLY[kind] : ENDS[kind];
  let end = offset;
  while (end < ceiling && !ends[text.charCodeAt(end)]) end++;
  return end;
}

/**
 * The spans of one kind in a text, looked up by offset: each lookup reads the text around its
 * offset, at most MAX_SPAN characters either way. A lookup after the last one, inside the span it
 * found, reuses that span (the same array), so the figures of one sentence cost one search and
 * share their sentence; a lookup further back searches again.
 */
export class Spans {
  private last: Range = [0, -1];
  private lastOffset = 0;

  constructor(
    private readonly text: string,
    readonly kind: SpanKind,
  ) {}

  /** The span holding `offset`; an offset on an end mark belongs to the span the mark ends. */
  at(offset: number): Range {
    if (offset >= this.lastOffset && offset < this.last[1]) return this.last;
    const { text, kind } = this;
    const start = spanStart(text, offset, kind, Math.max(0, offset - MAX_SPAN));
    const end = spanEnd(text, offset, kind, Math.min(text.length, offset + MAX_SPAN));
    this.lastOffset = offset;
    return (this.last = [start, end]);
  }
}
