import { anyOf, countHan, HAN_CLASS } from '../text/chars.js';
import { CHANGE_VERBS, TARGET_RE } from '../text/verbs.js';
import type { Figure } from './figures.js';

/** Words that say how a figure changed, not what it measures: alone they name no metric. */
const GENERIC_PREFIX_RE = /^(?:同比|环比|年均|平均|每年|实际|名义|按可比价格计算|比上年|较上年|全年)+/;
const GENERIC_BASE_RE = new RegExp(`^(?:比|较)[${HAN_CLASS}\\d]{0,6}?(?=${anyOf(CHANGE_VERBS)})`);
const GENERIC_RE = new RegExp(`^${anyOf([...CHANGE_VERBS, '增幅', '增速', '回落', '为', '达', '共', '其中'])}*$`);

/** `同比增长`, `平均每年实际增长`, `比2010年增加`: words about a change, naming no metric of their own. */
function isGeneric(metric: string): boolean {
  return GENERIC_RE.test(metric.replace(GENERIC_PREFIX_RE, '').replace(GENERIC_BASE_RE, ''));
}
/**
 * Words a writer adds or leaves out without changing what is counted: `全年共组织安全检查`,
 * `全年组织开展安全检查` and `全年安全检查` are one metric.
 */
const FILLER_RE = /(?<!公)(?:共计|一共|总共|共)(?![同享建治产青])|(?<!党)组织(?![部建])|开展|先后/g;
const keyOf = (metric: string) => metric.replace(FILLER_RE, '');

// Shorter metrics (完成投资, 产业集群) name too little to be the same thing twice.
const MIN_METRIC = 6;

/**
 * Visits the figures that state a result of a named metric, in order, with the metric as read and
 * the key that groups the figures of one metric: the figures `figure-conflict` compares and the
 * report's figures table lists. Items of a list (`8.4%和11.4%`) are other things' values; a figure
 * saying only how something changed (同比增长8%) measures the metric named before it in its
 * sentence; figures in a sentence stating a target are plans, not results.
 */
export function forEachMetricFigure(text: string, figures: readonly Figure[], visit: (f: Figure, metric: string, key: string) => void): void {
  // Metrics and sentences recur: each is judged once.
  const generic = new Map<string, boolean>();
  const isGenericMetric = (m: string) => generic.get(m) ?? generic.set(m, isGeneric(m)).get(m)!;
  const keys = new Map<string, string>();
  const keyOfMetric = (m: string) => keys.get(m) ?? keys.set(m, keyOf(m)).get(m)!;
  let targetSentence = -1;
  let targetHere = false;
  let previousMetric = '';
  let previousSentence = -1;
  for (const f of figures) {
    if (f.sentence[0] !== previousSentence) {
      previousMetric = '';
      previousSentence = f.sentence[0];
    }
    if (f.listed) continue;
    const own = isGenericMetric(f.metric) ? '' : f.metric;
    const metric = own || (previousMetric && f.metric ? `${previousMetric}${f.metric}` : '');
    if (own) previousMetric = own;
    if (!metric || countHan(own || previousMetric, MIN_METRIC) < MIN_METRIC) continue;
    if (targetSentence !== f.sentence[0]) {
      targetSentence = f.sentence[0];
      targetHere = TARGET_RE.test(text.slice(f.sentence[0], f.sentence[1]));
    }
    if (targetHere) continue;
    visit(f, metric, keyOfMetric(metric));
  }
}
