/** Character classes used by the parsers. All take one UTF-16 code unit (or '' past either end). */

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

/** Whether `offset` falls between the two halves of a surrogate pair (inside 𠮷). */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\r' || c === '\n';
}

const CHINESE_NUMERALS = '〇○零一二三四五六七八九十百千万两';
export function isChineseNumeral(c: string): boolean {
  return c !== '' && CHINESE_NUMERALS.includes(c);
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
