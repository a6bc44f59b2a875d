import * as vscode from 'vscode';

/**
 * A file as a message names it: relative to its workspace folder, or, outside the workspace, its
 * folder and name after "…/" — never an absolute path, which says little and may say too much.
 */
export function shownPath(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri);
  // asRelativePath gives the whole path back for a file in no workspace folder.
  if (relative !== uri.fsPath && relative !== uri.toString()) return relative;
  return `…/${uri.path.split('/').filter(Boolean).slice(-2).join('/')}`;
}
