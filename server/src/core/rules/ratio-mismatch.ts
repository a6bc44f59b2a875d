import { writtenUnit, type Figure } from '../model/figures.js';
import { anyOf, HAN_CLASS } from '../text/chars.js';
import { CHANGE_VERBS, FALL_VERBS } from '../text/verbs.js';
import { defineRule, type MessageParams, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  tolerance: number;
}

const MESSAGES = {
  ratio: {
    'zh-CN': '“{rate}”与前面的数字不符：{part}÷{total} = {computed}%，这里是 {stated}%',
    en: '"{rate}" disagrees with the figures before it: {part} ÷ {total} = {computed}%, stated {stated}%',
  },
  growth: {
    'zh-CN': '增幅与前后两个数字不符：由 {from} 到 {to} 是{direction} {computed}%，这里是 {stated}%',
    en: 'The change disagrees with its two figures: from {from} to {to} is {direction} {computed}%, stated {stated}%',
  },
  increase: {
    'zh-CN': '{increase}，{base}应为{baseValue}，{direction}应为{computed}%，这里是{stated}%',
    en: '{increase}: the base would be {baseValue}, so {direction} {computed}%, stated {stated}%',
  },
  base: { 'zh-CN': '原值', en: 'the base' },
  value: { 'zh-CN': '现值', en: 'The value' },
  amount: { 'zh-CN': '增减额', en: 'The change' },
  part: { 'zh-CN': '部分', en: 'The part' },
  total: { 'zh-CN': '总数', en: 'The total' },
  from: { 'zh-CN': '原值', en: 'From' },
  to: { 'zh-CN': '现值', en: 'To' },
  up: { 'zh-CN': '增长', en: 'a rise of' },
  down: { 'zh-CN': '下降', en: 'a fall of' },
};

const RATE_RE = new RegExp(`([${HAN_CLASS}]{2})率$`);
const PLAN_RE = new RegExp(`完成[${HAN_CLASS}]{0,6}(?:计划|任务|目标)[的]?$`);
const GROWTH_RE = new RegExp(`(${anyOf(CHANGE_VERBS)})(?:了)?$`);
const FALL_RE = new RegExp(anyOf(FALL_VERBS));
// `由40元`, `从上年的40元`; `提高到80元`, `增加到2025年的80元`.
const FROM_RE = /[由从](?:[^，。；、由从到至]{0,6}的)?$/;
const TO_RE = new RegExp(`(?:${anyOf([...CHANGE_VERBS, '扩大', '缩小'])}?(?:到|至)|增至|降至|升至)(?:[^，。；、由从到至]{0,6}的)?$`);
/** How a change compares (`同比`, `比上年`, `较上年同期`, or nothing), then its verb: `比上年增加`. */
const INCREASE_RE = new RegExp(`^(?:(同比|环比)|(?:比|较|与)([^，。；、]{1,10}?)(?:相比)?)?(${anyOf(CHANGE_VERBS)})了?$`);
const BASE_WORDS: Readonly<Record<string, string>> = { 同比: '上年同期', 环比: '上期' };
/** The base named as such: `上年同期为7800万元`. */
const BASE_RE = /^(?=.)(?:上年|去年|上期|上月)?(?:同期)?$/;
/** Changes that are not the plain one between two values: per year, price-adjusted, on a comparable basis. */
const NOT_PLAIN_RE = /年均|平均|每年|实际|可比|不变价|口径/;
/** Output is compared at constant prices: its growth is not the change of the nominal values. */
const PRICE_ADJUSTED_RE = /生产总值|增加值|GDP|经济总量/;

export default defineRule<Options>()({
  id: 'ratio-mismatch',
  category: 'figures',
  title: { 'zh-CN': '比率与数据不符', en: 'Ratio against its figures' },
  description: {
    'zh-CN': '写明的比率与旁边给出的部分和总数不符：复工率、完成年计划的百分比、同比增幅',
    en: 'A stated rate disagrees with the part and total given beside it: 复工率, share of the annual plan, growth',
  },
  explanation: {
    'zh-CN': '写明的比率应能由旁边的部分和总数算出（如 190÷210 = 90.5%，不是 95%）；数字更新后比率常常忘了重算。',
    en: 'A stated rate should follow from the part and the total beside it (190 ÷ 210 = 90.5%, not 95%); rates are often not recomputed when figures change.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    tolerance: {
      type: 'number',
      default: 0,
      description: {
        'zh-CN': '在写明的精度之外再允许的误差（百分点）',
        en: 'Extra tolerance in percentage points, beyond the precision the rate is written with',
      },
      validate: (value) =>
        (value as number) >= 0 ? undefined : { 'zh-CN': '应为非负数', en: 'must not be negative' },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const figures = ctx.doc.figures;
    for (let i = 0; i < figures.length; i++) {
      const rate = figures[i]!;
      if (rate.unit !== '%' || rate.approx) continue;
      const before = figures.slice(sentenceStart(figures, i), i).filter((f) => !f.approx);
      const pair = partAndTotal(ctx.doc.text, before, rate) ?? planAndResult(before, rate);
      if (pair) {
        checkRatio(ctx, rate, pair.part, pair.total);
        continue;
      }
      checkGrowth(ctx, figures, i, before);
    }
  },
});

