import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { ruleById, type Finding, type Locale } from '../core/index.js';
import { docsHref } from './diagnostics.js';

const MORE: Readonly<Record<Locale, string>> = { 'zh-CN': '规则说明', en: 'About this rule' };

/** Over a finding: why its rule matters, in a sentence or two, and a link to the rule's page. */
export function hoverAt(document: TextDocument, position: Position, findings: readonly Finding[], locale: Locale): Hover | null {
  const offset = document.offsetAt(position);
  const here = findings.filter((f) => f.range[0] <= offset && offset <= f.range[1]);
  const ids = [...new Set(here.map((f) => f.ruleId))];
  const parts = ids.flatMap((id) => {
    const rule = ruleById(id);
    return rule ? [`**公文校对 · ${rule.title[locale]}** \`${id}\`　${rule.explanation[locale]} [${MORE[locale]}](${docsHref(rule)})`] : [];
  });
  if (parts.length === 0) return null;
  const start = Math.min(...here.map((f) => f.range[0]));
  const end = Math.max(...here.map((f) => f.range[1]));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}
