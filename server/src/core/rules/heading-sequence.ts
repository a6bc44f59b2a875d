import { markerWith, numeralText, type NumeralKind } from '../model/outline.js';
import { defineRule, type RuleContext } from '../rule.js';
import { sequenceBreak } from '../model/sequence.js';
import type { Range } from '../types.js';

const MESSAGES = {
  start: { 'zh-CN': '序号应从「{expected}」开始，这里是「{found}」', en: 'Numbering should start at "{expected}"; found "{found}"' },
  gap: { 'zh-CN': '序号不连续：「{previous}」之后应为「{expected}」，这里是「{found}」', en: 'Numbering skips: after "{previous}" comes "{expected}", found "{found}"' },
  duplicate: { 'zh-CN': '序号重复：「{previous}」之后又是「{found}」，应为「{expected}」', en: 'Number repeated: "{found}" again after "{previous}"; should be "{expected}"' },
  backward: { 'zh-CN': '序号倒退：「{previous}」之后是「{found}」，应为「{expected}」', en: 'Numbering goes back: "{found}" after "{previous}"; should be "{expected}"' },
  follow: { 'zh-CN': '序号应为「{expected}」，这里是「{found}」（前面的序号有误，依次顺延）', en: 'Should be "{expected}", found "{found}" (an earlier number is off; the rest follow)' },
  restart: {
    'zh-CN': '序号在「{previous}」之后又从「{found}」开始；如是引用的范文或示例，请在前一行注明（如“范文：”）',
    en: 'Numbering starts again at "{found}" after "{previous}"; if this quotes a sample, say so on the line before (such as 范文：)',
  },
};

/** One numbered item of a sequence: a heading or an article. */
interface Numbered {
  readonly value: number;
  readonly marker: Range;
  readonly numeral: Range;
  readonly style: string;
  readonly numeralKind: NumeralKind;
}

export default defineRule()({
  id: 'heading-sequence',
  category: 'outline',
  title: { 'zh-CN': '标题序号顺序', en: 'Heading order' },
  description: {
    'zh-CN': '同级标题序号从一开始、连续、不重复、不倒退；第X章、第X条自成序列',
    en: 'Sibling headings are numbered from one, without gaps, repeats or steps back; 第X章/第X条 articles likewise',
  },
  explanation: {
    'zh-CN': '同级标题的序号应从一开始依次排列（GB/T 9704-2012 第7.3.3条的结构层次序数）；跳号、重号多是增删段落后忘了改号。可自动重新编号。',
    en: 'Sibling headings are numbered in order from one (GB/T 9704-2012 §7.3.3); gaps and repeats usually come from moving or deleting sections. Renumbering is automatic.',
  },
  defaultSeverity: 'error',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { outline } = ctx.doc;
    const runs: Numbered[][] = [];
    // Siblings: the same level under the same parent, in one scope. A new parent restarts the count —
    // unless the new run goes on from the last one (items numbered through a table of indicators).
    // Numeric keys: one per (scope, parent, level) and per (scope, level).
    const byParent = new Map<number, Numbered[]>();
    const lastOfLevel = new Map<number, Numbered[]>();
    for (const node of outline.nodes) {
      const key = (node.scope * (outline.nodes.length + 1) + node.parent + 1) * 8 + node.level;
      const levelKey = node.scope * 8 + node.level;
      let run = byParent.get(key);
      if (!run) {
        const previous = lastOfLevel.get(levelKey);
        const continues = previous && node.value !== 1 && node.value === previous[previous.length - 1]!.value + 1;
        run = continues ? previous : [];
        if (!continues) runs.push(run);
        byParent.set(key, run);
      }
      run.push(node);
      lastOfLevel.set(levelKey, run);
    }
    // Chapters and articles run through each part; sections restart in each chapter.
    const byArticle = new Map<string, Numbered[]>();
    let chapter = 0;
    for (const a of outline.articles) {
      if (a.unit === '章') chapter++;
      const key = a.unit === '节' ? `${a.part}/节/${chapter}` : `${a.part}/${a.unit}`;
      let run = byArticle.get(key);
      if (!run) runs.push((run = []));
      byArticle.set(key, run);
      run.push({ value: a.value, marker: a.marker, numeral: a.numeral, style: `第N${a.unit}`, numeralKind: 'chinese' });
    }
    runs.forEach((run, runId) => checkRun(ctx, run, runId));
    // A list started again with nothing to say why: once, at the restart; the lists on both sides are checked as they are.
    const text = ctx.doc.text;
    const shown = (r: Range) => text.slice(r[0], r[1]).trimEnd();
    for (const node of outline.nodes) {
      if (node.restart?.cause !== 'unmarked') continue;
      ctx.report({ range: node.marker, messageId: 'restart', params: { found: shown(node.marker), previous: shown(outline.nodes[node.restart.after]!.marker) } });
    }
  },
});

function checkRun(ctx: RuleContext<Record<string, never>>, run: readonly Numbered[], runId: number): void {
  const text = ctx.doc.text;
  let broken = false;
  run.forEach((item, i) => {
    const expected = i + 1;
    if (item.value === expected) return;
    const previous = run[i - 1];
    // Markers are shown without the spaces some carry (`五. `).
    const params = {
      found: text.slice(item.marker[0], item.marker[1]).trimEnd(),
      expected: markerWith(item, expected).trimEnd(),
      previous: previous ? text.slice(previous.marker[0], previous.marker[1]).trimEnd() : '',
    };
    const messageId = sequenceBreak(item.value, previous?.value, broken);
    broken = true;
    ctx.report({
      range: item.marker,
      messageId,
      params,
      fix: { range: item.numeral, text: numeralText(item.numeralKind, expected) },
      group: `heading-sequence:${runId}`,
    });
  });
}
