/**
 * Numerals: Chinese (一 … 九千九百九十九, 两 for two, 零 〇 ○ for zero; amounts with 万 and 亿,
 * 三点五), Arabic (ASCII or full-width digits, 1,234.5) and circled (① … ⑳). Every character class
 * of Chinese numerals the patterns use is built here, from NUMERAL_CHARS, and spelled nowhere else.
 */
import { charTable } from './chars.js';

/** The characters of Chinese numerals, by what they do. */
export const NUMERAL_CHARS = {
  /** 1 … 9. */
  digits: '一二三四五六七八九',
  /** Two before a measure word or a scale: 两个, 两万. */
  two: '两',
  /** Zero: 零 inside a number (一百零五), 〇 in one written digit by digit (二〇二五). */
  zeros: '零〇',
  /** ○, a circle, typed for 〇 (二○二○年). */
  circle: '○',
  /** Places below 万. */
  places: '十百千',
  /** Scales: 万 = 10⁴, 亿 = 10⁸. */
  scales: '万亿',
} as const;

const { digits, two, zeros, circle, places, scales } = NUMERAL_CHARS;

/** 一 … 九十九 as headings, series, ranks and counts write them: digits and 十. */
export const ORDINAL_NUMERALS = `${digits}十`;
/** A count before a measure word: 三个, 十二项, 两点. */
export const COUNT_NUMERALS = `${ORDINAL_NUMERALS}${two}`;
/** The number of an article or chapter: 第一百零五条. */
export const ARTICLE_NUMERALS = `${digits}十百${zeros}`;
/** Every character of an amount: 三千五百, 两万, 一亿零五百万. */
export const AMOUNT_NUMERALS = `${zeros}${two}${digits}${places}${scales}`;
/** A number written digit by digit, such as a year: 二〇二五, 二○二○. */
export const DIGIT_BY_DIGIT = `${zeros}${circle}${digits}`;
/**
 * Characters beside which a ○ is a zero of a numeral (二○二○年, 十○), not a blank: every numeral
 * character but 亿.
 */
export const ZERO_NEIGHBOURS = `${zeros}${circle}${digits}${places}万${two}`;

