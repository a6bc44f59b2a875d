import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { DOCUMENT_TYPE_NAMES, ruleById, type DocumentType, type Finding, type Locale } from '../core/index.js';
import { docsHref } from './diagnostics.js';

const MORE: Readonly<Record<Locale, string>> = { 'zh-CN': '规则说明', en: 'About this rule' };
const TYPE: Readonly<Record<Locale, Readonly<Record<DocumentType['source'], string>>>> = {
  'zh-CN': { title: '从标题读出', subtitle: '从副标题读出', config: '配置中的 documentType' },
  en: { title: 'read from the title', subtitle: 'read from the subtitle', config: 'documentType in the configuration' },
};

/**
 * Over a finding: why its rule matters, in a sentence or two, and a link to the rule's page. Over
 * the title the document type was read from: that type, and where it came from.
 */
export function hoverAt(document: TextDocument, position: Position, findings: readonly Finding[], locale: Locale, type?: DocumentType): Hover | null {
  const offset = document.offsetAt(position);
  const over = findings.filter((f) => f.range[0] <= offset && offset <= f.range[1]);
  const ranges = over.map((f) => f.range);
  const ids = [...new Set(over.map((f) => f.ruleId))];
  const parts = ids.flatMap((id) => {
    const rule = ruleById(id);
    return rule ? [`**公文校对 · ${rule.title[locale]}** \`${id}\`　${rule.explanation[locale]} [${MORE[locale]}](${docsHref(rule)})`] : [];
  });
  if (type?.range && type.range[0] <= offset && offset <= type.range[1]) {
    const name = DOCUMENT_TYPE_NAMES[type.type];
    parts.unshift(locale === 'en' ? `**gongwen-lint · document type** ${name['zh-CN']} (${name.en}), ${TYPE.en[type.source]}` : `**公文校对 · 文种** ${name['zh-CN']}（${TYPE['zh-CN'][type.source]}）`);
    ranges.push(type.range);
  }
  if (parts.length === 0) return null;
  const start = Math.min(...ranges.map((r) => r[0]));
  const end = Math.max(...ranges.map((r) => r[1]));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}
