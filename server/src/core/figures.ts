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
const BEFORE = '约|近|将近|接近|大约|超过|超|逾|不到|不足|不少于|至少|达到|达';
const AFTER = '左右|以上|以下|以内|上下';
// Longest first where one is a prefix of another; 千瓦 before any 千 taken as a scale.
const UNITS =
  '个百分点|百分点|平方公里|平方米|立方米|延长米|千瓦时|千瓦|兆瓦|公里|千米|公顷|亩|人次|户次|架次|台次|车次|人|户|个|项|件|处|名|家|条|类|所|座|栋|幢|辆|台|艘|架|吨|公斤|千克|米|元|美元|批|场|套|间|张|棵|株|头|只|床|张|宗|笔|起|例|篇|部|本|支|队|组|片|块|家次|天|小时|倍';
const FIGURE_RE = new RegExp(
  `(${BEFORE})?(?:(${ARABIC})|百分之(${CHINESE}|${ARABIC})|(${CHINESE}))(余|多)?(万亿|亿|万)?(余|多)?(%|％|${UNITS})?(${AFTER})?`,
  'g',
);
const SCALE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const COUNTED_RE = /^(?:人次|户次|架次|台次|车次|家次|人|户|个|项|件|处|名|家|所|座|栋|幢|辆|台|艘|架|批|场|套|间|张|棵|株|头|只|床|宗|笔|起|例|篇|部|本|支|队|组|类|条)$/;
const TRAILING_VERBS_RE =
  /(?:累计|共计|总计|合计|共|计|完成|实现|达到|达|为|是|有|超过|突破|增至|升至|提高到|提高至|增加到|增加至|稳定在|保持在|控制在)+$/;
const SENTENCE_END = '。！？!?\n\r';
const CLAUSE_END = `，；：,;:${SENTENCE_END}`;

export function parseFigures(doc: SourceDocument): Figure[] {
  const text = doc.text;
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    const figure = toFigure(text, m);
    if (figure && !doc.isIgnored(figure.range[0], figure.range[1])) out.push(figure);
  }
  return out;
}

function toFigure(text: string, m: RegExpMatchArray): Figure | undefined {
  const [whole, before, arabic, percentWords, chinese, approx1, scaleWord, approx2, unitWord, after] = m as unknown as (string | undefined)[];
  const start = m.index!;
  const end = start + whole!.length;
  const numberText = arabic ?? percentWords ?? chinese ?? '';
  const numberStart = start + (before?.length ?? 0) + (percentWords !== undefined ? 3 : 0);
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  // Codes and names: 5G, PM2.5, H7N9, 12345热线, 〔2021〕21号; ordinals: 第三; dates and times.
  if (/[A-Za-z0-9０-９.．_\-/+]/.test(prev) || /[A-Za-z0-9_]/.test(next)) return undefined;
  if (prev === '第' || /^[年月日号时点分秒届期轮版]/.test(next)) return undefined;
  let unit = unitWord === '％' ? '%' : (unitWord ?? '');
  if (percentWords !== undefined) unit = '%';
  // A bare number is only a figure with a unit or a scale; a Chinese numeral only with a unit.
  if (unit === '' && (chinese !== undefined || scaleWord === undefined)) return undefined;
  if (chinese !== undefined && unit === '') return undefined;

  // 千家万户, 万人空巷: scale characters alone are words, not numbers.
  if (arabic === undefined && !/[零〇一二两三四五六七八九十]/.test(numberText)) return undefined;
  const parsed = arabic !== undefined ? parseArabic(arabic) : parseChineseAmount(numberText);
  if (!parsed) return undefined;
  const scale = scaleWord ? SCALE[scaleWord]! : 1;
  const approx = approxOf(approx1 ?? approx2 ?? after ?? before);
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
function around(text: string, offset: number, ends: string): Range {
  let start = offset;
  while (start > 0 && offset - start < MAX_SPAN && !ends.includes(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && end - offset < MAX_SPAN && !ends.includes(text[end]!)) end++;
  return [start, end];
}

// A sentence longer than this is not one a reader can check; the bound keeps the scan linear.
const MAX_SPAN = 400;

/** The metric a figure measures: the clause's words before it, without indent, approximations and verbs. */
function metricBefore(text: string, clauseStart: number, figureStart: number): string {
  return text
    .slice(clauseStart, figureStart)
    .replace(/^[\s\u3000“”‘’"（）()]+/, '')
    .replace(/[\s\u3000]+$/, '')
    .replace(TRAILING_VERBS_RE, '');
}