function sentenceStart(figures: readonly Figure[], i: number): number {
  let j = i;
  while (j > 0 && figures[j - 1]!.sentence[0] === figures[i]!.sentence[0]) j--;
  return j;
}

/**
 * `X户个体工商户，复工Y户，复工率Z%` (the part is named by the rate's stem), or `N家企业中，有M家…，
 * …率Z%` (the total is followed by 中). Silent unless exactly one reading is found.
 */
function partAndTotal(text: string, before: readonly Figure[], rate: Figure): { part: Figure; total: Figure } | undefined {
  const stem = RATE_RE.exec(rate.metric)?.[1];
  if (!stem) return undefined;
  const candidates = before.filter((f) => f.unit !== '%' && f.unit !== '个百分点');
  const parts = candidates.filter((f) => f.metric.endsWith(stem));
  if (parts.length === 1) {
    const part = parts[0]!;
    const totals = candidates.filter((f) => f !== part && f.unit === part.unit && f.range[0] < part.range[0] && f.value >= part.value);
    if (totals.length === 1) return { part, total: totals[0]! };
  }
  // The words after the total, to the end of its clause: `规模以上企业中`.
  const totals = candidates.filter((f) => /中[，,]?$/.test(text.slice(f.range[1], Math.min(f.clause[1] + 1, f.range[1] + 24))));
  if (totals.length === 1) {
    const total = totals[0]!;
    const rest = candidates.filter((f) => f.range[0] > total.range[0] && f.unit === total.unit);
    if (rest.length === 1 && rest[0]!.value <= total.value) return { part: rest[0]!, total };
  }
  return undefined;
}

/** `年度计划投资A亿元，…完成投资B亿元，完成年计划的P%`. */
function planAndResult(before: readonly Figure[], rate: Figure): { part: Figure; total: Figure } | undefined {
  if (!PLAN_RE.test(rate.metric)) return undefined;
  const plans = before.filter((f) => f.unit !== '%' && /计划/.test(f.metric));
  const results = before.filter((f) => f.unit !== '%' && /完成/.test(f.metric) && !/计划/.test(f.metric));
  if (plans.length !== 1 || results.length !== 1 || plans[0]!.unit !== results[0]!.unit) return undefined;
  return { part: results[0]!, total: plans[0]! };
}

function checkRatio(ctx: RuleContext<Options>, rate: Figure, part: Figure, total: Figure): void {
  if (total.value - total.tolerance <= 0) return;
  const low = ((part.value - part.tolerance) / (total.value + total.tolerance)) * 100;
  const high = ((part.value + part.tolerance) / (total.value - total.tolerance)) * 100;
  const margin = rate.tolerance + ctx.options.tolerance;
  if (rate.value + margin >= low && rate.value - margin <= high) return;
  const text = ctx.doc.text;
  ctx.report({
    range: rate.range,
    messageId: 'ratio',
    params: {
      rate: RATE_RE.exec(rate.metric)?.[0] ?? rate.metric,
      part: shown(text, part),
      total: shown(text, total),
      computed: round((part.value / total.value) * 100, decimalsOf(rate) + 1),
      stated: shownValue(rate),
    },
    related: [
      { range: part.range, messageId: 'part' },
      { range: total.range, messageId: 'total' },
    ],
  });
}

/**
 * A stated change (`增长15%`, `同比下降2.3%`) against the figures it follows from:
 * - `由40元提高到80元，增长100%`: the two values;
 * - `完成2560万元，比上年增加310万元，增长15%` (or `…增长15%，增收310万元`): the value and the
 *   amount of the change, which give the base: 2560 − 310 = 2250;
 * - `完成8600万元，上年同期为7800万元，同比增长12%`: the value and the base.
 */
