import type { Range } from '../core/index.js';
import { BLANK_RUN_RE } from '../core/text/blanks.js';
import { fillRangeOf, type Blank } from './types.js';

export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

/** The edit that fills one blank: only the blank's characters change, its unit stays. */
export function fillEdit(blank: Blank, text: string): TextEdit {
  return { range: fillRangeOf(blank), text };
}

/** Every blank that takes the same content as `blank` (same key), in document order. */
export function identicalBlanks(blanks: readonly Blank[], key: string): Blank[] {
  return blanks.filter((b) => b.key === key).sort((a, b) => a.range[0] - b.range[0]);
}

/** Edits filling all `blanks` with one text; they never overlap, so they apply as one edit. */
export function fillAllEdits(blanks: readonly Blank[], text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let last = -1;
  for (const blank of [...blanks].sort((a, b) => a.range[0] - b.range[0])) {
    const edit = fillEdit(blank, text);
    if (edit.range[0] < last) continue;
    edits.push(edit);
    last = edit.range[1];
  }
  return edits;
}

/**
 * The blank after (or before) `offset`, wrapping around the document. Forward, a blank starting
 * exactly at `offset` counts only when `inclusive`; a blank around `offset` is the current one and
 * skipped, so repeated calls walk through all blanks.
 */
export function adjacentBlank(blanks: readonly Blank[], offset: number, direction: 1 | -1, inclusive = false): Blank | undefined {
  if (blanks.length === 0) return undefined;
  const sorted = [...blanks].sort((a, b) => a.range[0] - b.range[0]);
  if (direction === 1) return sorted.find((b) => b.range[0] > offset || (inclusive && b.range[0] === offset)) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.range[1] < offset) return sorted[i];
  return sorted[sorted.length - 1];
}

/** The blank at `offset` (touching either end counts), if any. */
export function blankAt(blanks: readonly Blank[], offset: number): Blank | undefined {
  return blanks.find((b) => b.range[0] <= offset && offset <= b.range[1]);
}

/**
 * Offsets of the remaining blanks after `edit` was applied: later ones move by the change in
 * length. Used to go on to the next blank without waiting for the server.
 */
export function shiftAfterEdit(blanks: readonly Blank[], edit: TextEdit): Blank[] {
  const delta = edit.text.length - (edit.range[1] - edit.range[0]);
  const shift = (r: Range): Range => [r[0] + delta, r[1] + delta];
  return blanks
    .filter((b) => b.range[1] <= edit.range[0] || b.range[0] >= edit.range[1])
    .map((b) =>
      b.range[0] >= edit.range[1]
        ? { ...b, range: shift(b.range), ...(b.fillRange && { fillRange: shift(b.fillRange) }) }
        : b,
    );
}

/**
 * What identical blanks share, for the fill-all prompt: `X区` for names (the same kind of name,
 * whatever the template), else the template with this blank marked: `【X】届X次`.
 */
export function sharedLabel(blank: Blank, ownText: string): string {
  if (blank.kind === 'name') return ownText + blank.unit;
  let slot = 0;
  let marked: string | undefined;
  blank.template.replace(BLANK_RUN_RE, (run, at: number) => {
    if (slot === blank.slot) marked = `${blank.template.slice(0, at)}【${run}】${blank.template.slice(at + run.length)}`;
    slot++;
    return run;
  });
  return slot > 1 && marked ? marked : blank.template || ownText;
}
