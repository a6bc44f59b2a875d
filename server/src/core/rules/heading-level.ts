import type { OutlineNode } from '../model/outline.js';
import { defineRule } from '../rule.js';

interface Options {
  allowArabicUnderChinese: boolean;
}

const LEVEL_EXAMPLES = ['', '一、', '（一）', '1.', '（1）', '①'];

const MESSAGES = {
  skip: {
    'zh-CN': '层级跳跃：「{found}」直接出现在「{parent}」之下，中间缺少{missing}层',
    en: 'Level skipped: "{found}" directly under "{parent}", without the {missing} level between',
  },
  inverted: {
    'zh-CN': '层级颠倒：「{found}」出现在同一节中更低一层的「{deeper}」之后',
    en: 'Levels inverted: "{found}" comes after "{deeper}", a lower level in the same section',
  },
};

export default defineRule<Options>()({
  id: 'heading-level',
  category: 'outline',
  title: { 'zh-CN': '标题层级', en: 'Heading levels' },
  description: {
    'zh-CN': '标题层级依次为 一、→（一）→ 1. →（1）：不跳级、不颠倒',
    en: 'Heading levels go 一、 → （一） → 1. → （1）: no level skipped, none inverted',
  },
  explanation: {
    'zh-CN': '结构层次依次为 一、→（一）→ 1. →（1）（GB/T 9704-2012 第7.3.3条）；跳过一层或上下颠倒，读者就看不出条理。',
    en: 'Levels go 一、 → （一） → 1. → （1） (GB/T 9704-2012 §7.3.3); skipping or inverting a level hides the structure from the reader.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    allowArabicUnderChinese: {
      type: 'boolean',
      default: true,
      description: {
        'zh-CN': '允许常见的两层写法：「一、」之下直接用「1.」',
        en: 'Allow the common two-level practice of "1." directly under "一、"',
      },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const { text, outline } = ctx.doc;
    const nodes = outline.nodes;
    const marker = (n: OutlineNode) => text.slice(n.marker[0], n.marker[1]);
    // The deepest level used so far among the children of each parent (-1: the top of a scope).
    const deepest = new Map<string, OutlineNode>();
    // One inversion per section is enough: the headings after it are inverted for the same reason.
    const inverted = new Set<string>();
    for (const node of nodes) {
      // A sample's first headings stand under the guide's heading that quotes it, at levels of their own.
      const parent = node.parent >= 0 && nodes[node.parent]!.sample === node.sample ? nodes[node.parent]! : undefined;
      const key = `${node.scope}/${node.parent}`;
      const deeper = deepest.get(key);
      if (deeper && deeper.level > node.level) {
        if (inverted.has(key)) continue;
        inverted.add(key);
        ctx.report({ range: node.marker, messageId: 'inverted', params: { found: marker(node), deeper: marker(deeper) } });
      } else if (parent && node.level - parent.level > 1 && !(ctx.options.allowArabicUnderChinese && parent.level === 1 && node.level === 3)) {
        const missing = LEVEL_EXAMPLES.slice(parent.level + 1, node.level).map((m) => `「${m}」`).join('');
        ctx.report({ range: node.marker, messageId: 'skip', params: { found: marker(node), parent: marker(parent), missing } });
      }
      if (!deeper || node.level > deeper.level) deepest.set(key, node);
    }
  },
});
