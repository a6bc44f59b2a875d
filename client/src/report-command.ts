import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { COMMANDS, WRITE_REPORT } from '../../server/src/protocol.js';
import { t } from './i18n.js';
import { ask } from './server-requests.js';

/**
 * The policy of the panel showing a report: its own inline styles and nothing else — no script, no
 * image, no font, no connection — whatever the page holds.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export interface ReportCommand extends vscode.Disposable {
  /** Fires with each report written and shown: its file. */
  readonly onDidWriteReport: vscode.Event<vscode.Uri>;
}

/**
 * 「公文校对：生成校对报告」: the server writes the active document's report (a Word view: the
 * .docx's) beside its file — for an untitled document, or a folder it cannot write, in the
 * workspace's storage or the system's temp folder — and the page is shown in a panel, with an
 * offer to open it in the browser (to print it).
 */
export function reportCommand(context: vscode.ExtensionContext): ReportCommand {
  const written = new vscode.EventEmitter<vscode.Uri>();
  let panel: vscode.WebviewPanel | undefined;

  const show = (uri: vscode.Uri, html: string) => {
    const title = t('Report: {0}', uri.path.split('/').pop() ?? '');
    if (panel) {
      panel.title = title;
      panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      panel = vscode.window.createWebviewPanel('gongwen.report', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
    }
    panel.webview.html = withPolicy(html);
  };

  const write = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const document = arg instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString()) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(t('Open a draft to write its proofreading report.'));
      return undefined;
    }
    const fallbackDir = context.storageUri?.fsPath ?? tmpdir();
    const result = await ask(WRITE_REPORT, { uri: document.uri.toString(), fallbackDir });
    if (!result || !result.ok) {
      void vscode.window.showErrorMessage(result ? result.message : t('The language server is not running; please try again in a moment.'));
      return undefined;
    }
    const file = vscode.Uri.parse(result.uri);
    show(file, result.html);
    written.fire(file);
    void offerBrowser(file, result.findings);
    return file;
  };

  const disposable = vscode.Disposable.from(written, vscode.commands.registerCommand(COMMANDS.writeReport, write), { dispose: () => panel?.dispose() });
  return { dispose: () => disposable.dispose(), onDidWriteReport: written.event };
}

/** The page with the panel's policy first in its head. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n${meta}`) : `${meta}\n${html}`;
}

async function offerBrowser(file: vscode.Uri, findings: number): Promise<void> {
  const open = t('Open in Browser');
  const chosen = await vscode.window.showInformationMessage(t('Wrote {0} ({1} findings).', file.fsPath, findings), open);
  if (chosen === open) await vscode.env.openExternal(file);
}
