import { applyFixes, type Finding, type Locale } from '../core/index.js';
import { trackable, type Annotation } from './annotate.js';
import type { DocxDocument } from './read.js';

interface Say {
  readonly replace: string;
  readonly remove: string;
  readonly insert: string;
}

const SAY: Readonly<Record<Locale, { suggested: Say; revised: Say; rule: string }>> = {
  'zh-CN': {
    suggested: { replace: '建议：将「{from}」改为「{to}」', remove: '建议：删除「{from}」', insert: '建议：在此处加上「{to}」' },
    revised: { replace: '已作修订：将「{from}」改为「{to}」', remove: '已作修订：删除「{from}」', insert: '已作修订：在此处加上「{to}」' },
    rule: '（公文校对 · {rule}）',
  },
  en: {
    suggested: { replace: 'Suggestion: change "{from}" to "{to}"', remove: 'Suggestion: delete "{from}"', insert: 'Suggestion: insert "{to}" here' },
    revised: { replace: 'Tracked change: "{from}" changed to "{to}"', remove: 'Tracked change: "{from}" deleted', insert: 'Tracked change: "{to}" inserted here' },
    rule: '(gongwen-lint · {rule})',
  },
};

/**
 * A comment per finding: its message, the correction it suggests (its fix, else its suggestions),
 * the rule. With `revisions`, the fixes `applyFixes` would apply — of those a tracked change can
 * hold — are written as tracked changes too, so that accepting them all gives the text one pass
 * of fixes gives; the others stay suggestions in their comments.
 */
export function annotationsOf(document: DocxDocument, findings: readonly Finding[], locale: Locale, options: { readonly revisions: boolean }): Annotation[] {
  const { text } = document;
  const canTrack = trackable(document);
  const tracked = new Set(options.revisions ? applyFixes(text, findings.filter((f) => f.fix && canTrack(f.fix))).applied : []);
  return findings.map((finding) => {
    const lines = [finding.message];
    const revised = tracked.has(finding);
    if (finding.fix) {
      const say = SAY[locale][revised ? 'revised' : 'suggested'];
      const from = text.slice(finding.fix.range[0], finding.fix.range[1]);
      const to = finding.fix.text;
      lines.push((from === '' ? say.insert : to === '' ? say.remove : say.replace).replace('{from}', () => from).replace('{to}', () => to));
    }
    for (const suggestion of finding.suggestions ?? []) lines.push(suggestion.title);
    lines.push(SAY[locale].rule.replace('{rule}', finding.ruleId));
    return { range: finding.range, text: lines.join('\n'), ...(revised && { revision: finding.fix! }) };
  });
}
