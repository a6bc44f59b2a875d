import { toChineseCount } from '../text/numerals.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

const MESSAGES = {
  announced: { 'zh-CN': '前文说“{phrase}”，下文列出{actual}{measure}', en: 'Announces "{phrase}" but {actual} follow' },
  listed: { 'zh-CN': '列出了{actual}项，却说“{phrase}”', en: 'Lists {actual} items but says "{phrase}"' },
  suggestion: { 'zh-CN': '把“{numeral}”改为“{actual}”', en: 'Change "{numeral}" to "{actual}"' },
  first: { 'zh-CN': '列出的第一项', en: 'The first item listed' },
  last: { 'zh-CN': '列出的最后一项', en: 'The last item listed' },
};

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
    const text = ctx.doc.text;
    for (const list of ctx.doc.lists) {
      const actual = list.items.length;
      // With 等 (`…等七大方面`) a list may name fewer items than it counts.
      if (list.etc ? actual <= list.count : actual === list.count) continue;
      const [phraseStart, phraseEnd] = list.phrase;
      report(ctx, list.kind, text.slice(phraseStart, phraseEnd), text.slice(list.numeral[0], list.numeral[1]), list.measure, list.numeral, actual, list.items);
    }
  },
});

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
