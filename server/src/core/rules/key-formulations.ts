import { AMOUNT_NUMERALS } from '../text/numerals.js';
import { isHan, splitsPair } from '../text/chars.js';
import { parseIsoDate } from '../text/dates.js';
import { KEY_FORMULATIONS, LEGITIMATE_NEIGHBOURS, type FormulationSourceId } from '../data/key-formulations.js';
import { OUTDATED_FORMULATIONS, type OutdatedFormulation } from '../data/outdated-formulations.js';
import { compareDocumentDate, type DocumentDate } from '../model/document-date.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  allow: string[];
}

const MESSAGES = {
  slip: {
    'zh-CN': '提法疑有误：“{written}”，规范表述为“{canonical}”（{source}）',
    en: 'This looks like a slip in a key formulation: "{written}"; the standard wording is "{canonical}" ({source})',
  },
  outdated: {
    'zh-CN': '“{old}”已于{since}更改，按文稿日期（{date}）应为“{new}”（{source}）',
    en: '"{old}" was replaced on {since}; on the date of this document ({date}) it is "{new}" ({source})',
  },
  replace: { 'zh-CN': '改为“{text}”', en: 'Write "{text}"' },
  year: { 'zh-CN': '{year}年', en: '{year}' },
  day: { 'zh-CN': '{year}年{month}月{day}日', en: '{year}-{month}-{day}' },
  cpc20: { 'zh-CN': '党的二十大报告', en: 'report to the 20th Party Congress' },
  cpc19: { 'zh-CN': '党的十九大报告', en: 'report to the 19th Party Congress' },
  history: { 'zh-CN': '十九届六中全会历史决议', en: 'resolution of the sixth plenum of the 19th Central Committee' },
  governance: { 'zh-CN': '十九届四中全会决定', en: 'decision of the fourth plenum of the 19th Central Committee' },
  plan14: { 'zh-CN': '十九届五中全会建议', en: 'proposals of the fifth plenum of the 19th Central Committee' },
  reform: { 'zh-CN': '二十届三中全会决定', en: 'decision of the third plenum of the 20th Central Committee' },
  charter: { 'zh-CN': '党章', en: 'Party Constitution' },
  gwr2024: { 'zh-CN': '2024年政府工作报告', en: '2024 government work report' },
  gwr2025: { 'zh-CN': '2025年政府工作报告', en: '2025 government work report' },
  no1: { 'zh-CN': '2024年中央一号文件', en: '2024 No. 1 central document' },
  cpc15: { 'zh-CN': '党的十五大报告', en: 'report to the 15th Party Congress' },
  gwr2003: { 'zh-CN': '2003年政府工作报告', en: '2003 government work report' },
} satisfies Record<FormulationSourceId, unknown> & Record<string, unknown>;

type Ctx = RuleContext<Options, never, keyof typeof MESSAGES>;

/** An entry as searched: context + formulation + context, with the lengths of the contexts. */
interface Entry {
  /** What is searched: `坚持人民至上`, `“四个意识”`, `中国式现代化`. */
  readonly full: string;
  /** Lengths of the exact context before and after the formulation. */
  readonly before: number;
  readonly after: number;
  readonly source: FormulationSourceId;
}

/** An anchor: the first or the second half of an entry; a one-character slip leaves one of them whole. */
interface Anchor {
  readonly entry: Entry;
  readonly left: boolean;
}

interface Index {
  /**
   * The anchors grouped by a hash of their first three code units: those of hash `h` are
   * `anchors[from[h]]` … `anchors[from[h + 1] - 1]`, each with its first three code units as one
   * number, so that a hash collision is rejected without a string comparison.
   */
  readonly from: Int32Array;
  /** 1 where a hash has anchors: one byte read for the many places that have none. */
  readonly present: Uint8Array;
  readonly anchors: readonly string[];
  readonly heads: Float64Array;
  readonly owners: readonly (readonly Anchor[])[];
  /** The outdated name an anchor is, in full, or undefined. */
  readonly olds: readonly (OutdatedFormulation | undefined)[];
  /** Every formulation as written (without context): a window that is one of them is no slip. */
  readonly known: ReadonlySet<string>;
  /** The length of the longest entry searched. */
  readonly longest: number;
  readonly byOld: ReadonlyMap<string, OutdatedFormulation>;
}

/** What one pass over the text found. */
interface Found {
  readonly slips: Slip[];
  /** Listed formulations written exactly. */
  readonly exact: Range[];
  /** Outdated names, by where they begin. */
  readonly olds: [number, OutdatedFormulation][];
}

