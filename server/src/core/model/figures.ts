import { ASCII_DIGITS, ASCII_LETTERS, charClass, charTable, FULL_WIDTH_DIGITS } from '../text/chars.js';
import { AMOUNT_TABLE, arabicNumberEnd, arabicRead, chineseNumberEnd, NUMERAL_CHARS, parseChineseAmount, readArabic } from '../text/numerals.js';
import { COUNTED_UNITS, DIGIT_ONLY_UNITS, FIGURE_UNITS, scaleAt } from '../text/units.js';
import { FIGURE_ADVERB_RE, FIGURE_VERBS, isWordYue } from '../text/verbs.js';
import type { Range } from '../types.js';
import { Spans } from './sentences.js';

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
  /**
   * The phrase before the figure in its clause, trimmed of verbs such as 完成/达到 and adverbs such
   * as 分别/均: `全区固定资产投资`. A later item of a list of figures (`96.1%、101.5%`, `99.2%和104%`)
   * has the metric of the item before it.
   */
  readonly metric: string;
  /** The figure follows another of its unit with nothing but 、/和/及/与 between: they share one metric. */
  readonly listed: boolean;
  /**
   * Where the figure's sentence and clause (sentences.ts) begin and end, seen at most MAX_SPAN
   * characters either side of the figure.
   */
  readonly sentence: Range;
  readonly clause: Range;
}

// Looked up before a number rather than matched with it: as the first character of the pattern
// they (不, 大, 达…) would start a match attempt at every other word.
const BEFORE_WORDS = ['不少于', '不低于', '不高于', '将近', '接近', '大约', '超过', '不到', '不足', '至少', '达到', '约', '近', '超', '逾', '达'];
const BEFORE_LAST = charTable('于近约过到足少超逾达');
const AFTER_WORDS = ['左右', '以上', '以下', '以内', '上下'];
const AFTER_FIRST = charTable('左以上');
// Units by their first character, longest first (千瓦 before any 千): looked up, not matched, so
// that a number not followed by one costs a single table read.
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const unit of FIGURE_UNITS) {
  const list = UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? [];
  list.push(unit);
  UNITS_BY_FIRST.set(unit.charCodeAt(0), list);
}
const SUFFIX_FIRST = charTable(['余', '多', NUMERAL_CHARS.scales, ...[...UNITS_BY_FIRST.keys()].map((c) => String.fromCharCode(c))].join(''));
const DIGITS = charTable(ASCII_DIGITS + FULL_WIDTH_DIGITS);
const CODE_BEFORE = charTable(`${ASCII_LETTERS}${ASCII_DIGITS}${FULL_WIDTH_DIGITS}.．_-/+`);
const CODE_AFTER = charTable(`${ASCII_LETTERS}${ASCII_DIGITS}_`);
const NOT_QUANTITY_AFTER = charTable('年月日号时点分秒届期轮版');
// 千家万户, 万人空巷: a run of scale characters alone is a word, not a number.
const HAS_DIGIT_RE = new RegExp(charClass(`${NUMERAL_CHARS.zeros}${NUMERAL_CHARS.two}${NUMERAL_CHARS.digits}十`));
const VERB_LAST = charTable(FIGURE_VERBS.map((v) => v[v.length - 1]).join(''));
const LEADING_SKIP = charTable(' \t\u3000“”‘’"（）()\n\r');
const SPACE = charTable(' \t\u3000\n\r');
const LIST_JOINER_RE = /^\s*(?:、|和|及|与|以及)\s*$/;

/** Figures in `text`, outside the ranges `isIgnored` says are not prose. Line-local: see LineCache. */
export function scanFigures(text: string, isIgnored: (start: number, end: number) => boolean): Figure[] {
  const out: Figure[] = [];
  const sentences = new Spans(text, 'sentence');
  const clauses = new Spans(text, 'clause');
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
      end = arabicNumberEnd(text, i);
    } else if (!AMOUNT_TABLE[c]) {
      continue;
    } else if (c === 0x767e && text.startsWith('百分之', i)) {
      kind = 'percent';
      start = i + 3;
      end = DIGITS[text.charCodeAt(start)] ? arabicNumberEnd(text, start) : chineseNumberEnd(text, start);
      if (end === start) continue;
    } else {
      kind = 'chinese';
      end = chineseNumberEnd(text, i);
      if (!SUFFIX_FIRST[text.charCodeAt(end)]) {
        i = end - 1;
        continue;
      }
    }
    const figure = toFigure(text, kind, start, end, i, sentences, clauses, out[out.length - 1]);
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
    listed: f.listed,
    sentence: moved.sentence,
    clause: moved.clause,
  };
}
const moved = { delta: 0, sentenceFrom: [0, 0] as Range, sentence: [0, 0] as Range, clauseFrom: [0, 0] as Range, clause: [0, 0] as Range };

/** What kind of number starts a figure: `5.2`, `五十`, or the numerals after 百分之. */
type NumberKind = 'arabic' | 'chinese' | 'percent';

