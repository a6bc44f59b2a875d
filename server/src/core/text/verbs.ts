/** Verbs around figures: how a figure changed, and the verbs that lead from a metric to its figure. */

/** 增长8%, 提高1.3个百分点; in budgets 增收1.63亿元 (revenue), 增支 (spending); 净增120户. */
export const RISE_VERBS: readonly string[] = ['增长', '增加', '提高', '上升', '增收', '增支', '净增'];
/** 下降2%, 减少300户, 减收2000万元. */
export const FALL_VERBS: readonly string[] = ['下降', '减少', '降低', '减收', '减支'];
/** Every verb of a change up or down. */
export const CHANGE_VERBS: readonly string[] = [...RISE_VERBS, ...FALL_VERBS];

/**
 * Verbs between a metric and its figure — 投资完成5.2亿元, 收入提高到80元 — which are not part of
 * the metric. Longest first, where one ends another (共计 before 计).
 */
export const FIGURE_VERBS: readonly string[] = [
  '提高到', '提高至', '增加到', '增加至', '稳定在', '保持在', '控制在', '累计', '共计', '总计', '合计', '完成', '实现', '达到',
  '超过', '突破', '增至', '升至', '共', '计', '达', '为', '是', '有',
];

/**
 * Adverbs between a metric and its figure — 满意率分别达到, 参保率均保持在 — at the metric's end.
 * Not the 均 of 人均, 年均, 平均.
 */
export const FIGURE_ADVERB_RE = /(?:分别|(?<![人年平户日月亩季周])均|始终|一直|依然|仍然|仍)$/;

/**
 * Words that make a sentence give other numbers for a metric on purpose: a plan or a target rather
 * than a result (预计, 力争, 到2025年…), or figures of several things at once (分别).
 */
export const TARGET_RE = /预期|预计|目标|力争|计划|争取|确保|拟|规划|分别|将(?!近)|[要需]达到|[要需]实现|(?<![增加提高长升降少])到\d{4}年/;

/**
 * The characters that make a 约 the end of another word — 节约, 制约, 预约, 签约, 条约… — where it
 * is no approximation: `签约3543亿元` is an exact figure, `节约50%左右` says 左右 once.
 */
export const YUE_WORD_HEADS = '节制预签契违公条相邀婉简隐俭誓履特';

/** Whether the 约 at `at` ends another word (签约) rather than saying "about". */
export function isWordYue(text: string, at: number): boolean {
  return at > 0 && YUE_WORD_HEADS.includes(text[at - 1]!);
}