/** A one-character difference from an entry, found in the text. */
interface Slip {
  readonly start: number;
  readonly end: number;
  readonly entry: Entry;
  readonly kind: 'sub' | 'ins' | 'del';
  /** Index in `entry.full` of the character replaced or dropped; for an insertion, the index it comes before. */
  readonly at: number;
  /** The character written in its place (sub) or added (ins); '' for a deletion. */
  readonly written: string;
}

const NUMERALS = `${AMOUNT_NUMERALS}0123456789`;
/** Characters that join a phrase to the next word: a formulation's last character replaced by one is a phrase going on (总体国家安全的). */
const JOINERS = '的地得之和与及或等是为在中上下里内外了着过也都就还又而并把被将对向从以于';
/** What may follow a formulation whose last character is in doubt: the end of a phrase. */
const PHRASE_END = '的和与及等、';
/** Conjunctions that official texts interchange (统筹发展和安全 / 与安全), and those they drop (统筹发展安全). */
const CONJUNCTIONS = '和与及同';
const DROPPABLE = '和与及';
/** Particles that may be added or dropped without a slip (中国共产党人（的）精神谱系), and that replace no character by mistake. */
const PARTICLES = '的之地了等';
/** A change this close to an edge of the formulation may belong to the next word (构建现代化…). */
const NEAR_EDGE = 2;
/** Edge characters may be replaced only in formulations at least this long. */
const EDGE_MIN = 6;
/** A shorter formulation is looked for only with its context or between quotation marks. */
const BARE_MIN = 6;
/** Levels of government: 全面依法治国 has its 依法治省, 依法治市. */
const LEVELS = '国省市县区乡镇村';

export default defineRule<Options>()({
  id: 'key-formulations',
  category: 'wording',
  title: { 'zh-CN': '重要提法', en: 'Key formulations' },
  description: {
    'zh-CN': '重要提法错一个字、漏一个字或多一个字（“中国式现代会”）；按文稿日期已经过时的机构名称和提法',
    en: 'A key formulation with one character wrong, missing or extra (中国式现代会); names and formulations outdated on the date of the document',
  },
  explanation: {
    'zh-CN':
      '重要提法（如“中国式现代化”“以人民为中心的发展思想”）一字不能错，错了就是政治性差错。本规则把文中与规范提法只差一个字的写法找出来，给出规范表述供选用；文稿写明日期（成文日期、带日期的副标题或标题）或配置了 documentDate 时，还指出在该日期已经改名的机构和已被新表述取代的提法。',
    en: 'A key formulation (中国式现代化, 以人民为中心的发展思想) must be written exactly; a slip in one is a political error. This rule finds wording one character away from a listed formulation and offers the standard one; when the document states its date (signature date, dated subtitle or title) or `documentDate` is configured, it also points out bodies renamed and formulations replaced by that date.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    allow: {
      type: 'string[]',
      default: [],
      description: {
        'zh-CN': '从不报告的写法；写上列表中的提法或旧名称（如“国土资源部”），就停用这一条',
        en: 'Wording never reported; naming a listed formulation or old name (such as 国土资源部) turns that entry off',
      },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const allow = ctx.options.allow;
    const index = indexFor(allow);
    const found = scan(ctx.doc.text, index);
    reportSlips(ctx, found, index, allow);
    const date = found.olds.length > 0 ? ctx.doc.documentDate : undefined;
    if (date) reportOutdated(ctx, date, found.olds, index);
  },
});

// ── (a) One character away from a listed formulation ────────────────────────────────────────

const NEIGHBOURS = LEGITIMATE_NEIGHBOURS.map((n) => n.text);

let cached: { key: string; index: Index } | undefined;

function indexFor(allow: readonly string[]): Index {
  const key = allow.join('\u0000');
  if (cached?.key !== key) cached = { key, index: buildIndex(new Set(allow)) };
  return cached.index;
}

