import { ASCII_DIGITS, charClass, charTable, HAN_CLASS, LATIN_CLASS, lastWithin, scanAt, splitsPair } from '../text/chars.js';
import { COUNT_NUMERALS, parseOrdinal } from '../text/numerals.js';
import { containing } from '../text/ranges.js';
import type { Range } from '../types.js';
import type { Outline } from './outline.js';
import { spanEndChars, type Spans } from './sentences.js';
import type { Series } from './series.js';
import type { Layout } from './types.js';

/**
 * Counts and the lists they count: `以下八个方面` and the headings, `一是…` or `——` paragraphs
 * that follow it; `A、B、C三个车间` and the list before it.
 */
export interface CountedList {
  /** `listed`: the items come right before the count; `announced`: the count introduces them. */
  readonly kind: 'listed' | 'announced';
  /** The count phrase a message quotes: `八个方面`, `三个车间`. */
  readonly phrase: Range;
  /** The numeral of the count: `八`, `3`. */
  readonly numeral: Range;
  readonly count: number;
  /** The measure word after the numeral: 个, 点, 项, 大, 方面… */
  readonly measure: string;
  /** The items counted, in order: each item's text, or its marker (一是, 二、, ——). */
  readonly items: readonly Range[];
  /** 等 closes the list: fewer items than the count is no error. */
  readonly etc: boolean;
}

/** What the lists are read from: the layout, its clauses, and its outline and series (read only when a count announces something). */
export interface ListSources extends Layout {
  readonly clauses: Spans;
  readonly outline: Outline;
  readonly series: readonly Series[];
}

const NUMERAL = `(${charClass(COUNT_NUMERALS)}{1,3}|\\d{1,2})`;
// 八个方面工作, 三点意见, 四项重点任务, 七大方面: the count and what it counts.
const COUNT_RE = new RegExp(`${NUMERAL}(个|点|项|大|条|类|种|家|所|座|支|批|方面)([${HAN_CLASS}]{0,4})`, 'y');
const COUNT_FIRST = charTable(COUNT_NUMERALS + ASCII_DIGITS);
// Words that announce a list to come: 以下八个方面, 讲三点意见, 主要有四项.
const ANNOUNCE_RE = /(?:以下|如下|下面|下列|主要有|主要是|重点抓了|抓了|讲|谈|提出|提几点|强调|概括为|归纳为|包括|分为)[^，。；：]{0,4}$/;
const WHAT_RE = /^(?:方面|意见|工作|任务|重点|领域|问题|要求|举措|措施|体会|内容|行动|工程|建议|看法|想法|原则|环节|目标|部分)/;
// An unquoted list is counted only when the count names a kind of thing the items can be:
// `A、B、C三个车间`, `…、社会事业等七大方面` — not `…与残疾人两项补贴`, where the count is inside an item.
const CATEGORY_RE = /^(?:方面|领域|产业|行业|环节|区域|板块|车间|部门|工程|行动|维度|指标|要素|任务|举措|措施|重点|内容|类型|层级|渠道|模式|机制|体系)/;
const LIST_MEASURE_RE = /^(?:个|大|项|类|种|条|方面)$/;
// An announcement is in the count's own clause, a few words before it.
const ANNOUNCE_WITHIN = 12;
// Where an unquoted list starts: after the end of a clause, a quotation mark or a parenthesis.
const LIST_BOUNDARY = `${spanEndChars('clause')}“”（）`;
const HAS_NUMBER_RE = new RegExp(`[0-9０-９${COUNT_NUMERALS}]`);
const LIST_END_RE = new RegExp(`[${HAN_CLASS}${LATIN_CLASS}]`);

/** The count phrases in the prose with the lists they count, in order. */
export function scanLists(doc: ListSources): CountedList[] {
  const out: CountedList[] = [];
  scanAt(doc.text, COUNT_FIRST, COUNT_RE, (m, at) => {
    const list = countedList(doc, m, at);
    if (list) out.push(list);
  });
  return out;
}

/** One count phrase: with the list right before it, or else with what its announcement introduces. */
function countedList(doc: ListSources, m: RegExpExecArray, at: number): CountedList | undefined {
  const text = doc.text;
  const numeral = m[1]!;
  const count = parseOrdinal(numeral);
  if (!count || count < 2 || insideQuotes(text, at) || doc.isIgnored(at, at + 1)) return undefined;
  const measure = m[2]!;
  // “巩固、增强、提升、畅通”八个字 counts characters, not items.
  if (m[3]!.startsWith('字')) return undefined;
  const what = WHAT_RE.exec(m[3]!)?.[0] ?? '';
  const category = CATEGORY_RE.exec(m[3]!)?.[0];
  const numeralRange: Range = [at, at + numeral.length];
  const counted = { numeral: numeralRange, count, measure };
  const listed = listBefore(text, at, { smallChinese: count <= 10 && !/\d/.test(numeral) && LIST_MEASURE_RE.test(measure), category: category !== undefined || measure === '方面' });
  if (listed) {
    const phraseEnd = at + numeral.length + measure.length + Math.max(what.length, category?.length ?? 0);
    return { kind: 'listed', phrase: [at, phraseEnd], ...counted, ...listed };
  }
  const phraseEnd = at + numeral.length + measure.length + what.length;
  const clauseStart = Math.max(doc.clauses.at(at)[0], at - ANNOUNCE_WITHIN);
  if (!ANNOUNCE_RE.test(text.slice(clauseStart, at)) && text[phraseEnd] !== '：') return undefined;
  if (!what && measure !== '点' && measure !== '方面') return undefined;
  const items = whatFollows(doc, phraseEnd);
  return items ? { kind: 'announced', phrase: [at, phraseEnd], ...counted, items, etc: false } : undefined;
}

