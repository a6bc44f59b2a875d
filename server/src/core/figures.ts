import type { SourceDocument } from './document.js';
import { parseChineseNumber } from './numerals.js';
import type { Range } from './types.js';

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
  readonly approx?: 'about' | 'over' | 'under';
  /** The phrase before the figure in its clause, trimmed of verbs such as 完成/达到: `全区固定资产投资`. */
  readonly metric: string;
  /** The words right after the figure, to the end of its clause: `规模以上工业企业中`. */
  readonly follow: string;
  /** Where the figure's sentence (。！？ or line) and clause (，；：) begin and end. */
  readonly sentence: Range;
  readonly clause: Range;
}

const DIGIT = '[0-9０-９]';
const ARABIC = `${DIGIT}{1,3}(?:[,，]${DIGIT}{3})+(?:[.．]${DIGIT}+)?|${DIGIT}+(?:[.．]${DIGIT}+)?`;
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
// Looked up before a number rather than matched with it: as the first character of the pattern
// they (不, 大, 达…) would start a match attempt at every other word.
const BEFORE_WORDS = ['不少于', '将近', '接近', '大约', '超过', '不到', '不足', '至少', '达到', '约', '近', '超', '逾', '达'];
const BEFORE_LAST = table('于近约过到足少超逾达');
const AFTER_WORDS = ['左右', '以上', '以下', '以内', '上下'];
const AFTER_FIRST = table('左以上');
// Units by their first character, longest first (千瓦 before any 千): looked up, not matched, so
// that a number not followed by one costs a single table read.
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const unit of '个百分点|百分点|平方公里|平方米|立方米|延长米|千瓦时|千瓦|兆瓦|公里|千米|公顷|亩|人次|户次|架次|台次|车次|家次|人|户|个|项|件|处|名|家|条|类|所|座|栋|幢|辆|台|艘|架|吨|公斤|千克|米|元|美元|批|场|套|间|张|棵|株|头|只|床|宗|笔|起|例|篇|部|本|支|队|组|片|块|天|小时|倍|%|％'.split('|')) {
  const list = UNITS_BY_FIRST.get(unit[0]!) ?? [];
  list.push(unit);
  list.sort((a, b) => b.length - a.length);
  UNITS_BY_FIRST.set(unit[0]!, list);
}
const SUFFIX_FIRST = table(['余', '多', '万', '亿', ...UNITS_BY_FIRST.keys()].join(''));
const DIGITS = table('0123456789０１２３４５６７８９');
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CODE_BEFORE = table(`${LATIN}0123456789０１２３４５６７８９.．_-/+`);
const CODE_AFTER = table(`${LATIN}0123456789_`);
const NOT_QUANTITY_AFTER = table('年月日号时点分秒届期轮版');
const CHINESE_DIGITS = table('零〇一二两三四五六七八九十百千万亿');
const NUMBER_RE = new RegExp(`(${ARABIC})|百分之(${CHINESE}|${ARABIC})|(${CHINESE})`, 'y');
const SCALE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const COUNTED_RE = /^(?:人次|户次|架次|台次|车次|家次|人|户|个|项|件|处|名|家|所|座|栋|幢|辆|台|艘|架|批|场|套|间|张|棵|株|头|只|床|宗|笔|起|例|篇|部|本|支|队|组|类|条)$/;
// Longest first. Stripped by a loop from the end: an end-anchored pattern would be tried at every position.
const TRAILING_VERBS = ['提高到', '提高至', '增加到', '增加至', '稳定在', '保持在', '控制在', '累计', '共计', '总计', '合计', '完成', '实现', '达到', '超过', '突破', '增至', '升至', '共', '计', '达', '为', '是', '有'];
const SENTENCE_END = table('。！？!?\n\r');
const CLAUSE_END = table('，；：,;:。！？!?\n\r');

export function parseFigures(doc: SourceDocument): Figure[] {
  const text = doc.text;
  const out: Figure[] = [];
  // A character loop finds where a figure can start; the number pattern runs only there. Most
  // Chinese numerals are inside words (统一, 进一步) and are passed over without it: a Chinese
  // figure needs a unit right after the numeral.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!DIGITS[c]) {
      if (!CHINESE_DIGITS[c]) continue;
      if (!text.startsWith('百分之', i)) {
        let j = i + 1;
        while (j < text.length && CHINESE_DIGITS[text.charCodeAt(j)]) j++;
        if (!SUFFIX_FIRST[text.charCodeAt(j)]) {
          i = j - 1;
          continue;
        }
      }
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (!m) continue;
    const figure = toFigure(text, m, i);
    i += m[0].length - 1;
    if (figure && !doc.isIgnored(figure.range[0], figure.range[1])) out.push(figure);
  }
  return out;
}

