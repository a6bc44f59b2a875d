import type { SourceDocument } from '../model/document.js';
import { parseChineseNumber, toChineseCount } from '../text/numerals.js';
import { charTable, lastWithin, scanAt } from '../text/chars.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

const MESSAGES = {
  announced: { 'zh-CN': '前文说“{phrase}”，下文列出{actual}{measure}', en: 'Announces "{phrase}" but {actual} follow' },
  listed: { 'zh-CN': '列出了{actual}项，却说“{phrase}”', en: 'Lists {actual} items but says "{phrase}"' },
  suggestion: { 'zh-CN': '把“{numeral}”改为“{actual}”', en: 'Change "{numeral}" to "{actual}"' },
  first: { 'zh-CN': '列出的第一项', en: 'The first item listed' },
  last: { 'zh-CN': '列出的最后一项', en: 'The last item listed' },
};

const NUMERAL = '([一二三四五六七八九十两]{1,3}|\\d{1,2})';
// 八个方面工作, 三点意见, 四项重点任务, 七大方面: the count and what it counts.
const COUNT_RE = new RegExp(`${NUMERAL}(个|点|项|大|条|类|种|家|所|座|支|批|方面)([\\u4e00-\\u9fff]{0,4})`, 'y');
const COUNT_FIRST = charTable('一二三四五六七八九十两0123456789');
// Words that announce a list to come: 以下八个方面, 讲三点意见, 主要有四项.
const ANNOUNCE_RE = /(?:以下|如下|下面|下列|主要有|主要是|重点抓了|抓了|讲|谈|提出|提几点|强调|概括为|归纳为|包括|分为)[^，。；：]{0,4}$/;
const WHAT_RE = /^(?:方面|意见|工作|任务|重点|领域|问题|要求|举措|措施|体会|内容|行动|工程|建议|看法|想法|原则|环节|目标|部分)/;
// An unquoted list is counted only when the count names a kind of thing the items can be:
// `A、B、C三个车间`, `…、社会事业等七大方面` — not `…与残疾人两项补贴`, where the count is inside an item.
const CATEGORY_RE = /^(?:方面|领域|产业|行业|环节|区域|板块|车间|部门|工程|行动|维度|指标|要素|任务|举措|措施|重点|内容|类型|层级|渠道|模式|机制|体系)/;
const LIST_MEASURE_RE = /^(?:个|大|项|类|种|条|方面)$/;
// Measure words a message can repeat after the actual count (下文列出两点); 大 and 方面 read as 个.
const MESSAGE_MEASURE_RE = /^(?:个|点|项|条|类|种|家|所|座|支|批)$/;

export default defineRule()({
  id: 'count-mismatch',
  category: 'figures',
  title: { 'zh-CN': '数目与列举不符', en: 'Count against list' },
  description: {
    'zh-CN': '宣布的数目与实际列出的不符：“以下八个方面”后的标题或“一是…”，“A、B、C三个车间”中的顿号列举',
    en: 'An announced count against what follows it (the headings or 一是… after 以下八个方面) or the list before it (A、B、C三个车间)',
  },
  explanation: {
    'zh-CN': '前面说“以下八个方面”，后面就该有八项；增删一项后忘了改数目，是讲话稿最常见的硬伤之一。',
    en: '“The following eight points” must be followed by eight; a count not updated after adding or removing an item is a classic slip in speech drafts.',
  },
  defaultSeverity: 'error',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    scanAt(ctx.doc.text, COUNT_FIRST, COUNT_RE, (m, at) => checkCount(ctx, m, at));
  },
});

