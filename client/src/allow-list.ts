import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { AllowArgs } from '../../server/src/protocol.js';
import { CONFIG_FILE_NAME, findConfigFile } from '../../server/src/node/config-file.js';
import { addToAllowList } from '../../server/src/node/jsonc-edit.js';
import { writeFileAtomic } from '../../server/src/node/atomic-write.js';
import { fileBehind } from './docx-view.js';
import { locale, t } from './i18n.js';
import { shownPath } from './shown-path.js';

/**
 * 「不是占位符」: adds the text to `rules.placeholder.allow` of the `.gongwenrc.json` that applies
 * to the document — the nearest one above it, as the server finds it, else a new one at the root
 * of its workspace folder — keeping the file's formatting. `configChanged` tells the server to re-lint.
 */
export async function allowPlaceholder(args: AllowArgs, configChanged: (file: vscode.Uri) => void): Promise<void> {
  // A Word view's term goes into the configuration of its .docx.
  const document = fileBehind(vscode.Uri.parse(args.uri));
  if (document.scheme !== 'file') {
    void vscode.window.showWarningMessage(
      t('Save the document first to add to the project’s .gongwenrc.json.'),
    );
    return;
  }
  const file = configFileFor(document);
  const shown = shownPath(file);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  let source = '';
  try {
    source = open ? open.getText() : existsSync(file.fsPath) ? readFileSync(file.fsPath, 'utf8') : '';
  } catch (e) {
    void vscode.window.showErrorMessage(t('Cannot read {0}: {1}', shown, String(e)));
    return;
  }
  const result = addToAllowList(source, args.text, locale);
  const openFile = t('Open');
  if (!result.ok) {
    const choice = await vscode.window.showErrorMessage(`${shown}：${result.message}`, openFile);
    if (choice === openFile) await vscode.window.showTextDocument(file);
    return;
  }
  if (result.changed) {
    try {
      if (open) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(source.length)), result.text);
        await vscode.workspace.applyEdit(edit);
        await open.save();
      } else {
        writeFileAtomic(file.fsPath, result.text);
      }
    } catch (e) {
      void vscode.window.showErrorMessage(t('Cannot write {0}: {1}', shown, String(e)));
      return;
    }
  }
  configChanged(file);
  const choice = await vscode.window.showInformationMessage(
    result.changed
      ? t('Added "{0}" to the allow-list in {1}.', args.text, shown)
      : t('"{0}" is already on the allow-list in {1}.', args.text, shown),
    openFile,
  );
  if (choice === openFile) await vscode.window.showTextDocument(file);
}

function configFileFor(document: vscode.Uri): vscode.Uri {
  const nearest = findConfigFile(dirname(document.fsPath), existsSync);
  if (nearest) return vscode.Uri.file(nearest);
  const folder = vscode.workspace.getWorkspaceFolder(document);
  const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : dirname(document.fsPath);
  return vscode.Uri.file(join(root, CONFIG_FILE_NAME));
}
