import type { Range } from '../core/index.js';

export type Locale = 'zh-CN' | 'en';

/** A blank as the editor knows it: from a `placeholder` diagnostic and its `data`. */
export interface Blank {
  readonly range: Range;
  /** The part replaced by a fill, when not the whole range (inside `《》`). */
  readonly fillRange?: Range;
  readonly kind: string;
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
    kind: d['kind'],
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
