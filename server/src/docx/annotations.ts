import type { Finding, Locale } from '../core/index.js';
import type { Annotation } from './annotate.js';

const SAY: Readonly<Record<Locale, { replace: string; remove: string; insert: string; rule: string }>> = {
  'zh-CN': { replace: '建议：将「{from}」改为「{to}」', remove: '建议：删除「{from}」', insert: '建议：在此处加上「{to}」', rule: '（公文校对 · {rule}）' },
  en: { replace: 'Suggestion: change "{from}" to "{to}"', remove: 'Suggestion: delete "{from}"', insert: 'Suggestion: insert "{to}" here', rule: '(gongwen-lint · {rule})' },
};

/** A comment per finding: its message, the correction it suggests (its fix, else its suggestions), the rule. */
export function annotationsOf(text: string, findings: readonly Finding[], locale: Locale): Annotation[] {
  const say = SAY[locale];
  return findings.map((finding) => {
    const lines = [finding.message];
    if (finding.fix) {
      const from = text.slice(finding.fix.range[0], finding.fix.range[1]);
      const to = finding.fix.text;
      lines.push((from === '' ? say.insert : to === '' ? say.remove : say.replace).replace('{from}', from).replace('{to}', to));
    }
    for (const suggestion of finding.suggestions ?? []) lines.push(suggestion.title);
    lines.push(say.rule.replace('{rule}', finding.ruleId));
    return { range: finding.range, text: lines.join('\n') };
  });
}
