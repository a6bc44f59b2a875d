import type { SourceDocument } from '../model/document.js';
import type { Figure } from '../model/figures.js';
import { forEachMetricFigure } from '../model/figure-metrics.js';
import type { Rank } from '../model/ranks.js';
import type { TimeWord } from '../model/times.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  approximateTolerance: number;
}

const MESSAGES = {
  value: { 'zh-CN': '同一指标前后不一致：“{metric}”前文为 {first}，这里为 {second}', en: 'One metric, two values: "{metric}" is {first} earlier and {second} here' },
  rank: { 'zh-CN': '同一指标的排名前后不一致：“{metric}”前文为第{first}，这里为第{second}', en: 'One metric, two ranks: "{metric}" ranks {first} earlier and {second} here' },
  earlier: { 'zh-CN': '前文的数字', en: 'The earlier figure' },
};

export default defineRule<Options>()({
  id: 'figure-conflict',
  category: 'figures',
  title: { 'zh-CN': '同一指标数值矛盾', en: 'Conflicting figures' },
  description: {
    'zh-CN': '同一指标在文中前后给出不同的数值或排名（单位换算后比较，如 5.2亿元 = 52000万元）',
    en: 'One metric given different values or ranks in one document (compared after unit conversion: 5.2亿元 = 52000万元)',
  },
  explanation: {
    'zh-CN': '同一个指标在一篇稿子里只能有一个数；前后不一，多半是一处改了、另一处没改。比较时已换算单位、按写出的精度和约数放宽。',
    en: 'One metric should have one value in one document; two values usually mean one place was updated and the other was not. Units are converted and precision and approximations allowed for.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    approximateTolerance: {
      type: 'number',
      default: 0.1,
      description: {
        'zh-CN': '带“约、近、余、左右”等的数字允许的相对误差（0.1 即 10%）',
        en: 'Relative tolerance for approximate figures (约, 近, 余, 左右…): 0.1 is 10%',
      },
      validate: (value) =>
        (value as number) >= 0 && (value as number) < 1 ? undefined : { 'zh-CN': '应在 0 与 1 之间', en: 'must be between 0 and 1' },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    // Earlier figures by metric and unit: the first one of each distinct time context (so the lists
    // stay short however many times a metric recurs).
    const earlierByMetric = new Map<string, Map<string, Earlier[]>>();
    const contextOf = timeContext(doc);
    forEachMetricFigure(text, doc.figures, (f, metric, key) => {
      const context = contextOf(f);
      let byUnit = earlierByMetric.get(key);
      if (!byUnit) earlierByMetric.set(key, (byUnit = new Map()));
      let list = byUnit.get(f.unit);
      if (!list) byUnit.set(f.unit, (list = []));
      let earlier: Earlier | undefined;
      let seenContext = false;
      for (const e of list) {
        earlier ??= compatible(e.context, context) ? e : undefined;
        seenContext ||= sameContext(e.context, context);
      }
      if (!seenContext) list.push({ figure: f, context });
      if (!earlier || agree(earlier.figure, f, ctx.options.approximateTolerance)) return;
      if (!comparable(text, earlier.figure, f)) return;
      ctx.report({
        range: f.range,
        messageId: 'value',
        params: { metric, first: written(text, earlier.figure.range), second: written(text, f.range) },
        related: [{ range: earlier.figure.range, messageId: 'earlier' }],
      });
    });
    checkRanks(doc.ranks, (range, params, related) => ctx.report({ range, messageId: 'rank', params, related: [{ range: related, messageId: 'earlier' }] }));
  },
});

interface Earlier {
  readonly figure: Figure;
  readonly context: Context;
}

/** The times a figure is about: named in its section's heading, and in its paragraph up to its sentence. */
interface Context {
  readonly part: number;
  readonly section: string;
  readonly paragraph: string;
}

/**
 * Two figures describe the same time unless both name one and the times differ: a figure with no
 * time of its own (`全县粮食播种面积12.8万亩`) may contradict one given `今年以来`.
 */
function sameContext(a: Context, b: Context): boolean {
  return a.part === b.part && a.section === b.section && a.paragraph === b.paragraph;
}

function compatible(a: Context, b: Context): boolean {
  const same = (x: string, y: string) => x === '' || y === '' || x === y;
  return a.part === b.part && same(a.section, b.section) && same(a.paragraph, b.paragraph);
}

/**
 * The times a figure is about are often set well before its sentence: by the section's heading
 * (`一、2025年工作回顾`) and by the paragraph's opening (`五年来，…`). Figures come in order, so the
 * lookups walk forward.
 */
