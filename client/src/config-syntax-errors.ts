import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { ConfigDiagnosticData } from '../../server/src/protocol.js';

interface Published {
  readonly diagnostics: vscode.Diagnostic[];
  /** The client's collection they went to: a restarted client has a new one, which its server fills afresh. */
  readonly to: vscode.DiagnosticCollection | undefined;
  /** Whether the syntax errors are held back now. */
  held: boolean;
}

/**
 * One report per JSON syntax error in a `.gongwenrc.json`. While the file is in an editor tab, VS
 * Code's JSON language service reports the syntax errors of the text being edited (it pulls
 * diagnostics for the documents in tabs) — sooner and more precisely than the server, which reads
 * the file as last saved — so the server's are held back; they come back when the tab is closed
 * (the JSON service then clears its own), or while JSON validation is turned off.
 */
export class ConfigSyntaxErrors implements vscode.Disposable {
  /** The server's latest diagnostics of each file that has a syntax error. */
  private readonly published = new Map<string, Published>();
  private readonly subscriptions: vscode.Disposable[];

  /** `collection` gives the running client's diagnostics. */
  constructor(private readonly collection: () => vscode.DiagnosticCollection | undefined) {
    const refresh = () => this.refresh();
    this.subscriptions = [
      vscode.window.tabGroups.onDidChangeTabs(refresh),
      vscode.window.onDidChangeVisibleTextEditors(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('json.validate.enable') && refresh()),
    ];
  }

  readonly handleDiagnostics: NonNullable<Middleware['handleDiagnostics']> = (uri, diagnostics, next) => {
    if (!diagnostics.some(isSyntaxError)) {
      this.published.delete(uri.toString());
      next(uri, diagnostics);
      return;
    }
    const published: Published = { diagnostics, to: this.collection(), held: jsonReports(uri) };
    this.published.set(uri.toString(), published);
    next(uri, shown(published));
  };

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private refresh(): void {
    for (const [key, published] of this.published) {
      const uri = vscode.Uri.parse(key);
      const held = jsonReports(uri);
      if (held === published.held || published.to !== this.collection()) continue;
      published.held = held;
      published.to?.set(uri, shown(published));
    }
  }
}

function shown(published: Published): vscode.Diagnostic[] {
  return published.held ? published.diagnostics.filter((d) => !isSyntaxError(d)) : published.diagnostics;
}

/** Whether the JSON language service reports the file's syntax errors: it validates the documents in tabs. */
function jsonReports(uri: vscode.Uri): boolean {
  if (!vscode.workspace.getConfiguration('json', uri).get<boolean>('validate.enable', true)) return false;
  const key = uri.toString();
  const inTab = vscode.window.tabGroups.all.some((group) =>
    group.tabs.some(({ input }) => (input instanceof vscode.TabInputText ? input.uri : input instanceof vscode.TabInputTextDiff ? input.modified : undefined)?.toString() === key),
  );
  return inTab || vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key);
}

function isSyntaxError(d: vscode.Diagnostic): boolean {
  // The language client keeps a diagnostic's LSP `data` on the object it hands over.
  return (d as { data?: ConfigDiagnosticData }).data?.syntax === true;
}