function checkGrowth(ctx: RuleContext<Options>, figures: readonly Figure[], i: number, before: readonly Figure[]): void {
  const rate = figures[i]!;
  const verb = GROWTH_RE.exec(rate.metric)?.[1];
  // Average yearly (年均) and real (实际, price-adjusted) growth are not the plain change between the two values.
  if (!verb || NOT_PLAIN_RE.test(rate.metric)) return;
  const down = FALL_RE.test(verb);
  const text = ctx.doc.text;
  const reading = twoValues(text, figures, i, before, down) ?? valueAndChange(text, figures, i, down);
  if (!reading || !differs(ctx, rate, extremes(reading.a, reading.b, reading.change))) return;
  const { a, b } = reading;
  ctx.report({
    range: rate.range,
    messageId: reading.messageId,
    params: {
      ...reading.params,
      direction: { messageId: down ? 'down' : 'up' },
      computed: round(reading.change(a.value, b.value), decimalsOf(rate) + 1),
      stated: shownValue(rate),
    },
    related: reading.related,
  });
}

/** Two figures a stated change follows from, how, and what the message says of them. */
interface Reading {
  readonly a: Figure;
  readonly b: Figure;
  /** The change in percent from the values of `a` and `b`. */
  readonly change: (a: number, b: number) => number;
  readonly messageId: 'growth' | 'increase';
  readonly params: MessageParams<keyof typeof MESSAGES>;
  readonly related: readonly { range: Range; messageId: keyof typeof MESSAGES }[];
}

/** `由40元提高到80元` or `完成8600万元，上年同期为7800万元`: from one value to the other. */
function twoValues(text: string, figures: readonly Figure[], i: number, before: readonly Figure[], down: boolean): Reading | undefined {
  const pair = fromAndTo(text, before) ?? valueAndBase(text, figures, i);
  if (!pair || pair.from.value - pair.from.tolerance <= 0) return undefined;
  const { from, to } = pair;
  return {
    a: from,
    b: to,
    change: (x, y) => ((down ? x - y : y - x) / x) * 100,
    messageId: 'growth',
    params: { from: shown(text, from), to: shown(text, to) },
    related: [
      { range: from.range, messageId: 'from' },
      { range: to.range, messageId: 'to' },
    ],
  };
}

/** `完成2560万元，比上年增加310万元`: the base is the value less the rise, or plus the fall. */
function valueAndChange(text: string, figures: readonly Figure[], i: number, down: boolean): Reading | undefined {
  const found = valueAndIncrease(text, figures, i, down);
  if (!found) return undefined;
  const { value, increase, comparator } = found;
  const base = (v: number, d: number) => (down ? v + d : v - d);
  // A base that may be zero or less has no rate of change.
  if (base(value.value - value.tolerance, increase.value + (down ? -increase.tolerance : increase.tolerance)) <= 0) return undefined;
  const unit = writtenUnit(text, value);
  const decimals = Math.max(decimalsIn(value, unit.factor), decimalsIn(increase, unit.factor));
  const baseWord = BASE_WORDS[comparator.words] ?? comparator.words.replace(/^的|的$/g, '');
  return {
    a: value,
    b: increase,
    change: (v, d) => (d / base(v, d)) * 100,
    messageId: 'increase',
    params: {
      increase: comparator.text,
      base: baseWord === '' ? { messageId: 'base' } : baseWord,
      baseValue: `${Number((base(value.value, increase.value) / unit.factor).toFixed(decimals))}${unit.label}`,
    },
    related: [
      { range: value.range, messageId: 'value' },
      { range: increase.range, messageId: 'amount' },
    ],
  };
}

/** `由A提高到B`: one figure after 由/从, one after 到/至, in order, of one unit. */
function fromAndTo(text: string, before: readonly Figure[]): { from: Figure; to: Figure } | undefined {
  const lead = (f: Figure) => text.slice(Math.max(f.sentence[0], f.range[0] - 10), f.range[0]);
  const froms = before.filter((f) => f.unit !== '%' && FROM_RE.test(lead(f)));
  const tos = before.filter((f) => f.unit !== '%' && TO_RE.test(lead(f)));
  if (froms.length !== 1 || tos.length !== 1) return undefined;
  const from = froms[0]!;
  const to = tos[0]!;
  if (from.unit !== to.unit || to.range[0] < from.range[0] || notPlain(text, from, to)) return undefined;
  return { from, to };
}

/** `完成8600万元，上年同期为7800万元，同比增长12%`: the value, then the base, then the rate of neither's own metric. */
function valueAndBase(text: string, figures: readonly Figure[], i: number): { from: Figure; to: Figure } | undefined {
  const rate = figures[i]!;
  const base = figures[i - 1];
  if (!base || !BASE_RE.test(base.metric) || !amount(base) || !INCREASE_RE.test(rate.metric)) return undefined;
  if (base.sentence[0] !== rate.sentence[0] || /[；;]/.test(between(text, base, rate))) return undefined;
  const value = valueBefore(text, figures, i - 1);
  if (!value || value.unit !== base.unit || notPlain(text, value, figures[i]!)) return undefined;
  return { from: base, to: value };
}