function buildIndex(off: ReadonlySet<string>): Index {
  const known = new Set<string>();
  const anchors = new Map<string, Anchor[]>();
  const olds = new Map<string, OutdatedFormulation>();
  for (const e of OUTDATED_FORMULATIONS) {
    if (off.has(e.old)) continue;
    olds.set(e.old, e);
    if (!anchors.has(e.old)) anchors.set(e.old, []);
  }
  for (const { text, source } of KEY_FORMULATIONS) {
    const bar = text.indexOf('|');
    const formulation = text.slice(bar + 1);
    known.add(formulation);
    if (off.has(formulation) || off.has(text.replace('|', ''))) continue;
    let entry: Entry;
    if (bar >= 0) entry = { full: text.replace('|', ''), before: bar, after: 0, source };
    // Bare, a short formulation's neighbours are ordinary words (四个自然村, 高质量开展): it is looked for in quotation marks.
    else if (formulation.length < BARE_MIN) entry = { full: `“${formulation}”`, before: 1, after: 1, source };
    else entry = { full: formulation, before: 0, after: 0, source };
    const half = entry.full.length >> 1;
    for (const [anchor, left] of [[entry.full.slice(0, half), true], [entry.full.slice(half), false]] as const) {
      const list = anchors.get(anchor);
      if (list) list.push({ entry, left });
      else anchors.set(anchor, [{ entry, left }]);
    }
  }
  for (const anchor of anchors.keys()) if (anchor.length < 3) throw new Error(`an anchor shorter than its key: ${anchor}`);
  const hashOf = (a: string) => headHash(a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2));
  const sorted = [...anchors].sort(([a], [b]) => hashOf(a) - hashOf(b));
  const from = new Int32Array(HASHES + 1);
  for (const [anchor] of sorted) from[hashOf(anchor) + 1]!++;
  for (let h = 0; h < HASHES; h++) from[h + 1]! += from[h]!;
  const heads = Float64Array.from(sorted, ([a]) => head(a.charCodeAt(0), a.charCodeAt(1), a.charCodeAt(2)));
  let longest = 0;
  for (const anchor of anchors.values()) for (const { entry } of anchor) longest = Math.max(longest, entry.full.length);
  return { from, present: Uint8Array.from({ length: HASHES }, (_, h) => (from[h + 1]! > from[h]! ? 1 : 0)), anchors: sorted.map(([a]) => a), heads, owners: sorted.map(([, o]) => o), olds: sorted.map(([a]) => olds.get(a)), byOld: olds, known, longest };
}

/** The hash has 16 bits. */
const HASHES = 65536;

/** Every entry searched has at least six characters, so each half has at least three: the key. */
function headHash(c0: number, c1: number, c2: number): number {
  return (Math.imul((c0 << 16) | c1, 0x9e3779b1) + Math.imul(c2, 0x85ebca6b)) >>> 16;
}

function head(c0: number, c1: number, c2: number): number {
  return (c0 * 65536 + c1) * 65536 + c2;
}

/** One pass: each anchor found is checked for its entries' slips, exact formulations and outdated names. */
function scan(text: string, index: Index): Found {
  const { present, from, anchors, heads, owners, olds } = index;
  const found: Found = { slips: [], exact: [], olds: [] };
  const { slips, exact } = found;
  const n = text.length - 2;
  // Each code unit is read once: the window of three moves on by one.
  let c1 = text.charCodeAt(0);
  let c2 = text.charCodeAt(1);
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = text.charCodeAt(i + 2);
    const h = headHash(c0, c1, c2);
    if (present[h] === 0) continue;
    const end = from[h + 1]!;
    const key = head(c0, c1, c2);
    for (let a = from[h]!; a < end; a++) {
      if (heads[a] !== key) continue;
      const anchor = anchors[a]!;
      if (!text.startsWith(anchor, i)) continue;
      const old = olds[a];
      if (old) found.olds.push([i, old]);
      const list = owners[a]!;
      for (let o = 0; o < list.length; o++) {
        const { entry, left } = list[o]!;
        const found = left ? forward(text, i, entry, slips) : backward(text, i + anchor.length, entry, slips);
        if (found) exact.push(left ? [i, i + entry.full.length] : [i + anchor.length - entry.full.length, i + anchor.length]);
      }
    }
  }
  return found;
}

function reportSlips(ctx: Ctx, { slips, exact }: Found, index: Index, allow: readonly string[]): void {
  const { doc } = ctx;
  const text = doc.text;
  if (slips.length === 0) return;
  slips.sort((a, b) => a.start - b.start || b.entry.full.length - a.entry.full.length);
  exact.sort((a, b) => a[0] - b[0]);
  let last = -1;
  for (const slip of slips) {
    if (slip.start < last || !plausible(text, slip, index) || insideExact(slip, exact, index.longest) || allowed(text, slip, allow) || allowed(text, slip, NEIGHBOURS)) continue;
    if (doc.isIgnored(slip.start, slip.end)) continue;
    last = slip.end;
    report(ctx, slip);
  }
}

