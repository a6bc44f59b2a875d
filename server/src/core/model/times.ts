import { charClass } from '../text/chars.js';
import { NUMERAL_CHARS, ORDINAL_NUMERALS } from '../text/numerals.js';
import type { Range } from '../types.js';

/**
 * Words naming the time a figure is about — 2025年, 前三季度, 上半年, 今年以来, 近五年, “十四五” —
 * found once in the prose (ignored ranges left out), in text order.
 */
export interface TimeWord {
  readonly range: Range;
  readonly word: string;
}

const ORDINAL = charClass(ORDINAL_NUMERALS);
const QUARTER = charClass(NUMERAL_CHARS.digits.slice(0, 4));
// 十一五 … 十五五: the five-year plans.
const PLAN = charClass(NUMERAL_CHARS.digits.slice(0, 5));
const TIME_RE = new RegExp(
  `\\d{4}年|${QUARTER}季度|前三季度|上半年|下半年|全年|年初以来|今年以来|今年|去年|上年|明年|同期|近${ORDINAL}年|${ORDINAL}年来|[“"]?十${PLAN}五[”"]?|\\d{1,2}月|\\d{1,2}—\\d{1,2}月|以来`,
  'g',
);

export function scanTimeWords(text: string, isIgnored: (start: number, end: number) => boolean): TimeWord[] {
  const out: TimeWord[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (!isIgnored(m.index, end)) out.push({ range: [m.index, end], word: m[0] });
  }
  return out;
}
