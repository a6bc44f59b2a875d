import { AMOUNT_NUMERALS } from '../text/numerals.js';
import { YUE_WORD_HEADS } from '../text/verbs.js';
import { defineRule, type RuleContext } from '../rule.js';

const MESSAGES = {
  repeated: {
    'zh-CN': '“{first}”和“{second}”意思重复，保留一个',
    en: '"{first}" and "{second}" say the same thing; keep one',
  },
  decrease: {
    'zh-CN': '“{phrase}”说不通：减少不能用倍数表示，改用百分数或分数（如“降低50%”“减少到原来的三分之一”）',
    en: '"{phrase}" makes no sense: a decrease is not a multiple; use a percentage or a fraction (降低50%, 减少到原来的三分之一)',
  },
  remove: { 'zh-CN': '删去“{word}”', en: 'Remove "{word}"' },
};

/** A number: Arabic with its scale (`50`, `3.5万`, `1,200`), or a Chinese amount (`三十`, `百`). */
const NUMBER = `(?:[0-9０-９][0-9０-９,.．]*(?:万亿|亿|万|千|百)?|[${AMOUNT_NUMERALS}]+)`;
/** What may stand between a number and 左右/以上 inside one clause: a unit such as 万元 or 个百分点. */
const UNIT_GAP = '[^，,。．；;：:！!？?、\\s]{0,6}?';
// 约 of 节约, 制约, 预约… is no approximation: `节约50%左右`.
const ABOUT = `(?<![${YUE_WORD_HEADS}])(?:大约|约)`;
// 近 of 最近, 附近… is no approximation: `最近10多年`.
const NEAR = '(?<![最附邻临就亲靠贴逼])近';
/** [pattern with groups (first word)(…)(second word), whose spelling is the two words]. */
const PAIRS: readonly RegExp[] = [
  new RegExp(`(${ABOUT})(${NUMBER}${UNIT_GAP})(左右)`, 'g'),
  new RegExp(`(${ABOUT})(${NUMBER})(多|余)`, 'g'),
  // 近 before a span of time is 'recent' as often as 'nearly': 近一百多年来, 近十余年.
  new RegExp(`(${NEAR})(${NUMBER})(多|余)(?!年|个月|天|日|周|届|代)`, 'g'),
  new RegExp(`(超过)(${NUMBER}${UNIT_GAP})(以上)`, 'g'),
];
const DECREASE_RE = new RegExp(`(?:降低|减少|下降|缩小|缩减)了?${NUMBER}倍`, 'g');

export default defineRule()({
  id: 'redundancy',
  category: 'numbers',
  title: { 'zh-CN': '约数重复', en: 'Redundant approximation' },
  description: {
    'zh-CN': '“约…左右”“约…多/余”“近…多/余”“超过…以上”语义重复；“降低/减少N倍”说不通',
    en: 'Approximations said twice (约…左右, 约…多/余, 近…多/余, 超过…以上); a decrease given as a multiple (降低N倍)',
  },
  explanation: {
    'zh-CN':
      '“约”“左右”“多”“余”“近”都表示约数，“超过”和“以上”都表示超出，同一个数用两个是重复。减少以原数为上限，减少一倍已为零，“降低3倍”说不通，应改用百分数或分数。',
    en: 'An approximate number takes one word of approximation: 约, 左右, 多, 余 and 近 each say it, as 超过 and 以上 each say "more than". A decrease cannot be a multiple — a decrease by one time leaves nothing — so write a percentage or a fraction.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    for (const re of PAIRS) ctx.doc.match(re, (m, start) => reportPair(ctx, m, start));
    ctx.doc.match(DECREASE_RE, (m, start) => {
      if (!withinClause(ctx, start, start + m[0].length)) return;
      ctx.report({ range: [start, start + m[0].length], messageId: 'decrease', params: { phrase: m[0] } });
    });
  },
});

function reportPair(ctx: RuleContext<Record<string, never>>, m: RegExpExecArray, start: number): void {
  const [whole, first, between, second] = m as unknown as [string, string, string, string];
  const end = start + whole.length;
  if (!withinClause(ctx, start, end)) return;
  const secondAt = start + first.length + between.length;
  ctx.report({
    range: [start, end],
    messageId: 'repeated',
    params: { first, second },
    suggestions: [
      { messageId: 'remove', params: { word: first }, fix: { range: [start, start + first.length], text: '' } },
      { messageId: 'remove', params: { word: second }, fix: { range: [secondAt, end], text: '' } },
    ],
  });
}

/** The two words of the finding belong to one clause: `约` in one and `左右` in the next do not pair. */
function withinClause(ctx: RuleContext<Record<string, never>>, start: number, end: number): boolean {
  return ctx.doc.clauses.at(start)[1] >= end;
}
