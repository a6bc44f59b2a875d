import type { Range } from '../../../server/src/core/index.js';

export type Locale = 'zh-CN' | 'en';

/** A blank as the editor knows it: from a `placeholder` diagnostic and its `data`. */
export interface Blank {
  readonly range: Range;
  /** The part replaced by a fill, when not the whole range (inside `《》`). */
  readonly fillRange?: Range;
  readonly kind: string;
  readonly unit: string;
  readonly key: string;
  readonly template: string;
  readonly message: string;
}

/** The range a fill replaces. */
export function fillRangeOf(blank: Blank): Range {
  return blank.fillRange ?? blank.range;
}
