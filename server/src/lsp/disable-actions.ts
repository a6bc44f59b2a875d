import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { format, isInternalError, ruleById, type DocFormat, type Finding, type Locale } from '../core/index.js';
import { commentSyntax } from '../core/readers/index.js';
import { findingOf } from './diagnostics.js';

const TITLE: Readonly<Record<Locale, string>> = {
  'zh-CN': '在此行停用“{rule}”检查（插入 gongwen-disable-next-line {id} 注释）',
  en: 'Disable "{rule}" for this line (insert a gongwen-disable-next-line {id} comment)',
};

/**
 * A comment above the line (in Markdown `<!-- … -->`) silences one rule there — for the figure a
 * writer checked and knows is right. Plain text has no comments, so nothing is offered there.
 */
export function disableActions(
  document: TextDocument,
  docFormat: DocFormat,
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  locale: Locale,
): CodeAction[] {
  const comment = commentSyntax(docFormat);
  if (!comment) return [];
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(document, diagnostic, findings);
    if (!finding || isInternalError(finding)) continue;
    const line = diagnostic.range.start.line;
    const key = `${line}:${finding.ruleId}`;
    if (offered.has(key)) continue;
    offered.add(key);
    const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)![0];
    const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
    actions.push({
      title: format(TITLE[locale], { rule: ruleById(finding.ruleId)?.title[locale] ?? finding.ruleId, id: finding.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        documentChanges: [
          {
            textDocument: { uri: document.uri, version: document.version },
            edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment.open} gongwen-disable-next-line ${finding.ruleId} ${comment.close}${eol}` }],
          },
        ],
      },
    });
  }
  return actions;
}
