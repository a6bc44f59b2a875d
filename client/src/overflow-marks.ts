import * as vscode from 'vscode';
import { COMMANDS } from '../../server/src/protocol.js';
import { undrawnDiagnostics } from './marker-limit.js';

/** A diagnostic the editor does not draw, marked by the extension instead. */
export interface OverflowMark {
  readonly range: vscode.Range;
  readonly severity: vscode.DiagnosticSeverity;
  readonly hover: vscode.MarkdownString;
}

export interface OverflowMarks extends vscode.Disposable {
  /** The marks on the visible editor of `uri` (for tests). */
  marksOf(uri: vscode.Uri): readonly OverflowMark[];
}

/** As close to the editor's own squiggles as decorations get; hints are dotted and stay off the ruler, as VS Code's. */
const STYLES: ReadonlyArray<readonly [vscode.DiagnosticSeverity, vscode.DecorationRenderOptions]> = [
  [vscode.DiagnosticSeverity.Error, squiggle('editorError.foreground', 'editorOverviewRuler.errorForeground')],
  [vscode.DiagnosticSeverity.Warning, squiggle('editorWarning.foreground', 'editorOverviewRuler.warningForeground')],
  [vscode.DiagnosticSeverity.Information, squiggle('editorInfo.foreground', 'editorOverviewRuler.infoForeground')],
  [vscode.DiagnosticSeverity.Hint, { textDecoration: `underline dotted ${cssColor('editorHint.foreground')}` }],
];

function squiggle(color: string, ruler: string): vscode.DecorationRenderOptions {
  return {
    textDecoration: `underline wavy ${cssColor(color)}`,
    overviewRulerColor: new vscode.ThemeColor(ruler),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  };
}

/** The CSS variable the workbench defines for a theme colour: `editorError.foreground` → `--vscode-editorError-foreground`. */
function cssColor(id: string): string {
  return `var(--vscode-${id.replace(/\./g, '-')})`;
}

/**
 * Marks, with decorations, the diagnostics of a file that the editor does not draw: past 1000 VS
 * Code does not even forward them, and it draws only the first 500 of those it has (marker-limit.ts).
 * A 合订本 of ten speeches has well over a thousand blanks; without these marks the squiggles stop
 * part-way through while the count and Alt+. still know every blank. Each mark has the squiggle,
 * the ruler mark and the hover the editor would have given it. `diagnosticsOf` gives the language
 * client's collection for a file, in the order VS Code gets it.
 */
export function overflowMarks(diagnosticsOf: (uri: vscode.Uri) => readonly vscode.Diagnostic[]): OverflowMarks {
  const types = STYLES.map(([severity, style]) => [severity, vscode.window.createTextEditorDecorationType({ ...style, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed })] as const);
  const marked = new Map<vscode.TextEditor, OverflowMark[]>();

  const update = (editor: vscode.TextEditor) => {
    const marks = undrawnDiagnostics(diagnosticsOf(editor.document.uri)).map((d) => ({ range: d.range, severity: d.severity, hover: hoverOf(d) }));
    if (marks.length === 0 && !marked.has(editor)) return;
    for (const [severity, type] of types) {
      editor.setDecorations(type, marks.filter((m) => m.severity === severity).map((m) => ({ range: m.range, hoverMessage: m.hover })));
    }
    if (marks.length > 0) marked.set(editor, marks);
    else marked.delete(editor);
  };
  const updateVisible = () => {
    const visible = vscode.window.visibleTextEditors;
    for (const editor of marked.keys()) if (!visible.includes(editor)) marked.delete(editor);
    for (const editor of visible) update(editor);
  };

  updateVisible();
  const subscriptions = vscode.Disposable.from(
    ...types.map(([, type]) => type),
    // A document shown again gets a new editor, without the decorations of the old one.
    vscode.window.onDidChangeVisibleTextEditors(updateVisible),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const changed = new Set(event.uris.map((u) => u.toString()));
      for (const editor of vscode.window.visibleTextEditors) if (changed.has(editor.document.uri.toString())) update(editor);
    }),
  );
  return {
    marksOf(uri) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      return (editor && marked.get(editor)) ?? [];
    },
    dispose() {
      marked.clear();
      subscriptions.dispose();
    },
  };
}

/** What the editor's own hover says of a diagnostic: its message, then source(code) with the code linked to the rule's page. */
function hoverOf(d: vscode.Diagnostic): vscode.MarkdownString {
  const hover = new vscode.MarkdownString().appendText(d.message);
  const code = typeof d.code === 'object' ? d.code : d.code === undefined ? undefined : { value: d.code, target: undefined };
  if (!d.source && !code) return hover;
  hover.appendMarkdown('&nbsp;&nbsp;');
  if (d.source) hover.appendText(d.source);
  if (!code) return hover;
  hover.appendText('(');
  if (code.target) {
    hover.appendMarkdown(`[${escapeMarkdown(String(code.value))}](${code.target.toString()})`);
    // The rule's page opens through the extension's command, as from the editor's own hover.
    if (code.target.scheme === 'command' && code.target.path === COMMANDS.showRuleDoc) hover.isTrusted = { enabledCommands: [COMMANDS.showRuleDoc] };
  }
  else hover.appendText(String(code.value));
  return hover.appendText(')');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
