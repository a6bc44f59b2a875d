import * as vscode from 'vscode';
import { COMMANDS } from '../../server/src/protocol.js';
import { t } from './i18n.js';

/** Rule pages are shown from this read-only scheme: `gongwen-rule:/placeholder.md`. */
const SCHEME = 'gongwen-rule';
const RULE_ID_RE = /^[a-z][a-z0-9-]*$/;

/**
 * 「规则说明」 links (diagnostic codes, hovers) run `gongwen.showRuleDoc` with the rule id: the page
 * shipped with the extension opens as a rendered Markdown preview of a read-only document. Opened
 * as a `file:` editor it could be edited inside the installed extension, and it would be linted.
 */
export function ruleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  const pageOf = (uri: vscode.Uri) => vscode.Uri.joinPath(extensionUri, 'docs', 'rules', uri.path.replace(/^\//, ''));
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(pageOf(uri)));
    },
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(COMMANDS.showRuleDoc, (id: unknown) => showRuleDoc(id, pageOf)),
  );
}

async function showRuleDoc(id: unknown, pageOf: (uri: vscode.Uri) => vscode.Uri): Promise<void> {
  if (typeof id !== 'string' || !RULE_ID_RE.test(id)) return;
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
  try {
    await vscode.workspace.fs.stat(pageOf(uri));
  } catch {
    void vscode.window.showWarningMessage(t('There is no page for the rule {0}.', id));
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension: the page's text, still read-only.
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/**
 * Whether a document belongs to the extension itself: its rule pages always; while installed
 * (not while developed, when the samples in the repository are meant to be linted), any file in it.
 */
export function ownFile(context: vscode.ExtensionContext): (uri: vscode.Uri) => boolean {
  const root = context.extensionUri;
  const inside = (uri: vscode.Uri, folder: vscode.Uri) =>
    uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(`${folder.path.replace(/\/$/, '')}/`);
  const docs = vscode.Uri.joinPath(root, 'docs');
  const whole = context.extensionMode !== vscode.ExtensionMode.Development;
  return (uri) => inside(uri, docs) || (whole && inside(uri, root));
}
