import { charTable } from '../text/chars.js';
import { parseChineseNumber } from '../text/numerals.js';
import type { Range } from '../types.js';

/**
 * Figures in the text — `5.2亿元`, `52000万元`, `95%`, `百分之十二`, `五十余万人`, `3100户` —
 * normalised to a value in a base unit, with their precision, approximation and the phrase naming
 * what they measure. Dates (`2025年`), ordinals and codes are not figures.
 */
export interface Figure {
  /** The figure as written, approximation words included: `约5.2亿元`. */
  readonly range: Range;
  /** Just the number: `5.2`. */
  readonly number: Range;
  /** In the base unit: 5.2亿元 → 520000000 (元). Percentages are in percent: 95% → 95. */
  readonly value: number;
  /** The base unit: `元`, `亩`, `户`, `%`, `个百分点`. */
  readonly unit: string;
  /** Half the smallest step the writer stated, in the base unit: 5.2亿 → 5000000. */
  readonly tolerance: number;
  /** `about` 约/左右, `over` 余/多/以上/超过, `under` 近/不到/以内, or undefined when exact. */
  readonly approx: 'about' | 'over' | 'under' | undefined;
  /** The phrase before the figure in its clause, trimmed of verbs such as 完成/达到: `全区固定资产投资`. */
  readonly metric: string;
  /** Where the figure's sentence (。！？ or line) and clause (，；：) begin and end. */
  readonly sentence: Range;
  readonly clause: Range;
}

// Looked up before a number rather than matched with it: as the first character of the pattern
// they (不, 大, 达…) would start a match attempt at every other word.
const BEFORE_WORDS = ['不少于', '将近', '接近', '大约', '超过', '不到', '不足', '至少', '达到', '约', '近', '超', '逾', '达'];
const BEFORE_LAST = charTable('于近约过到足少超逾达');
const AFTER_WORDS = ['左右', '以上', '以下', '以内', '上下'];
const AFTER_FIRST = charTable('左以上');
// Units by their first character, longest first (千瓦 before any 千): looked up, not matched, so
// that a number not followed by one costs a single table read.
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const unit of '个百分点|百分点|平方公里|平方米|立方米|延长米|千瓦时|千瓦|兆瓦|公里|千米|公顷|亩|人次|户次|架次|台次|车次|家次|人|户|个|项|件|处|名|家|条|类|所|座|栋|幢|辆|台|艘|架|吨|公斤|千克|米|元|美元|批|场|套|间|张|棵|株|头|只|床|宗|笔|起|例|篇|部|本|支|队|组|片|块|天|小时|倍|%|％'.split('|')) {
  const list = UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? [];
  list.push(unit);
  list.sort((a, b) => b.length - a.length);
  UNITS_BY_FIRST.set(unit.charCodeAt(0), list);
}
const SUFFIX_FIRST = charTable(['余', '多', '万', '亿', ...[...UNITS_BY_FIRST.keys()].map((c) => String.fromCharCode(c))].join(''));
const DIGITS = charTable('0123456789０１２３４５６７８９');
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CODE_BEFORE = charTable(`${LATIN}0123456789０１２３４５６７８９.．_-/+`);
const CODE_AFTER = charTable(`${LATIN}0123456789_`);
const NOT_QUANTITY_AFTER = charTable('年月日号时点分秒届期轮版');
const CHINESE_DIGITS = charTable('零〇一二两三四五六七八九十百千万亿');
const COUNTED = new Set('人次|户次|架次|台次|车次|家次|人|户|个|项|件|处|名|家|所|座|栋|幢|辆|台|艘|架|批|场|套|间|张|棵|株|头|只|床|宗|笔|起|例|篇|部|本|支|队|组|类|条'.split('|'));
// Longest first. Stripped by a loop from the end: an end-anchored pattern would be tried at every position.
const TRAILING_VERBS = ['提高到', '提高至', '增加到', '增加至', '稳定在', '保持在', '控制在', '累计', '共计', '总计', '合计', '完成', '实现', '达到', '超过', '突破', '增至', '升至', '共', '计', '达', '为', '是', '有'];
const VERB_LAST = charTable(TRAILING_VERBS.map((v) => v[v.length - 1]).join(''));
const LEADING_SKIP = charTable(' \t\u3000“”‘’"（）()\n\r');
const SPACE = charTable(' \t\u3000\n\r');
const SENTENCE_END = charTable('。！？!?\n\r');
const CLAUSE_END = charTable('，；：,;:。！？!?\n\r');