// Character codes: comparing them allocates nothing, while text[i] makes a string of each CJK character.
const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
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
  const scale = scaleAt(text, i);
  if (scale) c = text.charCodeAt((i += scale.word.length));
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
  tail.scale = scale?.factor ?? 1;
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

function toFigure(
  text: string,
  kind: NumberKind,
  numberStart: number,
  numberEnd: number,
  at: number,
  sentences: Spans,
  clauses: Spans,
  previous: Figure | undefined,
): Figure | undefined {
  const chinese = kind === 'chinese' || (kind === 'percent' && !DIGITS[text.charCodeAt(numberStart)]);
  readSuffix(text, numberEnd);
  let before = BEFORE_LAST[text.charCodeAt(at - 1)] ? endingAt(text, at, BEFORE_WORDS) : undefined;
  if (before === '约' && isWordYue(text, at - 1)) before = undefined;
  const start = at - (before?.length ?? 0);
  const end = tail.end;
  const prev = text.charCodeAt(start - 1);
  const next = text.charCodeAt(end);
  // Codes and names: 5G, PM2.5, H7N9, 12345热线, 〔2021〕21号; ordinals: 第三; dates and times.
  if (CODE_BEFORE[prev] || CODE_AFTER[next] || prev === DI || NOT_QUANTITY_AFTER[next]) return undefined;
  const unit = kind === 'percent' ? '%' : tail.unit;
  // A bare number is only a figure with a unit or a scale; a Chinese numeral only with a unit.
  if (unit === '' && (chinese || tail.scale === 1)) return undefined;
  if (chinese && DIGIT_ONLY_UNITS.has(unit)) return undefined;
  let value: number;
  let decimals = 0;
  if (chinese) {
    const numberText = text.slice(numberStart, numberEnd);
    if (!HAS_DIGIT_RE.test(numberText)) return undefined;
    const parsed = parseChineseAmount(numberText);
    // 一批, 一个, 一项: an article, not a quantity.
    if (!parsed || (kind === 'chinese' && parsed.value < 2)) return undefined;
    value = parsed.value;
    decimals = parsed.decimals;
  } else {
    if (!readArabic(text, numberStart, numberEnd)) return undefined;
    value = arabicRead.value;
    decimals = arabicRead.decimals;
  }
  const scale = tail.scale;
  // Whole numbers of things counted one by one (10家, 24项) are exact; amounts (29亿元, 3.2万人) are rounded.
  const exact = scale === 1 && decimals === 0 && COUNTED_UNITS.has(unit);
  const clause = clauses.at(start);
  const sentence = sentences.at(start);
  const listItem = lastIndexBetween(text, '、', clause[0], start);
  const listed = previous !== undefined && previous.unit === unit && previous.clause[0] === clause[0] && LIST_JOINER_RE.test(text.slice(previous.range[1], start));
  return {
    range: [start, end],
    number: [numberStart, numberEnd],
    value: value * scale,
    unit,
    tolerance: exact ? 0 : 0.5 * 10 ** -decimals * scale,
    approx: approxOf(tail.approx ?? before),
    // Items of a list (`甲2800户、乙500户`) each have their own metric.
    metric: listed && previous ? previous.metric : metricBefore(text, listItem < 0 ? clause[0] : listItem + 1, start),
    listed,
    sentence,
    clause,
  };
}

/**
 * The scale and unit a figure is written in — `万元` for 2560万元, `户` for 3100户 — so that a
 * value computed from it can be shown the way the writer wrote it.
 */
export function writtenUnit(text: string, f: Figure): { readonly factor: number; readonly label: string } {
  let at = f.number[1];
  const c = text.charCodeAt(at);
  if (c === YU || c === DUO) at++;
  const scale = scaleAt(text, at);
  return scale ? { factor: scale.factor, label: scale.word + f.unit } : { factor: 1, label: f.unit };
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
    case '不低于':
    case '至少':
      return 'over';
    case '近':
    case '将近':
    case '接近':
    case '不到':
    case '不足':
    case '不高于':
    case '以下':
    case '以内':
      return 'under';
    default:
      return undefined;
  }
}

/** The last `char` in `[from, to)`, or -1. */
function lastIndexBetween(text: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The metric a figure measures: the clause's words before it, without indent, approximations and verbs. */
function metricBefore(text: string, clauseStart: number, figureStart: number): string {
  let start = clauseStart;
  while (start < figureStart && LEADING_SKIP[text.charCodeAt(start)]) start++;
  let end = figureStart;
  while (end > start && SPACE[text.charCodeAt(end - 1)]) end--;
  // Strip 完成, 达到, 累计… from the end; most metrics end in none of them. Then 分别, 均…:
  // `满意率分别达到`, `参保率均保持在`.
  while (end > start && VERB_LAST[text.charCodeAt(end - 1)]) {
    const verb = FIGURE_VERBS.find((v) => text.startsWith(v, end - v.length) && end - v.length >= start);
    if (!verb) break;
    end -= verb.length;
  }
  const metric = text.slice(start, end);
  return FIGURE_ADVERB_RE.test(metric) ? metric.replace(FIGURE_ADVERB_RE, '') : metric;
}