/**
 * `完成2560万元，比上年增加310万元，增长15%`, or `…增长15%，增收310万元`: the amount of the change
 * right before or after the rate, with nothing but how it compares (比上年, 同比) before it in its
 * clause, and the value in the clause before. Changes in the two directions are left alone.
 */
function valueAndIncrease(
  text: string,
  figures: readonly Figure[],
  i: number,
  down: boolean,
): { value: Figure; increase: Figure; comparator: { text: string; words: string } } | undefined {
  const rate = figures[i]!;
  // The rate names no metric of its own (`旅游收入增长18%` is not the change of the value before it).
  const rateWords = INCREASE_RE.exec(rate.metric);
  if (!rateWords) return undefined;
  for (const j of [i - 1, i + 1]) {
    const increase = figures[j];
    if (!increase || !amount(increase) || increase.sentence[0] !== rate.sentence[0] || /[；;]/.test(between(text, rate, increase))) continue;
    const m = INCREASE_RE.exec(increase.metric);
    if (!m || FALL_RE.test(m[3]!) !== down) continue;
    const value = valueBefore(text, figures, Math.min(i, j));
    if (!value || value.unit !== increase.unit || notPlain(text, value, figures[Math.max(i, j)]!)) continue;
    // How the change compares, from the increase's words or else the rate's: 比上年, 同比.
    const how = m[1] || m[2] ? m : rateWords;
    const words = how[1] ?? how[2] ?? '';
    return { value, increase, comparator: { text: increase.metric + text.slice(increase.range[0], increase.range[1]), words } };
  }
  return undefined;
}

/**
 * The value a change is of: the nearest figure before `figures[j]`, percentages passed over (`为年初
 * 预算的61.2%`), in an earlier clause of the same segment, itself no change or base.
 */
function valueBefore(text: string, figures: readonly Figure[], j: number): Figure | undefined {
  const next = figures[j]!;
  let k = j - 1;
  while (k >= 0 && (figures[k]!.unit === '%' || figures[k]!.unit === '个百分点') && figures[k]!.sentence[0] === next.sentence[0]) k--;
  const value = figures[k];
  if (!value || !amount(value) || value.sentence[0] !== next.sentence[0] || value.clause[0] === next.clause[0]) return undefined;
  if (INCREASE_RE.test(value.metric) || BASE_RE.test(value.metric) || /[；;]/.test(between(text, value, next))) return undefined;
  return value;
}

/** An exact amount that a change can be computed from: not a percentage or a share. */
function amount(f: Figure): boolean {
  return f.unit !== '%' && f.unit !== '个百分点' && !f.approx && !f.listed;
}

function between(text: string, a: Figure, b: Figure): string {
  return a.range[0] < b.range[0] ? text.slice(a.range[1], b.range[0]) : text.slice(b.range[1], a.range[0]);
}

/**
 * Figures whose change is not the plain one between them: output (生产总值, 增加值) grows at
 * constant prices, and 可比口径 adjusts the base.
 */
function notPlain(text: string, first: Figure, last: Figure): boolean {
  return PRICE_ADJUSTED_RE.test(first.metric) || NOT_PLAIN_RE.test(text.slice(first.range[1], last.range[0]));
}

/** The least and the greatest `f(a, b)` over the values `a` and `b` may have, given their precision. */
function extremes(a: Figure, b: Figure, f: (a: number, b: number) => number): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const x of [a.value - a.tolerance, a.value + a.tolerance]) {
    for (const y of [b.value - b.tolerance, b.value + b.tolerance]) {
      low = Math.min(low, f(x, y));
      high = Math.max(high, f(x, y));
    }
  }
  return [low, high];
}

/** Whether the stated rate is outside `[low, high]` by more than its own rounding and the option's slack. */
function differs(ctx: RuleContext<Options>, rate: Figure, [low, high]: [number, number]): boolean {
  const margin = rate.tolerance + ctx.options.tolerance;
  return rate.value + margin < low || rate.value - margin > high;
}

function shown(text: string, f: Figure): string {
  return text.slice(f.number[0], f.range[1]);
}

/** Decimals a figure is written with, in a unit `factor` times its base unit: 310万元 in 万 → 0. */
function decimalsIn(f: Figure, factor: number): number {
  return f.tolerance === 0 ? 0 : Math.max(0, Math.round(-Math.log10((f.tolerance * 2) / factor)));
}

function decimalsOf(f: Figure): number {
  return Math.max(0, Math.round(-Math.log10(f.tolerance * 2)));
}

/** The computed rate with one decimal more than the stated one has, at most two. */
function round(n: number, decimals: number): string {
  return String(Number(n.toFixed(Math.min(decimals, 2))));
}

function shownValue(f: Figure): string {
  return String(f.value);
}