/**
 * Adds to `slips` each way `entry` may be written one character off in a window that begins at `p`
 * with the entry's first half (replaced, added or dropped after it); true when it is there exactly.
 */
function forward(text: string, p: number, entry: Entry, slips: Slip[]): boolean {
  const c = entry.full;
  const m = c.length;
  let k = 0;
  while (k < m && text.charCodeAt(p + k) === c.charCodeAt(k)) k++;
  if (k === m) return true;
  if (p + k >= text.length) return false;
  const written = text[p + k]!;
  if (same(text, p + k + 1, c, k + 1, m - k - 1)) slips.push({ start: p, end: p + m, entry, kind: 'sub', at: k, written });
  if (same(text, p + k + 1, c, k, m - k)) slips.push({ start: p, end: p + m + 1, entry, kind: 'ins', at: k, written });
  if (same(text, p + k, c, k + 1, m - k - 1)) slips.push({ start: p, end: p + m - 1, entry, kind: 'del', at: k, written: '' });
  return false;
}

/** As `forward`, for a window that ends at `q` with the entry's second half. */
function backward(text: string, q: number, entry: Entry, slips: Slip[]): boolean {
  const c = entry.full;
  const m = c.length;
  let k = 0;
  while (k < m && q - 1 - k >= 0 && text.charCodeAt(q - 1 - k) === c.charCodeAt(m - 1 - k)) k++;
  if (k === m) return true;
  const j = m - 1 - k;
  const t = q - 1 - k;
  if (t < 0) return false;
  const written = text[t]!;
  if (same(text, q - m, c, 0, j)) slips.push({ start: q - m, end: q, entry, kind: 'sub', at: j, written });
  if (same(text, t - j - 1, c, 0, j + 1)) slips.push({ start: q - m - 1, end: q, entry, kind: 'ins', at: j + 1, written });
  if (same(text, t + 1 - j, c, 0, j)) slips.push({ start: q - m + 1, end: q, entry, kind: 'del', at: j, written: '' });
  return false;
}

/** Whether `text` at `from` holds the `length` characters of `s` at `sFrom`. */
function same(text: string, from: number, s: string, sFrom: number, length: number): boolean {
  if (from < 0 || from + length > text.length) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(from + i) !== s.charCodeAt(sFrom + i)) return false;
  return true;
}

/** Whether the difference is a slip rather than other wording that happens to be one character away. */
function plausible(text: string, slip: Slip, index: Index): boolean {
  const { entry, kind, at, written } = slip;
  const c = entry.full;
  const from = entry.before;
  const to = c.length - entry.after;
  // The slip is inside the formulation, never in its context; an insertion, strictly inside.
  if (kind === 'ins' ? at <= from || at >= to : at < from || at >= to) return false;
  if (splitsPair(text, slip.start) || splitsPair(text, slip.end)) return false;
  const original = kind === 'ins' ? '' : c[at]!;
  // Punctuation and spacing are other rules' business; a numeral for a numeral is another congress or plenum.
  if ((original !== '' && !isHan(original)) || (written !== '' && !isHan(written))) return false;
  if (NUMERALS.includes(original) && (written === '' || NUMERALS.includes(written))) return false;
  if (written !== '' && NUMERALS.includes(written) && original === '') return false;
  if (kind === 'sub' && CONJUNCTIONS.includes(original) && CONJUNCTIONS.includes(written)) return false;
  if (kind === 'sub' && LEVELS.includes(original) && LEVELS.includes(written)) return false;
  if ((written !== '' && PARTICLES.includes(written)) || (kind === 'del' && PARTICLES.includes(original))) return false;
  if (kind !== 'sub' && DROPPABLE.includes(original || written)) return false;
  // Near an edge without context, the changed text may be the next word (构建现代化…): the window must end there.
  const last = kind === 'ins' ? at - 1 : at;
  if (entry.before === 0 && at < NEAR_EDGE && isHan(text[slip.start - 1] ?? '')) return false;
  const next = text[slip.end] ?? '';
  if (entry.after === 0 && last >= c.length - NEAR_EDGE && isHan(next) && !PHRASE_END.includes(next)) return false;
  const atStart = kind !== 'ins' && at === 0;
  const atEnd = kind !== 'ins' && at === c.length - 1;
  // A formulation without its first or last character is a shorter phrase, not a slip.
  if ((atStart || atEnd) && (kind === 'del' || c.length < EDGE_MIN || JOINERS.includes(written))) return false;
  // Wording that is itself a listed formulation (两个确保 beside 两个确立) is no slip of another.
  return !index.known.has(text.slice(slip.start + from, slip.end - entry.after));
}