/** One count phrase: against the list right before it, or against what its announcement introduces. */
function checkCount(ctx: RuleContext<Record<string, never>>, m: RegExpExecArray, at: number): void {
  const text = ctx.doc.text;
  const numeral = m[1]!;
  const count = /\d/.test(numeral) ? Number(numeral) : parseChineseNumber(numeral.replace(/^两$/, '二'));
  if (!count || count < 2 || insideQuotes(text, at) || ctx.doc.isIgnored(at, at + 1)) return;
  const measure = m[2]!;
  // “巩固、增强、提升、畅通”八个字 counts characters, not items.
  if (m[3]!.startsWith('字')) return;
  const what = WHAT_RE.exec(m[3]!)?.[0] ?? '';
  const category = CATEGORY_RE.exec(m[3]!)?.[0];
  const phraseEnd = at + numeral.length + measure.length + what.length;
  const phrase = text.slice(at, phraseEnd);
  const numeralRange: Range = [at, at + numeral.length];
  const listed = listBefore(text, at, { smallChinese: count <= 10 && !/\d/.test(numeral) && LIST_MEASURE_RE.test(measure), category: category !== undefined || measure === '方面' });
  if (listed) {
    const wrong = listed.etc ? listed.items.length > count : listed.items.length !== count;
    const named = text.slice(at, at + numeral.length + measure.length + Math.max(what.length, category?.length ?? 0));
    if (wrong) report(ctx, 'listed', named, numeral, measure, numeralRange, listed.items.length, listed.items);
    return;
  }
  const clauseStart = lastWithin(text, '，。；：\n', at, 12);
  if (!ANNOUNCE_RE.test(text.slice(clauseStart, at)) && text[phraseEnd] !== '：') return;
  if (!what && measure !== '点' && measure !== '方面') return;
  const followed = whatFollows(ctx.doc, phraseEnd);
  if (followed && followed.length !== count) report(ctx, 'announced', phrase, numeral, measure, numeralRange, followed.length, followed);
}

function report(
  ctx: RuleContext<Record<string, never>>,
  kind: 'announced' | 'listed',
  phrase: string,
  numeral: string,
  measure: string,
  numeralRange: Range,
  actual: number,
  items: readonly Range[],
): void {
  const digits = /\d/.test(numeral);
  const actualText = digits ? String(actual) : toChineseCount(actual);
  const first = items[0]!;
  const last = items[items.length - 1]!;
  ctx.report({
    range: [numeralRange[0], numeralRange[0] + phrase.length],
    messageId: kind,
    params: { phrase, actual: digits ? actual : { count: actual }, measure: MESSAGE_MEASURE_RE.test(measure) ? measure : '个' },
    suggestions: [{ messageId: 'suggestion', params: { numeral, actual: actualText }, fix: { range: numeralRange, text: actualText } }],
    related: [
      { range: first, messageId: 'first' },
      ...(last !== first ? [{ range: last, messageId: 'last' }] : []),
    ],
  });
}

/**
 * What an announcement at `offset` introduces: a run-in series (一是…) starting in the same or
 * the next paragraph, paragraphs led by ——, or the run of headings starting right after its
 * paragraph. Undefined when none follows: then nothing can be checked.
 */
function whatFollows(doc: SourceDocument, offset: number): Range[] | undefined {
  const paragraphs = doc.paragraphs;
  const here = paragraphAt(paragraphs, offset);
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
  const nextIndex = paragraphAt(paragraphs, next.paragraph.start);
  if (nextIndex > here + 2) return undefined;
  return nodes.filter((n) => n.index >= next.index && n.parent === next.parent && n.level === next.level && n.scope === next.scope).map((n) => n.marker);
}

function paragraphAt(paragraphs: SourceDocument['paragraphs'], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = paragraphs[mid]!;
    if (p.end < offset) lo = mid + 1;
    else if (p.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
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
  let start = end;
  while (start > 0 && end - start < 80 && !'，。；：！？,;:\n“”（）'.includes(text[start - 1]!)) start--;
  // The bound can stop between the halves of a surrogate pair (𠀀): start on a whole character.
  const low = text.charCodeAt(start);
  const high = text.charCodeAt(start - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) start++;
  if (text[end - 1] === '、' || !/[\u4e00-\u9fffA-Za-z]/.test(text[end - 1] ?? '')) return undefined;
  const items = split(text, start, end);
  if (items.length < 2 || items.some(([a, b]) => /[0-9０-９一二三四五六七八九十两]/.test(text.slice(a, b)))) return undefined;
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

