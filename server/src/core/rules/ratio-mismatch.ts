import type { Figure } from '../model/figures.js';
import { anyOf, HAN_CLASS } from '../text/chars.js';
import { CHANGE_VERBS, FALL_VERBS } from '../text/verbs.js';
import { defineRule, type RuleContext } from '../rule.js';

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
const FROM_RE = /[由从]$/;
const TO_RE = new RegExp(`${anyOf([...CHANGE_VERBS, '扩大', '缩小'])}?(?:到|至)$|增至$|降至$|升至$`);

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
      checkGrowth(ctx, before, rate);
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
  const shown = (f: Figure) => text.slice(f.number[0], f.range[1]).replace(/^[约近达到超过逾]+/, '');
  ctx.report({
    range: rate.range,
    messageId: 'ratio',
    params: {
      rate: RATE_RE.exec(rate.metric)?.[0] ?? rate.metric,
      part: shown(part),
      total: shown(total),
      computed: round((part.value / total.value) * 100, decimalsOf(rate) + 1),
      stated: shownValue(rate),
    },
    related: [
      { range: part.range, messageId: 'part' },
      { range: total.range, messageId: 'total' },
    ],
  });
}

/** `由40元提高到80元，增长100%`: the stated change against the two values. */
function checkGrowth(ctx: RuleContext<Options>, before: readonly Figure[], rate: Figure): void {
  const verb = GROWTH_RE.exec(rate.metric)?.[1];
  // Average yearly (年均) and real (实际, price-adjusted) growth are not the plain change between the two values.
  if (!verb || /年均|平均|每年|实际|可比/.test(rate.metric)) return;
  const text = ctx.doc.text;
  const lead = (f: Figure) => text.slice(Math.max(f.sentence[0], f.range[0] - 4), f.range[0]);
  const froms = before.filter((f) => f.unit !== '%' && FROM_RE.test(lead(f)));
  const tos = before.filter((f) => f.unit !== '%' && TO_RE.test(lead(f)));
  if (froms.length !== 1 || tos.length !== 1) return;
  const from = froms[0]!;
  const to = tos[0]!;
  if (from.unit !== to.unit || to.range[0] < from.range[0] || from.value - from.tolerance <= 0) return;
  const down = FALL_RE.test(verb);
  const change = (a: number, b: number) => ((down ? a - b : b - a) / a) * 100;
  const low = change(from.value + (down ? -from.tolerance : from.tolerance), to.value + (down ? to.tolerance : -to.tolerance));
  const high = change(from.value + (down ? from.tolerance : -from.tolerance), to.value + (down ? -to.tolerance : to.tolerance));
  const margin = rate.tolerance + ctx.options.tolerance;
  if (rate.value + margin >= Math.min(low, high) && rate.value - margin <= Math.max(low, high)) return;
  const shown = (f: Figure) => text.slice(f.number[0], f.range[1]);
  ctx.report({
    range: rate.range,
    messageId: 'growth',
    params: {
      from: shown(from),
      to: shown(to),
      direction: { messageId: down ? 'down' : 'up' },
      computed: round(change(from.value, to.value), decimalsOf(rate) + 1),
      stated: shownValue(rate),
    },
    related: [
      { range: from.range, messageId: 'from' },
      { range: to.range, messageId: 'to' },
    ],
  });
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
