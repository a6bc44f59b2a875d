// Pure (no vscode import), for the node tests. Range arithmetic on the blanks the server reported:
// which is next, what a fill replaces, where the others are after it. Nothing here reads the text.
import type { PlaceholderData, Range } from '../../server/src/protocol.js';

/** A blank as the editor knows it: from a `placeholder` diagnostic and its `data`. */
export interface Blank {
  readonly range: Range;
  /** The part replaced by a fill, when not the whole range (inside `《》`). */
  readonly fillRange?: Range;
  readonly kind: PlaceholderData['kind'];
  readonly unit: string;
  readonly key: string;
  /** Whether the blanks with this key take one answer everywhere (names, the 届次 of one meeting): fill-all applies. */
  readonly shared: boolean;
  readonly template: string;
  /** Which blank of the template this is. */
  readonly slot: number;
  readonly message: string;
  /** What belongs in the blank, localized: `数值（亿元）`, `待办标记` (the finding's `data.what`). */
  readonly what: string;
}

/** The range a fill replaces. */
export function fillRangeOf(blank: Blank): Range {
  return blank.fillRange ?? blank.range;
}

/** A blank from a placeholder finding's range, message and `data`; undefined when `data` is not a placeholder's. */
export function toBlank(range: Range, message: string, data: unknown): Blank | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['kind'] !== 'string' || typeof d['key'] !== 'string') return undefined;
  const fill = d['fillRange'];
  const blank: Blank = {
    range,
    kind: d['kind'] as PlaceholderData['kind'],
    unit: typeof d['unit'] === 'string' ? d['unit'] : '',
    key: d['key'],
    shared: d['shared'] === true,
    template: typeof d['template'] === 'string' ? d['template'] : '',
    slot: typeof d['slot'] === 'number' ? d['slot'] : 0,
    message,
    // Every placeholder finding says what it wants; the message is only a fallback for foreign data.
    what: typeof d['what'] === 'string' && d['what'] !== '' ? d['what'] : message,
  };
  // fillRange is relative to the document the finding came from, like range.
  if (Array.isArray(fill) && fill.length === 2 && fill.every((n) => Number.isInteger(n))) {
    return { ...blank, fillRange: [fill[0] as number, fill[1] as number] };
  }
  return blank;
}

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