/** Figures in `text`, outside the ranges `isIgnored` says are not prose. Line-local: see LineCache. */
export function scanFigures(text: string, isIgnored: (start: number, end: number) => boolean): Figure[] {
  const out: Figure[] = [];
  const spans = new SpanCache(text);
  // One character loop reads the numbers by hand (a pattern per number costs more than all the
  // rest). Most Chinese numerals are inside words (统一, 进一步) and are passed over: a Chinese
  // figure needs a unit right after the numeral.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind: NumberKind;
    let start = i;
    let end: number;
    if (DIGITS[c]) {
      kind = 'arabic';
      end = arabicEnd(text, i);
    } else if (!CHINESE_DIGITS[c]) {
      continue;
    } else if (c === 0x767e && text.startsWith('百分之', i)) {
      kind = 'percent';
      start = i + 3;
      end = DIGITS[text.charCodeAt(start)] ? arabicEnd(text, start) : chineseEnd(text, start);
      if (end === start) continue;
    } else {
      kind = 'chinese';
      end = chineseEnd(text, i);
      if (!SUFFIX_FIRST[text.charCodeAt(end)]) {
        i = end - 1;
        continue;
      }
    }
    const figure = toFigure(text, kind, start, end, i, spans);
    i = end - 1;
    if (figure && !isIgnored(figure.range[0], figure.range[1])) out.push(figure);
  }
  return out;
}

/** `f` moved `delta` code units; figures of one sentence keep sharing its ranges. */
export function moveFigure(f: Figure, delta: number): Figure {
  if (f.sentence !== moved.sentenceFrom || delta !== moved.delta) {
    moved.sentenceFrom = f.sentence;
    moved.sentence = [f.sentence[0] + delta, f.sentence[1] + delta];
  }
  if (f.clause !== moved.clauseFrom || delta !== moved.delta) {
    moved.clauseFrom = f.clause;
    moved.clause = [f.clause[0] + delta, f.clause[1] + delta];
  }
  moved.delta = delta;
  return {
    range: [f.range[0] + delta, f.range[1] + delta],
    number: [f.number[0] + delta, f.number[1] + delta],
    value: f.value,
    unit: f.unit,
    tolerance: f.tolerance,
    approx: f.approx,
    metric: f.metric,
    sentence: moved.sentence,
    clause: moved.clause,
  };
}
const moved = { delta: 0, sentenceFrom: [0, 0] as Range, sentence: [0, 0] as Range, clauseFrom: [0, 0] as Range, clause: [0, 0] as Range };

/** What kind of number starts a figure: `5.2`, `五十`, or the numerals after 百分之. */
type NumberKind = 'arabic' | 'chinese' | 'percent';

/** `1,234.5`: digits, then groups of three after a comma (only after at most three digits), then a decimal part. */
function arabicEnd(text: string, start: number): number {
  let i = start;
  while (DIGITS[text.charCodeAt(i)]) i++;
  if (i - start <= 3) {
    for (;;) {
      const comma = text.charCodeAt(i);
      if ((comma !== 44 && comma !== 0xff0c) || !DIGITS[text.charCodeAt(i + 1)] || !DIGITS[text.charCodeAt(i + 2)] || !DIGITS[text.charCodeAt(i + 3)] || DIGITS[text.charCodeAt(i + 4)]) break;
      i += 4;
    }
  }
  const dot = text.charCodeAt(i);
  if ((dot === 46 || dot === 0xff0e) && DIGITS[text.charCodeAt(i + 1)]) {
    i++;
    while (DIGITS[text.charCodeAt(i)]) i++;
  }
  return i;
}

function chineseEnd(text: string, start: number): number {
  let i = start;
  while (CHINESE_DIGITS[text.charCodeAt(i)]) i++;
  return i;
}

// Character codes: comparing them allocates nothing, while text[i] makes a string of each CJK character.
const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const DI = 0x7b2c; // 第

