import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { format, isFindingOf, type Finding, type Locale } from '../core/index.js';
import { COMMANDS, type AllowArgs, type FillAllArgs, type FillArgs } from '../protocol.js';
import { findingOf } from './diagnostics.js';

const TITLES = {
  'zh-CN': { fill: '填写占位符…', fillAll: '全部填写“{label}”（{n} 处）…', allow: '“{text}”不是占位符：在本项目中不再报告“{text}”（加入允许列表）' },
  en: { fill: 'Fill in placeholder…', fillAll: 'Fill in all "{label}" ({n})…', allow: '"{text}" is not a placeholder: stop reporting "{text}" in this project (allow-list)' },
} as const;

/**
 * Quick fixes for `placeholder` diagnostics: fill this blank; fill every repeat of it where the
 * repeats take one answer (a name, the 届次 of one meeting — never figures); put a term whose X is a
 * letter on the allow-list (never a figure, date or place blank). `findings` are those of the
 * linted version, so nothing is re-linted.
 */
export function placeholderActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  locale: Locale,
): CodeAction[] {
  const t = TITLES[locale];
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const finding = findingOf(document, diagnostic, findings);
    if (!finding || !isFindingOf(finding, 'placeholder')) continue;
    const fill: FillArgs = { uri: document.uri, version: document.version, range: diagnostic.range };
    actions.push({
      title: t.fill,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: t.fill, command: COMMANDS.fill, arguments: [fill] },
    });
    const data = finding.data;
    const identical = data?.shared ? findings.filter((f) => isFindingOf(f, 'placeholder') && f.data?.key === data.key) : [];
    if (data && identical.length > 1) {
      const title = format(t.fillAll, { n: identical.length, label: data.what });
      const args: FillAllArgs = {
        uri: document.uri,
        version: document.version,
        key: data.key,
        range: diagnostic.range,
        ranges: identical.map((f) => ({ start: document.positionAt(f.range[0]), end: document.positionAt(f.range[1]) })),
      };
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: COMMANDS.fillAll, arguments: [args] },
      });
    }
    const entry = data?.allow;
    if (entry === undefined) continue;
    const title = format(t.allow, { text: entry });
    const allow: AllowArgs = { uri: document.uri, text: entry };
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: COMMANDS.allow, arguments: [allow] },
    });
  }
  return actions;
}