function timeContext(doc: SourceDocument): (f: Figure) => Context {
  const paragraphs = doc.paragraphs;
  const tops = doc.outline.nodes.filter((n) => n.parent < 0);
  let p = 0;
  let s = -1;
  let sectionTimes = '';
  // The times named so far in the current paragraph, read once each: figures come in order.
  let seen = new Set<string>();
  let seenText = '';
  let readUntil = paragraphs[0]?.start ?? 0;
  // Read on the first figure: a document with no figure to compare needs no time words.
  let words: readonly TimeWord[] | undefined;
  // The next time word not yet read in the paragraphs, and in the headings' titles.
  let next = 0;
  let nextInTitle = 0;
  let context: Context = { part: 0, section: '', paragraph: '' };
  return (f) => {
    words ??= doc.timeWords;
    let changed = false;
    while (p + 1 < paragraphs.length && paragraphs[p]!.end < f.range[0]) {
      p++;
      seen = new Set();
      seenText = '';
      readUntil = paragraphs[p]!.start;
      changed = true;
    }
    while (s + 1 < tops.length && tops[s + 1]!.paragraph.start <= f.range[0]) {
      s++;
      const [titleStart, titleEnd] = tops[s]!.title;
      while (nextInTitle < words.length && words[nextInTitle]!.range[0] < titleStart) nextInTitle++;
      const inTitle = new Set<string>();
      for (let i = nextInTitle; i < words.length && words[i]!.range[1] <= titleEnd; i++) inTitle.add(words[i]!.word);
      sectionTimes = [...inTitle].sort().join(',');
      changed = true;
    }
    if (f.sentence[1] > readUntil) {
      const before = seen.size;
      // Figures come in order: the time words are read once, up to the end of each figure's sentence.
      while (next < words.length && words[next]!.range[0] < readUntil) next++;
      for (; next < words.length && words[next]!.range[1] <= f.sentence[1]; next++) seen.add(words[next]!.word);
      readUntil = f.sentence[1];
      if (seen.size !== before) {
        seenText = [...seen].sort().join(',');
        changed = true;
      }
    }
    // One context object while nothing changes: most figures share their neighbours' context.
    if (changed) context = { part: s >= 0 ? tops[s]!.part : 0, section: sectionTimes, paragraph: seenText };
    return context;
  };
}

/**
 * Whether two figures can both be true: equal within the precision they are written with, or, when
 * one is approximate, within its meaning — 110万人以上 allows 149.4万人, 近300万 does not allow 320万.
 */
function agree(a: Figure, b: Figure, approximate: number): boolean {
  const slack = a.tolerance + b.tolerance;
  return low(a, approximate) <= high(b, approximate) + slack && low(b, approximate) <= high(a, approximate) + slack;
}

/**
 * Whether a difference between two figures of one metric is a slip rather than two different
 * scopes. Figures far apart (603.7万 over five years, 121.7万 in one) measure different things,
 * unless the digits are the same and only the scale differs (5.2亿 against 5.2万: a unit slip);
 * a round target (30万人, 500万人以上) next to a precise result (31.7万人) is a plan, not a slip.
 */
function comparable(text: string, a: Figure, b: Figure): boolean {
  const digitsA = digitsOf(text, a.number);
  const digitsB = digitsOf(text, b.number);
  if (digitsA !== '' && digitsA === digitsB) return true;
  const ratio = Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), Number.MIN_VALUE);
  if (ratio > 1.5) return false;
  const significantA = significant(digitsA);
  const significantB = significant(digitsB);
  if ((significantA <= 1 && (a.approx || significantB >= 3)) || (significantB <= 1 && (b.approx || significantA >= 3))) return false;
  return true;
}

/** The ASCII digits of a number as written: `1,234.5` → `12345`. */
function digitsOf(text: string, range: Range): string {
  let out = '';
  for (let i = range[0]; i < range[1]; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) out += text[i];
  }
  return out;
}

/** Digits between the first and the last non-zero one: `120500` → 4. */
function significant(digits: string): number {
  let start = 0;
  let end = digits.length;
  while (start < end && digits.charCodeAt(start) === 48) start++;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  return end - start;
}

// Bounds one at a time rather than as a pair: they are computed for every repeated figure.
function low(f: Figure, approximate: number): number {
  return f.approx === 'under' || f.approx === 'about' ? f.value * (1 - approximate) : f.value;
}

function high(f: Figure, approximate: number): number {
  return f.approx === 'over' ? Infinity : f.approx === 'about' ? f.value * (1 + approximate) : f.value;
}

/**
 * `增幅四城区排名第一` and, for the same metric, `排名第二`: ranks (model/ranks.ts) of one subject,
 * ranked among the same, that differ. Ranks stated as targets are not compared.
 */
function checkRanks(
  ranks: readonly Rank[],
  report: (range: Range, params: Readonly<Record<string, string>>, related: Range) => void,
): void {
  const first = new Map<string, Rank>();
  for (const rank of ranks) {
    if (rank.target || !rank.subject) continue;
    const key = `${rank.subject}|${rank.phrase}${rank.verb}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, rank);
    else if (earlier.value !== rank.value) report(rank.range, { metric: rank.subject, first: earlier.ordinal, second: rank.ordinal }, earlier.range);
  }
}

function written(text: string, range: Range): string {
  return text.slice(range[0], range[1]).replace(/^(?:达到|达)/, '');
}
