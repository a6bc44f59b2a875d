/**
 * Character classes: tests that take one UTF-16 code unit (or '' past either end), the same classes
 * as strings for tables and as bodies of regex classes, and the surrogate-pair tests.
 */

export const ASCII_DIGITS = '0123456789';
export const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
export const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The CJK Unified Ideographs block (一 … 鿿) as the body of a regex class: `[${HAN_CLASS}]`. */
export const HAN_CLASS = '\\u4e00-\\u9fff';
/** ASCII letters as the body of a regex class. */
export const LATIN_CLASS = 'A-Za-z';

/** How many characters of `s` are in the CJK Unified Ideographs block (HAN_CLASS), counting no further than `enough`. */
export function countHan(s: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

export function isAsciiDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function isDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
}

export function isLatinLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
}

/** Latin letter, digit or underscore: a character that belongs to a code, an English word or a model number. */
export function isWordChar(c: string): boolean {
  return isLatinLetter(c) || isDigit(c) || c === '_';
}

/** CJK ideographs, including the high surrogate of Extension B–F characters such as 𠮷. */
export function isHan(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd8bf) ||
    code === 0x3007 // 〇
  );
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Either half of a surrogate pair: not a character on its own. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Whether `offset` falls between the two halves of a surrogate pair (inside 𠮷). */
export function splitsPair(text: string, offset: number): boolean {
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Spaces (ASCII, ideographic, no-break), tabs and line breaks. */
export const WHITESPACE = ' \t\u3000\u00a0\r\n';

const WHITESPACE_TABLE = charTable(WHITESPACE);

export function isWhitespace(c: string): boolean {
  return WHITESPACE_TABLE[c.charCodeAt(0)] === 1;
}

/** `[start, end)` without the blanks at either end (a line's or a paragraph's content). */
export function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isWhitespace(text[start]!)) start++;
  while (end > start && isWhitespace(text[end - 1]!)) end--;
  return [start, end];
}

/** `[…]`: the source of a regex class holding exactly `chars`. */
export function charClass(chars: string): string {
  return `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;
}

/** `(?:a|b|c)`: the source of a regex matching any of `words`, tried in the order given. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** A lookup table by UTF-16 code unit: 1 for each character of `chars`. Faster than a class in a pattern. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/**
 * Runs the sticky pattern `re` only where `first` says a match can begin, left to right, resuming
 * after each match — what a global pattern does, without trying every position: a pattern with
 * many alternatives costs far more per position than one table read.
 */
export function scanAt(text: string, first: Uint8Array, re: RegExp, visit: (m: RegExpExecArray, at: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!first[text.charCodeAt(i)]) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    visit(m, i);
    if (m[0].length > 0) i += m[0].length - 1;
  }
}

/**
 * Just after the last of `chars` in the `limit` characters before `at`, else `at - limit` (or 0).
 * Bounded, so that a search per item stays linear over the text.
 */
export function lastWithin(text: string, chars: string, at: number, limit: number): number {
  for (let i = at - 1; i >= Math.max(0, at - limit); i--) if (chars.includes(text[i]!)) return i + 1;
  return Math.max(0, at - limit);
}
