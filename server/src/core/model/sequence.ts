/**
 * Why the item at some place of a numbered sequence is wrong, given the one before it: the first
 * error of a run is explained (it starts wrong, repeats, steps back or skips); the ones after it
 * only follow from it. Shared by headings and run-in enumerations, whose messages use these keys.
 */
export type SequenceBreak = 'start' | 'duplicate' | 'backward' | 'gap' | 'follow';

export function sequenceBreak(value: number, previous: number | undefined, alreadyBroken: boolean): SequenceBreak {
  if (alreadyBroken) return 'follow';
  if (previous === undefined) return 'start';
  if (value === previous) return 'duplicate';
  return value < previous ? 'backward' : 'gap';
}
