import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../server/src/protocol.js';
import { refuseReadOnly } from './docx-view.js';
import { t } from './i18n.js';

const fixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

/**
 * 「公文校对：修复全部可自动修复的问题」: the server's `source.fixAll.gongwen` action for the active
 * document, applied as one undoable edit. The edit is tied to the document's version, so text
 * typed meanwhile is never overwritten.
 */
export async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || refuseReadOnly(editor.document)) return;
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    fixAllKind.value,
  );
  const action = actions?.find((a) => a.kind && fixAllKind.contains(a.kind) && a.edit);
  if (!action?.edit) {
    vscode.window.setStatusBarMessage(t('$(check) Nothing to fix automatically'), 3000);
    return;
  }
  const applied = await vscode.workspace.applyEdit(action.edit);
  if (!applied) {
    void vscode.window.showWarningMessage(t('The document changed while fixing; nothing was changed. Please try again.'));
    return;
  }
  vscode.window.setStatusBarMessage(t('$(check) Fixed all auto-fixable problems'), 3000);
}