/**
 * What an announcement at `offset` introduces: a run-in series (一是…) starting in the same or
 * the next paragraph, paragraphs led by ——, or the run of headings starting right after its
 * paragraph. Undefined when none follows: then nothing can be checked.
 */
function whatFollows(doc: ListSources, offset: number): Range[] | undefined {
  const paragraphs = doc.paragraphs;
  const here = containing(paragraphs, offset);
  if (here < 0) return undefined;
  const nodes = doc.outline.nodes;
  // A series in the same paragraph, or in the next one unless that is a heading (then the headings count).
  const nextIsHeading = nodes.some((n) => n.paragraph.start === paragraphs[here + 1]?.start);
  const series = doc.series.find((s) => {
    const item = s.items[0]!;
    return item.value === 1 && item.marker[0] >= offset && (item.paragraph === here || (item.paragraph === here + 1 && !nextIsHeading));
  });
  if (series) return series.items.map((i) => i.marker);
  // ——A…  ——B…: paragraphs led by a dash, one per item.
  const dashed: Range[] = [];
  for (let i = here + 1; i < paragraphs.length && doc.text.startsWith('——', paragraphs[i]!.start); i++) {
    dashed.push([paragraphs[i]!.start, paragraphs[i]!.start + 2]);
  }
  if (dashed.length > 1) return dashed;
  const next = nodes.find((n) => n.paragraph.start > offset);
  if (!next || next.value !== 1) return undefined;
  const nextIndex = containing(paragraphs, next.paragraph.start);
  if (nextIndex > here + 2) return undefined;
  return nodes.filter((n) => n.index >= next.index && n.parent === next.parent && n.level === next.level && n.scope === next.scope).map((n) => n.marker);
}

/**
 * A list right before a count: `“内部挤、外部购、上面调”三个方面`, `“双报到”“双报告”两项`,
 * `A、B、C三个车间`, `乡村振兴、…、社会事业等七大方面`. `etc` is set when 等 closes it, in which case
 * fewer items than the count is no error.
 */
function listBefore(text: string, at: number, unquoted: { smallChinese: boolean; category: boolean }): { items: Range[]; etc: boolean } | undefined {
  let end = at;
  let etc = false;
  if (text.startsWith('等', end - 1)) {
    end--;
    etc = true;
  }
  if (text[end - 1] === '”') {
    // One quoted list split by 、, or several quoted terms side by side.
    const quotes: Range[] = [];
    let i = end;
    while (text[i - 1] === '”') {
      const open = lastWithin(text, '“', i - 1, 80) - 1;
      if (open < 0 || text[open] !== '“') break;
      quotes.unshift([open + 1, i - 1]);
      i = open;
      if (text[i - 1] === '、') i--;
    }
    if (quotes.length > 1) return { items: quotes, etc };
    const only = quotes[0];
    if (!only) return undefined;
    const items = split(text, only[0], only[1]);
    return items.length > 1 ? { items, etc } : undefined;
  }
  // An unquoted list: the clause before the count, its last item ending right at the count. Lists
  // whose items carry their own numbers (`A 3个、B 10个`) are figures, not an enumeration.
  if (!unquoted.smallChinese || !unquoted.category) return undefined;
  // The bound can stop between the halves of a surrogate pair (𠀀): start on a whole character.
  let start = lastWithin(text, LIST_BOUNDARY, end, 80);
  if (splitsPair(text, start)) start++;
  if (text[end - 1] === '、' || !LIST_END_RE.test(text[end - 1] ?? '')) return undefined;
  const items = split(text, start, end);
  if (items.length < 2 || items.some(([a, b]) => HAS_NUMBER_RE.test(text.slice(a, b)))) return undefined;
  // `软件信息、科技服务和商务服务三大产业`: the last two joined by 和/及/与.
  const [lastStart, lastEnd] = items[items.length - 1]!;
  const joined = /^(.+?)(?:和|及|与|以及)(.+)$/.exec(text.slice(lastStart, lastEnd));
  if (joined) {
    const cut = lastStart + joined[1]!.length;
    items.splice(items.length - 1, 1, [lastStart, cut], [lastEnd - joined[2]!.length, lastEnd]);
  }
  return { items, etc };
}

function split(text: string, start: number, end: number): Range[] {
  const items: Range[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '、') {
      if (i > from) items.push([from, i]);
      from = i + 1;
    }
  }
  return items;
}

/** Whether `at` is inside “…”: quoted formulas such as “四个全面” are names, not counts. */
function insideQuotes(text: string, at: number): boolean {
  const open = lastWithin(text, '“”', at, 30) - 1;
  return open >= 0 && text[open] === '“';
}