/** The words after a number — `余` `万` `多` `亿元` `左右`, each optional, in this order — read into `tail`. */
const tail = { approx: undefined as string | undefined, scale: 1, unit: '', end: 0 };
function readSuffix(text: string, at: number): void {
  let i = at;
  let approx: string | undefined;
  let c = text.charCodeAt(i);
  if (c === YU || c === DUO) {
    approx = c === YU ? '余' : '多';
    c = text.charCodeAt(++i);
  }
  let scale = 1;
  if (c === WAN && text.charCodeAt(i + 1) === YI) {
    scale = 1e12;
    c = text.charCodeAt((i += 2));
  } else if (c === WAN || c === YI) {
    scale = c === WAN ? 1e4 : 1e8;
    c = text.charCodeAt(++i);
  }
  if (!approx && (c === YU || c === DUO)) {
    approx = c === YU ? '余' : '多';
    c = text.charCodeAt(++i);
  }
  const found = SUFFIX_FIRST[c] ? startingAt(text, i, UNITS_BY_FIRST.get(c)) : undefined;
  if (found) i += found.length;
  if (AFTER_FIRST[text.charCodeAt(i)]) {
    const after = startingAt(text, i, AFTER_WORDS);
    if (after) {
      approx ??= after;
      i += after.length;
    }
  }
  tail.approx = approx;
  tail.scale = scale;
  tail.unit = found === '％' ? '%' : (found ?? '');
  tail.end = i;
}

/** The first of `words` written at `at`. A loop, not `find`: it runs for every number. */
function startingAt(text: string, at: number, words: readonly string[] | undefined): string | undefined {
  if (words) for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The first of `words` written just before `at`. */
function endingAt(text: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, at - w.length)) return w;
  return undefined;
}

function toFigure(text: string, kind: NumberKind, numberStart: number, numberEnd: number, at: number, spans: SpanCache): Figure | undefined {
  const chinese = kind === 'chinese' || (kind === 'percent' && !DIGITS[text.charCodeAt(numberStart)]);
  readSuffix(text, numberEnd);
  const before = BEFORE_LAST[text.charCodeAt(at - 1)] ? endingAt(text, at, BEFORE_WORDS) : undefined;
  const start = at - (before?.length ?? 0);
  const end = tail.end;
  const prev = text.charCodeAt(start - 1);
  const next = text.charCodeAt(end);
  // Codes and names: 5G, PM2.5, H7N9, 12345热线, 〔2021〕21号; ordinals: 第三; dates and times.
  if (CODE_BEFORE[prev] || CODE_AFTER[next] || prev === DI || NOT_QUANTITY_AFTER[next]) return undefined;
  const unit = kind === 'percent' ? '%' : tail.unit;
  // A bare number is only a figure with a unit or a scale; a Chinese numeral only with a unit.
  if (unit === '' && (chinese || tail.scale === 1)) return undefined;
  let value: number;
  let decimals = 0;
  if (chinese) {
    const numberText = text.slice(numberStart, numberEnd);
    // 千家万户, 万人空巷: scale characters alone are words, not numbers.
    if (!/[零〇一二两三四五六七八九十]/.test(numberText)) return undefined;
    const parsed = parseChineseAmount(numberText);
    // 一批, 一个, 一项: an article, not a quantity.
    if (!parsed || (kind === 'chinese' && parsed.value < 2)) return undefined;
    value = parsed.value;
    decimals = parsed.decimals;
  } else {
    if (!readArabic(text, numberStart, numberEnd)) return undefined;
    value = arabic.value;
    decimals = arabic.decimals;
  }
  const scale = tail.scale;
  // Whole numbers of things counted one by one (10家, 24项) are exact; amounts (29亿元, 3.2万人) are rounded.
  const exact = scale === 1 && decimals === 0 && COUNTED.has(unit);
  const clause = spans.clause(start);
  const sentence = spans.sentence(start);
  const listItem = lastIndexBetween(text, '、', clause[0], start);
  return {
    range: [start, end],
    number: [numberStart, numberEnd],
    value: value * scale,
    unit,
    tolerance: exact ? 0 : 0.5 * 10 ** -decimals * scale,
    approx: approxOf(tail.approx ?? before),
    // Items of a list (`甲2800户、乙500户`) each have their own metric.
    metric: metricBefore(text, listItem < 0 ? clause[0] : listItem + 1, start),
    sentence,
    clause,
  };
}

