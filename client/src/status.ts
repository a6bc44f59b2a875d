import * as vscode from 'vscode';
import { currentBlanks } from './blanks.js';
import { t } from './i18n.js';

/** The status bar item 「占位符 37」 for the active document; a check mark when none is left. */
export function placeholderStatus(isLinted: (document: vscode.TextDocument) => boolean): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('gongwen.placeholders', vscode.StatusBarAlignment.Left, 100);
  item.name = t('gongwen-lint: placeholders');
  item.command = 'gongwen.listPlaceholders';
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLinted(document)) {
      item.hide();
      return;
    }
    const count = currentBlanks(document).blanks.length;
    item.text = count > 0 ? `$(edit) ${t('Placeholders')} ${count}` : `$(check) ${t('Placeholders')}`;
    item.tooltip =
      count > 0
        ? t('{0} placeholders left to fill in. Click to list them.', count)
        : t('All placeholders are filled in.');
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen')) update();
    }),
  );
}
