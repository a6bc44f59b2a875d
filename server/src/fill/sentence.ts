import { spanEnd, spanStart } from '../core/model/sentences.js';
import { isLowSurrogate } from '../core/text/chars.js';
import { LINE_BREAKS } from '../core/text/terminators.js';
import type { Range } from '../core/types.js';

/**
 * The sentence around a blank with the blank marked — `…投资累计完成【X】亿元，同比增长X%…` — for
 * the fill prompt and the placeholder list. Long sentences are cut to `maxChars` around the blank.
 */
export function sentenceAround(text: string, range: Range, maxChars = 60): string {
  // The segment (up to ；): a long sentence of 公文 is often a list of them.
  let start = spanStart(text, range[0], 'segment');
  let end = spanEnd(text, range[1], 'segment');
  // The end mark is shown; a line break is not.
  if (end < text.length && !LINE_BREAKS.includes(text[end]!)) end++;
  // Leading indentation is layout, not part of the sentence.
  while (start < range[0] && /[\s\u3000]/.test(text[start]!)) start++;

  const blank = text.slice(range[0], range[1]);
  const before = text.slice(start, range[0]);
  const after = text.slice(range[1], end);
  const room = Math.max(0, maxChars - blank.length);
  // Half the room on each side; a short side leaves the rest to the other.
  const keepBefore = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const keepAfter = Math.min(after.length, room - keepBefore);
  const shownBefore = keepBefore < before.length ? `…${safeSlice(before, before.length - keepBefore)}` : before;
  const shownAfter = keepAfter < after.length ? `${safeSlice(after, 0, keepAfter)}…` : after;
  // 【待补充】 is marked by its own brackets; wrapping it again would show 【【待补充】】.
  const marked = blank.startsWith('【') && blank.endsWith('】') ? blank : `【${blank}】`;
  return `${shownBefore}${marked}${shownAfter}`;
}

/** Slices without splitting a surrogate pair. */
function safeSlice(s: string, start: number, end = s.length): string {
  if (start > 0 && isLowSurrogate(s.charCodeAt(start))) start++;
  if (end < s.length && isLowSurrogate(s.charCodeAt(end))) end--;
  return s.slice(Math.max(0, start), Math.max(0, end));
}