/** The words after a number: `余` `万` `多` `亿元` `左右`, each optional, in this order. */
function suffix(text: string, at: number): { approx?: string; scale?: string; unit: string; end: number } {
  let i = at;
  let approx: string | undefined;
  let scale: string | undefined;
  if (text[i] === '余' || text[i] === '多') approx = text[i++];
  if (text[i] === '万' && text[i + 1] === '亿') {
    scale = '万亿';
    i += 2;
  } else if (text[i] === '万' || text[i] === '亿') {
    scale = text[i++];
  }
  if (!approx && (text[i] === '余' || text[i] === '多')) approx = text[i++];
  const found = UNITS_BY_FIRST.get(text[i] ?? '')?.find((u) => text.startsWith(u, i));
  if (found) i += found.length;
  if (AFTER_FIRST[text.charCodeAt(i)]) {
    const after = AFTER_WORDS.find((w) => text.startsWith(w, i));
    if (after) {
      approx ??= after;
      i += after.length;
    }
  }
  return { ...(approx && { approx }), ...(scale && { scale }), unit: found === '％' ? '%' : (found ?? ''), end: i };
}

function toFigure(text: string, m: RegExpExecArray, at: number): Figure | undefined {
  const [, arabic, percentWords, chinese] = m as unknown as (string | undefined)[];
  const numberStart = at + (percentWords !== undefined ? 3 : 0);
  const numberText = arabic ?? percentWords ?? chinese ?? '';
  const tail = suffix(text, at + m[0].length);
  const before = BEFORE_LAST[text.charCodeAt(at - 1)] ? BEFORE_WORDS.find((w) => text.startsWith(w, at - w.length)) : undefined;
  const start = at - (before?.length ?? 0);
  const end = tail.end;
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  // Codes and names: 5G, PM2.5, H7N9, 12345热线, 〔2021〕21号; ordinals: 第三; dates and times.
  if (CODE_BEFORE[prev.charCodeAt(0)] || CODE_AFTER[next.charCodeAt(0)] || prev === '第' || NOT_QUANTITY_AFTER[next.charCodeAt(0)]) return undefined;
  const unit = percentWords !== undefined ? '%' : tail.unit;
  // A bare number is only a figure with a unit or a scale; a Chinese numeral only with a unit.
  if (unit === '' && (chinese !== undefined || tail.scale === undefined)) return undefined;
  // 千家万户, 万人空巷: scale characters alone are words, not numbers.
  if (arabic === undefined && !/[零〇一二两三四五六七八九十]/.test(numberText)) return undefined;
  const parsed = arabic !== undefined ? parseArabic(arabic) : parseChineseAmount(numberText);
  // 一批, 一个, 一项: an article, not a quantity.
  if (!parsed || (chinese !== undefined && parsed.value < 2)) return undefined;
  const scale = tail.scale ? SCALE[tail.scale]! : 1;
  const approx = approxOf(tail.approx ?? before);
  // Whole numbers of things counted one by one (10家, 24项) are exact; amounts (29亿元, 3.2万人) are rounded.
  const exact = scale === 1 && parsed.decimals === 0 && COUNTED_RE.test(unit);
  const clause = around(text, start, CLAUSE_END);
  const sentence = around(text, start, SENTENCE_END);
  return {
    range: [start, end],
    number: [numberStart, numberStart + numberText.length],
    value: parsed.value * scale,
    unit,
    tolerance: exact ? 0 : 0.5 * 10 ** -parsed.decimals * scale,
    ...(approx && { approx }),
    // Items of a list (`甲2800户、乙500户`) each have their own metric.
    metric: metricBefore(text, clause[0] + text.slice(clause[0], start).lastIndexOf('、') + 1, start),
    follow: text.slice(end, Math.min(clause[1], end + 24)),
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

export function parseArabic(s: string): { value: number; decimals: number } | undefined {
  const normal = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '').replace('．', '.');
  const value = Number(normal);
  if (!Number.isFinite(value)) return undefined;
  const dot = normal.indexOf('.');
  return { value, decimals: dot < 0 ? 0 : normal.length - dot - 1 };
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

/** A table by UTF-16 code unit: 1 for each character of `chars`. */
function table(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

// A sentence longer than this is not one a reader can check; the bound keeps the scan linear.
const MAX_SPAN = 400;

/** The metric a figure measures: the clause's words before it, without indent, approximations and verbs. */
function metricBefore(text: string, clauseStart: number, figureStart: number): string {
  let metric = text.slice(clauseStart, figureStart).replace(/^[\s\u3000“”‘’"（）()]+/, '').trimEnd();
  for (let verb = TRAILING_VERBS.find((v) => metric.endsWith(v)); verb; verb = TRAILING_VERBS.find((v) => metric.endsWith(v))) {
    metric = metric.slice(0, -verb.length);
  }
  return metric;
}
