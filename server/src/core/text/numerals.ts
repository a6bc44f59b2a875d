/** Chinese and circled numerals as used in ordinals: 一 … 九十九, 一百零五, ① … ⑳. */

const DIGITS = '零一二三四五六七八九';
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0, '〇': 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The value of a Chinese numeral below 10000 (一, 十二, 二十, 一百零五, 三千五百), or undefined. */
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
    const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
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
  return n === 2 ? '两' : toChineseNumber(n);
}

const CIRCLED_START = 0x2460; // ①

export function parseCircled(c: string): number | undefined {
  const code = c.charCodeAt(0);
  return code >= CIRCLED_START && code < CIRCLED_START + 20 ? code - CIRCLED_START + 1 : undefined;
}

export function toCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_START + n - 1) : `(${n})`;
}