/** Whether `c` (one character, or '' past either end of the text) is one of ZERO_NEIGHBOURS. */
export function isZeroNeighbour(c: string): boolean {
  return c !== '' && ZERO_NEIGHBOURS.includes(c);
}

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0, '〇': 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const PLACE_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral below 10000 (一, 十二, 二十, 一百零五, 三千五百, 两), or undefined. */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10000;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const d = DIGIT_VALUE[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: 一二
      digit = d;
      continue;
    }
    const unit = PLACE_VALUE[c] ?? 0;
    if (unit === 0 || unit >= lastUnit) return undefined;
    // 十 alone at the start means 一十.
    total += (digit ?? (i === 0 && unit === 10 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  total += digit ?? 0;
  return total > 0 ? total : undefined;
}

/**
 * A number written digit by digit, as a year is (二〇二五, 二○二○, 二零一九, and 二0一九 typed with
 * an Arabic zero), or undefined.
 */
export function parseDigitByDigit(s: string): number | undefined {
  if (s === '') return undefined;
  let n = 0;
  for (const c of s) {
    const d = c === '0' ? 0 : DIGIT_VALUE[c];
    if (d === undefined || c === '两') return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** An ordinal or a count as written in a marker: `12`, `１２` or `十二` → 12. */
export function parseOrdinal(s: string): number | undefined {
  if (s === '') return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return parseChineseNumber(s);
    n = n * 10 + d;
  }
  return n;
}

/** The value of an ASCII or full-width digit, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** After 点 a number is read digit by digit: 三点一四, 十点〇五. */
export const FRACTION_DIGITS = `${zeros}${digits}`;

export interface Amount {
  readonly value: number;
  /** Digits written after the decimal point: 5.2 → 1. */
  readonly decimals: number;
}

/** 三千五百 → 3500, 五十 → 50, 两 → 2, 一万二千 → 12000, 三点五 → 3.5. */
export function parseChineseAmount(s: string): Amount | undefined {
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseAmount(s.slice(0, point));
    const fraction = [...s.slice(point + 1)].map((c) => (FRACTION_DIGITS.includes(c) ? DIGIT_VALUE[c]! : -1));
    if (!whole || fraction.some((d) => d < 0)) return undefined;
    return { value: whole.value + Number(`0.${fraction.join('')}`), decimals: fraction.length };
  }
  let value = 0;
  let rest = s;
  for (const [word, factor] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = rest.indexOf(word);
    if (at < 0) continue;
    const head = at === 0 ? 1 : parseChineseNumber(rest.slice(0, at));
    if (head === undefined) return undefined;
    value += head * factor;
    rest = rest.slice(at + 1);
  }
  if (rest !== '') {
    const tail = parseChineseNumber(rest.replace(/^零/, ''));
    if (tail === undefined) return undefined;
    value += tail;
  }
  return value > 0 ? { value, decimals: 0 } : undefined;
}

/**
 * Where the Arabic number starting at `start` ends: digits (ASCII or full-width), groups of three
 * after a comma (only after at most three digits: 1,234 but not 12345,678), then a decimal part.
 */
export function arabicNumberEnd(text: string, start: number): number {
  let i = start;
  while (isDigitAt(text, i)) i++;
  if (i - start <= 3) {
    for (;;) {
      const comma = text.charCodeAt(i);
      if ((comma !== 44 && comma !== 0xff0c) || !isDigitAt(text, i + 1) || !isDigitAt(text, i + 2) || !isDigitAt(text, i + 3) || isDigitAt(text, i + 4)) break;
      i += 4;
    }
  }
  const dot = text.charCodeAt(i);
  if ((dot === 46 || dot === 0xff0e) && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  return i;
}

/**
 * Where the Arabic number holding the digit at `at` begins: back over its digits and one decimal
 * point with digits before it (`12.5` from its 5). Scans for a rare mark after a number (a range's
 * ～, a 千 after digits) find the mark first and read the number back from it.
 */
export function arabicNumberStart(text: string, at: number): number {
  let i = at;
  while (isDigitAt(text, i - 1)) i--;
  const dot = text.charCodeAt(i - 1);
  if ((dot === 46 || dot === 0xff0e) && isDigitAt(text, i - 2)) {
    i--;
    while (isDigitAt(text, i - 1)) i--;
  }
  return i;
}

/** The value of a number in Arabic digits, ASCII or full-width (`1,200`, `２．５`), or NaN. */
export function arabicValue(s: string): number {
  return readArabic(s, 0, s.length) ? arabicRead.value : NaN;
}

function isDigitAt(text: string, i: number): boolean {
  return digitValue(text.charCodeAt(i)) >= 0;
}

/** AMOUNT_NUMERALS by UTF-16 code unit, for the scans that test every character. */
export const AMOUNT_TABLE = charTable(AMOUNT_NUMERALS);

/** Where the run of amount characters (AMOUNT_NUMERALS) starting at `start` ends. */
export function chineseNumberEnd(text: string, start: number): number {
  let i = start;
  while (AMOUNT_TABLE[text.charCodeAt(i)]) i++;
  return i;
}

/** What `readArabic` read; one object reused, as numbers are read for every figure. */
export const arabicRead = { value: 0, decimals: 0 };

/** Reads `text[start, end)` — digits, grouping commas, a decimal point — into `arabicRead`. By hand: it runs for every number. */
export function readArabic(text: string, start: number, end: number): boolean {
  // All digits as one integer, then one division: as exact as Number('5.2').
  let whole = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      whole = whole * 10 + d;
      if (decimals >= 0) decimals++;
    } else if ((c === 46 || c === 0xff0e) && decimals < 0) {
      decimals = 0;
    } else if (c !== 44 && c !== 0xff0c) {
      return false;
    }
  }
  arabicRead.value = decimals > 0 ? whole / 10 ** decimals : whole;
  arabicRead.decimals = Math.max(0, decimals);
  return Number.isFinite(arabicRead.value);
}

const DIGITS = `零${digits}`;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. For 1 … 9999. */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const units = ['千', '百', '十', ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i]!;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && i === 2 && out === '' ? '' : DIGITS[d]!) + units[i]!;
  }
  return out;
}

/**
 * A count before a measure word: 两 for two (两个、两项、两点、两条、两方面), never 二个; otherwise as
 * `toChineseNumber` (十二个, 二十个).
 */
export function toChineseCount(n: number): string {
  return n === 2 ? two : toChineseNumber(n);
}

const CIRCLED_START = 0x2460; // ①
/** ① … ⑳ as a class body: the circled numbers that exist as characters. */
export const CIRCLED_NUMERALS = '\\u2460-\\u2473';

export function parseCircled(c: string): number | undefined {
  const code = c.charCodeAt(0);
  return code >= CIRCLED_START && code < CIRCLED_START + 20 ? code - CIRCLED_START + 1 : undefined;
}

export function toCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_START + n - 1) : `(${n})`;
}
