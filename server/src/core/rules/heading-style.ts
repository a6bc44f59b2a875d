import type { HeadingLevel, OutlineNode } from '../model/outline.js';
import { defineRule } from '../rule.js';

/** GB/T 9704-2012 §7.3.3 and GB/T 15834-2011 §4.5: how each level's marker is written. */
const CANONICAL: Readonly<Record<HeadingLevel, readonly string[]>> = {
  1: ['N、'],
  2: ['（N）'],
  3: ['N.', 'N．'],
  4: ['（N）'],
  5: ['N'],
};

const MESSAGES = {
  wrong: { 'zh-CN': '{level}序号应写作「{expected}」，这里是「{found}」', en: 'A {level} heading number is written "{expected}", not "{found}"' },
  mixed: { 'zh-CN': '同一层序号写法不一致：本文多用「{expected}」，这里是「{found}」', en: 'Headings of one level written two ways: mostly "{expected}", here "{found}"' },
  'level:1': { 'zh-CN': '第一层', en: 'first-level' },
  'level:2': { 'zh-CN': '第二层', en: 'second-level' },
  'level:3': { 'zh-CN': '第三层', en: 'third-level' },
  'level:4': { 'zh-CN': '第四层', en: 'fourth-level' },
  'level:5': { 'zh-CN': '第五层', en: 'fifth-level' },
};

export default defineRule()({
  id: 'heading-style',
  category: 'outline',
  title: { 'zh-CN': '标题序号写法', en: 'Heading marker style' },
  description: {
    'zh-CN': '标题序号的标点与括号：一、（一）1.（1）①，全角括号，同层写法一致',
    en: 'Heading number punctuation and brackets: 一、 （一） 1. （1） ①, full-width brackets, one style per level',
  },
  explanation: {
    'zh-CN': '各层序号的写法：一、（一）1.（1）（GB/T 9704-2012 第7.3.3条）；汉字序号后用顿号，加括号的序号后不再加点号（GB/T 15834-2011 附录B.3）。',
    en: 'Each level is written one way: 一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3); a Chinese numeral takes 、 and a bracketed number takes no further punctuation (GB/T 15834-2011 Annex B.3).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { text, outline } = ctx.doc;
    const preferred = preferredStyles(outline.nodes);
    for (const node of outline.nodes) {
      const canonical = CANONICAL[node.level];
      const expectedStyle = preferred.get(groupOf(node)) ?? canonical[0]!;
      if (node.style === expectedStyle) continue;
      const numeral = text.slice(node.numeral[0], node.numeral[1]);
      const expected = expectedStyle.replace('N', numeral);
      const found = text.slice(node.marker[0], node.marker[1]);
      ctx.report({
        range: node.marker,
        messageId: canonical.includes(node.style) ? 'mixed' : 'wrong',
        params: { level: { messageId: `level:${node.level}` }, expected, found },
        fix: { range: node.marker, text: expected },
      });
    }
  },
});

/**
 * For levels with two correct styles (1. and 1．), the one each part (the main text, each
 * attachment, each sample it quotes) uses most; ties go to the first. Keyed by `groupOf`.
 */
function preferredStyles(nodes: readonly OutlineNode[]): Map<number, string> {
  // Counts of each canonical style by group, in CANONICAL's order: a heading per line must not cost a string key each.
  const counts = new Map<number, number[]>();
  for (const node of nodes) {
    const index = CANONICAL[node.level].indexOf(node.style);
    if (index < 0) continue;
    const group = groupOf(node);
    let byStyle = counts.get(group);
    if (!byStyle) counts.set(group, (byStyle = CANONICAL[node.level].map(() => 0)));
    byStyle[index]!++;
  }
  const preferred = new Map<number, string>();
  for (const node of nodes) {
    const group = groupOf(node);
    if (preferred.has(group)) continue;
    const byStyle = counts.get(group);
    let best = 0;
    if (byStyle) for (let k = 1; k < byStyle.length; k++) if (byStyle[k]! > byStyle[best]!) best = k;
    preferred.set(group, CANONICAL[node.level][best]!);
  }
  return preferred;
}

/** One number per part, sample and level (levels are 1–5): the key headings share a preferred style under. */
function groupOf(node: OutlineNode): number {
  return (node.part * 2 ** 26 + node.sample) * 8 + node.level;
}
