import { charClass, countHan } from '../text/chars.js';
import { ORDINAL_NUMERALS, parseOrdinal } from '../text/numerals.js';
import { CLAUSE_MARKS } from '../text/terminators.js';
import { TARGET_RE } from '../text/verbs.js';
import type { Range } from '../types.js';
import type { Figure } from './figures.js';
import { spanEndChars, type Spans } from './sentences.js';

/**
 * Ranks stated in the prose — `增幅四城区排名第一`, `进出口规模稳居全国第二` — with the metric they
 * rank: the subject of the rank's clause, or else of its segment (up to ；or 。).
 */
export interface Rank {
  /** `排名第一`, `位居全省第三位`: from the verb to the ordinal and its 位/名. */
  readonly range: Range;
  /** 排名, 位居, 位列 or 居. */
  readonly verb: string;
  /** The ordinal as written: `一`, `3`. */
  readonly ordinal: string;
  readonly value: number;
  /** What is ranked and among whom, just before the verb: `增幅四城区`, `总量全省`, or ''. */
  readonly phrase: string;
  /** The metric: words naming it, at least MIN_SUBJECT Han characters; '' when none is named. */
  readonly subject: string;
  /** Whether the rank's segment up to it is a plan or a target (TARGET_RE), not a result. */
  readonly target: boolean;
}

const ORDINAL = `${charClass(ORDINAL_NUMERALS)}+`;
const AMONG = `全[国省市区县]|同类城市|${ORDINAL}个?[城区县市省]+`;
const RANK_RE = new RegExp(`(排名|位居|位列|居)(?:${AMONG})?第(${ORDINAL}|\\d+)(?:位|名)?`, 'g');
// What is ranked and among whom, just before 排名: 增幅四城区, 总量全省.
const RANK_PHRASE_RE = new RegExp(`(?:增幅|增速|总量|规模|水平|综合|总体)?(?:在)?(?:全[国省市区县]|${ORDINAL}个?[城区县市省]+|同类城市)?$`);
// A subject must name something: 完成投资 is too little to be the same metric twice.
const MIN_SUBJECT = 4;
// A rank looks back no further than this for its segment and clause.
const LOOK_BACK = 200;
const SUBJECT_LEAD_RE = new RegExp(`^[${spanEndChars('clause')}\\s\\u3000]+`);
const SUBJECT_VERBS_RE = /(?:累计|完成|实现|达到|达|为|是|突破|超过|稳|连续|位|居|、)+$/;
const CLAUSE_SPLIT_RE = new RegExp(charClass(CLAUSE_MARKS));

/** What ranks are read from: the text, its figures in order, and its segments and clauses. */
export interface RankSources {
  readonly text: string;
  readonly figures: readonly Figure[];
  readonly segments: Spans;
  readonly clauses: Spans;
  isIgnored(start: number, end: number): boolean;
}

/** The ranks in the prose, in order. */
export function scanRanks(doc: RankSources): Rank[] {
  const { text, figures, segments, clauses } = doc;
  const out: Rank[] = [];
  let figureIndex = 0;
  for (const m of text.matchAll(RANK_RE)) {
    const at = m.index;
    const range: Range = [at, at + m[0].length];
    const value = parseOrdinal(m[2]!);
    if (!value || doc.isIgnored(range[0], range[1])) continue;
    const segmentStart = Math.max(segments.at(at)[0], at - LOOK_BACK);
    const clauseStart = Math.max(clauses.at(at)[0], at - LOOK_BACK);
    const before = text.slice(segmentStart, at);
    while (figureIndex < figures.length && figures[figureIndex]!.range[0] < segmentStart) figureIndex++;
    const phrase = RANK_PHRASE_RE.exec(before)![0];
    // The subject is named in the rank's own clause (进出口规模稳居全国第二), or else at the start of
    // its segment (全区固定资产投资完成X亿元，增幅四城区排名第一).
    const subject = [clauseStart, segmentStart]
      .map((from) => subjectOf(text, from, at - phrase.length, figures, figureIndex))
      .find((candidate) => countHan(candidate) >= MIN_SUBJECT);
    out.push({ range, verb: m[1]!, ordinal: m[2]!, value, phrase, subject: subject ?? '', target: TARGET_RE.test(before) });
  }
  return out;
}

/** The words naming a metric from `from`: up to its first figure or `end`, in the first clause, without verbs. */
function subjectOf(text: string, from: number, end: number, figures: readonly Figure[], figureIndex: number): string {
  let i = figureIndex;
  while (i < figures.length && figures[i]!.range[0] < from) i++;
  const figure = figures[i];
  const until = figure && figure.range[0] < end ? figure.range[0] : end;
  return text.slice(from, Math.max(from, until)).replace(SUBJECT_LEAD_RE, '').split(CLAUSE_SPLIT_RE)[0]!.replace(SUBJECT_VERBS_RE, '');
}
