import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range as LspRange } from 'vscode-languageserver/node';
import { format, type Finding, type Locale } from '../core/index.js';
import { allowEntryFor } from '../fill/allow-entry.js';
import { findingOf } from './diagnostics.js';

/** Client commands the quick fixes run; registered by the extension, not by the server. */
export const COMMANDS = {
  fill: 'gongwen.fillPlaceholder',
  fillAll: 'gongwen.fillAllPlaceholders',
  allow: 'gongwen.allowPlaceholder',
} as const;

export interface FillArgs {
  readonly uri: string;
  readonly version: number;
  readonly range: LspRange;
}

export interface FillAllArgs {
  readonly uri: string;
  readonly version: number;
  readonly key: string;
  /** The blank the fix was chosen on: the prompt shows its sentence. */
  readonly range: LspRange;
  readonly ranges: readonly LspRange[];
}

export interface AllowArgs {
  readonly uri: string;
  readonly text: string;
}

const TITLES = {
  'zh-CN': { fill: '填写占位符…', fillAll: '全部填写（{n} 处）…', allow: '不是占位符：将“{text}”加入允许列表' },
  en: { fill: 'Fill in placeholder…', fillAll: 'Fill in all ({n})…', allow: 'Not a placeholder: add "{text}" to the allow-list' },
} as const;

/**
 * Quick fixes for `placeholder` diagnostics: fill this blank, fill every identical blank, or put
 * the text on the allow-list. `findings` are those of the linted version, so nothing is re-linted.
 */
export function placeholderActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  locale: Locale,
): CodeAction[] {
  const t = TITLES[locale];
  const actions: CodeAction[] = [];
  const text = document.getText();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(document, diagnostic, findings);
    if (finding?.ruleId !== 'placeholder') continue;
    const fill: FillArgs = { uri: document.uri, version: document.version, range: diagnostic.range };
    actions.push({
      title: t.fill,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: t.fill, command: COMMANDS.fill, arguments: [fill] },
    });
    const key = finding.data?.['key'];
    const identical = typeof key === 'string' ? findings.filter((f) => f.ruleId === 'placeholder' && f.data?.['key'] === key) : [];
    if (identical.length > 1) {
      const title = format(t.fillAll, { n: identical.length });
      const args: FillAllArgs = {
        uri: document.uri,
        version: document.version,
        key: key as string,
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
    const unit = finding.data?.['unit'];
    const entry = allowEntryFor(text, finding.range, typeof unit === 'string' ? unit : '');
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