/**
 * The changed character (for a deletion, both sides of the gap) belongs to a listed formulation
 * written exactly. `exact` is sorted by start; its ranges are at most `longest` long.
 */
function insideExact(slip: Slip, exact: readonly Range[], longest: number): boolean {
  const at = slip.start + slip.at;
  const from = slip.kind === 'del' ? at - 1 : at;
  // The last range starting at or before `from`, then back while one could still reach `at`.
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid]![0] <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && exact[k]![0] > at - longest; k--) if (at < exact[k]![1]) return true;
  return false;
}

/** One of `allow` is written over part of the slip's window. */
function allowed(text: string, slip: Slip, allow: readonly string[]): boolean {
  for (const a of allow) {
    if (a === '') continue;
    for (let i = Math.max(0, slip.start - a.length + 1); i < slip.end; i++) if (text.startsWith(a, i)) return true;
  }
  return false;
}

function report(ctx: Ctx, slip: Slip): void {
  const { entry } = slip;
  const range: Range = [slip.start + entry.before, slip.end - entry.after];
  const canonical = entry.full.slice(entry.before, entry.full.length - entry.after);
  const written = ctx.doc.text.slice(range[0], range[1]);
  ctx.report({
    range,
    messageId: 'slip',
    params: { written, canonical, source: { messageId: entry.source } },
    suggestions: [{ messageId: 'replace', params: { text: canonical }, fix: { range, text: canonical } }],
  });
}

// ── (b) Outdated on the document's date ─────────────────────────────────────────────────────

/** Words in the sentence that say the old name is meant as it was: 组建…，不再保留…; 原…; 更名为. */
const HISTORICAL = ['组建', '不再保留', '不再设立', '更名', '改名', '改称', '改为', '撤销', '前身', '时任', '转化为', '转变为', '挂牌', '成立'];

function reportOutdated(ctx: Ctx, date: DocumentDate, found: readonly [number, OutdatedFormulation][], index: Index): void {
  const { doc } = ctx;
  const text = doc.text;
  const byOld = index.byOld;
  // Where names overlap (中国银保监会, 银保监会), the one that begins first, then the longer, wins.
  const sorted = [...found].sort((a, b) => a[0] - b[0] || b[1].old.length - a[1].old.length);
  let last = -1;
  for (const [start, entry] of sorted) {
    const old = entry.old;
    const end = start + old.length;
    if (start < last || doc.isIgnored(start, end)) continue;
    last = end;
    if (compareDocumentDate(date, parseIsoDate(entry.since)!) !== 'yes' || historical(ctx, start, end)) continue;
    // 国土资源部门 is a department, not the ministry.
    if (old.endsWith('部') && text[end] === '门') continue;
    // A successor renamed again by the document's date: the name in force then.
    let name = entry.new;
    const seen = new Set([old]);
    for (let next = byOld.get(name); next && !seen.has(next.old) && compareDocumentDate(date, parseIsoDate(next.since)!) === 'yes'; next = byOld.get(name)) {
      seen.add(next.old);
      name = next.new;
    }
    const [y, mo, d] = entry.since.split('-').map(Number) as [number, number, number];
    ctx.report({
      range: [start, end],
      messageId: 'outdated',
      params: {
        old,
        new: name,
        since: { messageId: 'day', params: { year: y, month: mo, day: d } },
        date:
          date.month === undefined || date.day === undefined
            ? { messageId: 'year', params: { year: date.year } }
            : { messageId: 'day', params: { year: date.year, month: date.month, day: date.day } },
        source: entry.source,
      },
      suggestions: [{ messageId: 'replace', params: { text: name }, fix: { range: [start, end], text: name } }],
    });
  }
}

/** The old name is meant historically: after 原 or 前, in a 《title》, or in a sentence that tells the change. */
function historical(ctx: Ctx, start: number, end: number): boolean {
  const text = ctx.doc.text;
  const before = text[start - 1] ?? '';
  if (before === '原' || before === '前') return true;
  const [s, e] = ctx.doc.sentences.at(start);
  const open = text.lastIndexOf('《', start);
  if (open >= s && text.lastIndexOf('》', start) < open && text.indexOf('》', end) >= 0 && text.indexOf('》', end) <= e) return true;
  const sentence = text.slice(s, e);
  return HISTORICAL.some((w) => sentence.includes(w));
}
