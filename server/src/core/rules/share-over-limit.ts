import { writtenUnit, type Figure } from '../model/figures.js';
import { spanEnd } from '../model/sentences.js';
import { defineRule, type RuleContext } from '../rule.js';

const MESSAGES = {
  share: { 'zh-CN': '占比不能超过 100%，这里是 {value}%', en: 'A share cannot exceed 100%; here it is {value}%' },
  rate: { 'zh-CN': '“{rate}”不能超过 100%，这里是 {value}%', en: '"{rate}" cannot exceed 100%; here it is {value}%' },
  parts: { 'zh-CN': '其中各项之和（{sum}{unit}）超过总数（{total}{unit}）', en: 'The parts after 其中 add up to {sum}{unit}, more than the total of {total}{unit}' },
  total: { 'zh-CN': '总数在此', en: 'The total' },
};

/**
 * Rates that are a part of a whole by definition: they cannot pass 100%. Rates that can —
 * 增长率, and 完成率, 开工率, 执行率 when a plan is overfulfilled (投资完成率125.5%) — are not here.
 */
const BOUNDED_RATE_RE =
  /(?:(覆盖|办结|满意|闭环|复工|复产|入学|参保|达标|合格|知晓|到位|公布|公开|参与|出勤|接通|及时|准确|签约|普及|利用|处理|处置|受理|结案|就业|注册|治愈|优良|通过|整改|销号|回访|好评|安置|清零|收集|入驻|在线)率|满意度|知晓度)$/;
const SHARE_RE = /占[^，；：。]{0,30}?(?:的|比重|比例|比)?$/;
const CHANGE_RE = /增|降|减|提高|扩大|缩小|倍/;
/**
 * Verbs that open another metric inside a breakdown: in `新建卫生院6所，其中新建4所、改扩建3所、
 * 新增床位200张`, the beds are not a part of the clinics, whatever their unit.
 */
const OTHER_METRIC_RE = /^(?:其中)?(新增|带动|惠及|覆盖|涉及|受益|吸纳|解决|培训|发放|帮扶|安置|提供|创造|配套)/;

export default defineRule()({
  id: 'share-over-limit',
  category: 'figures',
  title: { 'zh-CN': '占比超限', en: 'Share over the limit' },
  description: {
    'zh-CN': '占比、覆盖率、办结率、满意率等不超过 100%；“其中”各项之和不超过总数',
    en: 'Shares and rates such as 覆盖率, 办结率 and 满意率 stay within 100%; parts after 其中 do not exceed their total',
  },
  explanation: {
    'zh-CN': '占比、覆盖率、满意率等按定义不超过 100%，“其中”各项之和也不能超过总数；超过了，说明某个数字写错了。',
    en: 'Shares, coverage and satisfaction rates cannot exceed 100%, and the parts after 其中 cannot add up to more than the total; if they do, a figure is wrong.',
  },
  defaultSeverity: 'error',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const figures = ctx.doc.figures;
    for (const f of figures) {
      if (f.unit !== '%' || f.value - f.tolerance <= 100 || f.approx === 'under') continue;
      const shown = trimNumber(f.value);
      const rate = BOUNDED_RATE_RE.exec(f.metric);
      if (rate) {
        ctx.report({ range: f.range, messageId: 'rate', params: { rate: rate[0], value: shown } });
      } else if (SHARE_RE.test(f.metric) && !CHANGE_RE.test(f.metric.slice(f.metric.lastIndexOf('占')))) {
        ctx.report({ range: f.range, messageId: 'share', params: { value: shown } });
      }
    }
    checkParts(ctx, figures);
  },
});

/**
 * `累计改造户厕3100户，其中水冲式2800户、三格式500户`: the parts add up to more than the total. The
 * parts are the figures of the total's unit, to the end of the segment, that do not name another
 * metric (`新增床位`).
 */
function checkParts(ctx: RuleContext<Record<string, never>>, figures: readonly Figure[]): void {
  const text = ctx.doc.text;
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if (total.unit === '%' || total.unit === '个百分点' || total.approx) continue;
    // 其中 opens the next clause.
    const after = text.slice(total.clause[1], total.clause[1] + 4);
    if (!/^[，,；;]其中/.test(after)) continue;
    const parts: Figure[] = [];
    for (let j = i + 1; j < figures.length; j++) {
      const f = figures[j]!;
      // The parts are the figures of the same unit up to the end of the segment (；or 。).
      if (f.sentence[0] !== total.sentence[0] || spanEnd(text, total.clause[1] + 1, 'segment', f.range[0]) < f.range[0]) break;
      if (f.unit !== total.unit) continue;
      const other = OTHER_METRIC_RE.exec(f.metric)?.[1];
      if (other && !text.slice(total.clause[0], total.range[0]).includes(other)) continue;
      parts.push(f);
    }
    // Parts that are the two ends of a change (`由40元提高到80元`) are not parts of the total.
    const change = (f: Figure) => /[由从到至]$/.test(text.slice(Math.max(0, f.range[0] - 3), f.range[0]));
    if (parts.length < 2 || parts.some((p) => p.approx || p.value > total.value || change(p))) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const slack = total.tolerance + parts.reduce((n, p) => n + p.tolerance, 0);
    if (sum <= total.value + slack) continue;
    // In the unit the writer used for the total: 3300户, 1.4万元.
    const scale = writtenUnit(text, total);
    ctx.report({
      range: [parts[0]!.range[0], parts[parts.length - 1]!.range[1]],
      messageId: 'parts',
      params: { sum: trimNumber(sum / scale.factor), total: trimNumber(total.value / scale.factor), unit: scale.label },
      related: [{ range: total.range, messageId: 'total' }],
    });
  }
}

function trimNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