function approxOf(word: string | undefined): Figure['approx'] {
  switch (word) {
    case '约':
    case '大约':
    case '左右':
    case '上下':
      return 'about';
    case '余':
    case '多':
    case '以上':
    case '超过':
    case '超':
    case '逾':
    case '不少于':
    case '至少':
      return 'over';
    case '近':
    case '将近':
    case '接近':
    case '不到':
    case '不足':
    case '以下':
    case '以内':
      return 'under';
    default:
      return undefined;
  }
}

const arabic = { value: 0, decimals: 0 };

/** Reads `text[start, end)` — digits, grouping commas, a decimal point — into `arabic`. By hand: it runs for every number. */
function readArabic(text: string, start: number, end: number): boolean {
  // All digits as one integer, then one division: as exact as Number('5.2').
  let digits = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0; // full-width digits
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else if ((c === 46 || c === 0xff0e) && decimals < 0) {
      decimals = 0;
    } else if (c !== 44 && c !== 0xff0c) {
      return false;
    }
  }
  arabic.value = decimals > 0 ? digits / 10 ** decimals : digits;
  arabic.decimals = Math.max(0, decimals);
  return Number.isFinite(arabic.value);
}

/** `1,234.5` → 1234.5 with one decimal. */
export function parseArabic(s: string): { value: number; decimals: number } | undefined {
  return readArabic(s, 0, s.length) ? { value: arabic.value, decimals: arabic.decimals } : undefined;
}

/** 三千五百 → 3500, 五十 → 50, 两 → 2, 一万二千 → 12000, 三点五 → 3.5. */
export function parseChineseAmount(s: string): { value: number; decimals: number } | undefined {
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseAmount(s.slice(0, point));
    const fraction = s.slice(point + 1);
    const digits = [...fraction].map((c) => '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c));
    if (!whole || digits.some((d) => d < 0)) return undefined;
    return { value: whole.value + Number(`0.${digits.join('')}`), decimals: digits.length };
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

/** The span between the nearest ends before and after `offset`, at most `MAX_SPAN` each way. */
function around(text: string, offset: number, ends: Uint8Array): Range {
  let start = offset;
  while (start > 0 && offset - start < MAX_SPAN && !ends[text.charCodeAt(start - 1)]) start--;
  let end = offset;
  while (end < text.length && end - offset < MAX_SPAN && !ends[text.charCodeAt(end)]) end++;
  return [start, end];
}

/** Sentences and clauses hold several figures each: found once, reused while figures come in order. */
class SpanCache {
  private lastSentence: Range = [0, -1];
  private lastClause: Range = [0, -1];

  constructor(private readonly text: string) {}

  sentence(offset: number): Range {
    if (offset >= this.lastSentence[0] && offset < this.lastSentence[1]) return this.lastSentence;
    return (this.lastSentence = around(this.text, offset, SENTENCE_END));
  }

  clause(offset: number): Range {
    if (offset >= this.lastClause[0] && offset < this.lastClause[1]) return this.lastClause;
    return (this.lastClause = around(this.text, offset, CLAUSE_END));
  }
}

/** The last `char` in `[from, to)`, or -1. */
function lastIndexBetween(text: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

// A sentence longer than this is not one a reader can check; the bound keeps the scan linear.
const MAX_SPAN = 400;

/** The metric a figure measures: the clause's words before it, without indent, approximations and verbs. */
function metricBefore(text: string, clauseStart: number, figureStart: number): string {
  let start = clauseStart;
  while (start < figureStart && LEADING_SKIP[text.charCodeAt(start)]) start++;
  let end = figureStart;
  while (end > start && SPACE[text.charCodeAt(end - 1)]) end--;
  // Strip 完成, 达到, 累计… from the end; most metrics end in none of them.
  while (end > start && VERB_LAST[text.charCodeAt(end - 1)]) {
    const verb = TRAILING_VERBS.find((v) => text.startsWith(v, end - v.length) && end - v.length >= start);
    if (!verb) break;
    end -= verb.length;
  }
  return text.slice(start, end);
}
