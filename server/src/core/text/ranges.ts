/**
 * Binary searches over sorted offsets and over ranges sorted by start and disjoint (paragraphs,
 * lines): one place for the index arithmetic.
 */

/** The range holding `offset`, its end included: `[start, end]`. */
export function containing(ranges: readonly { readonly start: number; readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (r.end < offset) lo = mid + 1;
    else if (r.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Whether `[start, end)` overlaps one of `ranges` (half-open tuples, sorted and disjoint). */
export function overlapsAny(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (r[1] <= start) lo = mid + 1;
    else if (r[0] >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The last of `starts` (ascending) at or before `offset`; 0 when `offset` is before them all. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
