import * as vscode from 'vscode';
import { ANNOTATE_DOCX, COMMANDS, DOCX_SCHEME, DOCX_TEXT } from '../../server/src/protocol.js';
import { t } from './i18n.js';
import { ask } from './server-requests.js';

/** The custom editor of `*.docx`: it hands over to the Word view at once. */
export const DOCX_EDITOR = 'gongwen.docxView';

/** How the annotate command asks before replacing a copy; replaceable so that tests can answer without a modal. */
export type Confirmer = (message: string, action: string) => Thenable<boolean>;

const modal: Confirmer = async (message, action) => (await vscode.window.showWarningMessage(message, { modal: true }, action)) === action;
let confirm: Confirmer = modal;

export function setConfirmer(next: Confirmer | undefined): void {
  confirm = next ?? modal;
}

export function isDocxView(uri: vscode.Uri): boolean {
  return uri.scheme === DOCX_SCHEME;
}

/** The Word view of a .docx on disk, and back. */
const viewOf = (file: vscode.Uri) => file.with({ scheme: DOCX_SCHEME });
const fileOf = (view: vscode.Uri) => view.with({ scheme: 'file' });

/** The file a document stands for, for its configuration: a Word view's .docx, else the document itself. */
export function fileBehind(uri: vscode.Uri): vscode.Uri {
  return isDocxView(uri) ? fileOf(uri) : uri;
}
const nameOf = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** For the commands that would edit: true (and the writer told why not) when `document` is a Word view. */
export function refuseReadOnly(document: vscode.TextDocument): boolean {
  if (!isDocxView(document.uri)) return false;
  void vscode.window.showInformationMessage(t('{0} is shown read-only: make changes in Word or WPS; the view follows when the file is saved.', nameOf(document.uri)));
  return true;
}

/**
 * A .docx shown as text: the server reads it (one line a paragraph, Word's numbering written in)
 * and lints the view like a draft. The view is read-only, follows the file on disk, and carries
 * the command that writes `稿件.校对.docx` with a comment per finding.
 */
export function docxViews(output: vscode.LogOutputChannel): vscode.Disposable & { readonly onDidShowProblem: vscode.Event<string> } {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const problems = new vscode.EventEmitter<string>();
  const problem = (message: string) => {
    void vscode.window.showErrorMessage(message);
    problems.fire(message);
  };
  /** The last text read of each open view, shown again when a re-read fails (Word half-way through a save). */
  const texts = new Map<string, string>();
  /** Text just read by a command, for the view about to open: not read twice. */
  const fresh = new Map<string, string>();
  const watchers = new Map<string, vscode.Disposable>();

  const read = async (file: vscode.Uri): Promise<{ ok: true; text: string } | { ok: false; message: string }> =>
    (await ask(DOCX_TEXT, { uri: file.toString() })) ?? { ok: false, message: t('The language server is not running; please try again in a moment.') };

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const key = uri.toString();
      const given = fresh.get(key);
      fresh.delete(key);
      const result = given !== undefined ? { ok: true as const, text: given } : await read(fileOf(uri));
      if (result.ok) {
        texts.set(key, result.text);
        return result.text;
      }
      const last = texts.get(key);
      if (last === undefined) throw new Error(result.message);
      output.warn(`${fileOf(uri).fsPath}: ${result.message}`);
      void vscode.window.showWarningMessage(t('{0} could not be read again, so the view shows it as it was: {1}', nameOf(uri), result.message));
      return last;
    },
  };

  const watch = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (!isDocxView(document.uri) || watchers.has(key)) return;
    const file = fileOf(document.uri);
    const folder = vscode.Uri.joinPath(file, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, nameOf(file)), false, false, true);
    const refresh = () => changed.fire(document.uri);
    watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh)));
  };

  /** Opens the Word view of `file`, or says why it cannot be read. */
  const show = async (file: vscode.Uri, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> => {
    const result = await read(file);
    if (!result.ok) {
      problem(result.message);
      return undefined;
    }
    const view = viewOf(file);
    // An open view shows the file as read now.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString())) changed.fire(view);
    else fresh.set(view.toString(), result.text);
    return vscode.window.showTextDocument(view, { viewColumn, preview: false });
  };

  const editorProvider: vscode.CustomReadonlyEditorProvider = {
    openCustomDocument: (uri) => ({ uri, dispose: () => {} }),
    async resolveCustomEditor(document, panel) {
      panel.webview.html = page(t('Opening {0} as text…', nameOf(document.uri)));
      const shown = await show(document.uri, panel.viewColumn);
      // The text editor took over; on failure the panel keeps the message.
      if (shown) panel.dispose();
      else panel.webview.html = page(t('{0} cannot be shown as text. See the message in the corner.', nameOf(document.uri)));
    },
  };

  /** The .docx a command is about: its argument (a file or a view), the active view, or one picked. */
  const target = async (arg: unknown, openLabel: string): Promise<vscode.Uri | undefined> => {
    const given = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (given && isDocxView(given)) return fileOf(given);
    if (arg instanceof vscode.Uri) return arg;
    // .doc and .wps too: the server converts them through LibreOffice, or says how to save them as .docx.
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('Word documents')]: ['docx', 'doc', 'wps'] }, openLabel });
    return picked?.[0];
  };

  const annotate = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const file = await target(arg, t('Write a Copy with Comments'));
    if (!file) return undefined;
    let result = await ask(ANNOTATE_DOCX, { uri: file.toString(), force: false });
    if (result && !result.ok && 'exists' in result) {
      const copy = vscode.Uri.parse(result.exists);
      if (!(await confirm(t('{0} already exists. Replace it with a new copy?', nameOf(copy)), t('Replace')))) return undefined;
      result = await ask(ANNOTATE_DOCX, { uri: file.toString(), force: true });
    }
    if (!result || !result.ok) {
      problem(!result ? t('The language server is not running; please try again in a moment.') : 'message' in result ? result.message : result.exists);
      return undefined;
    }
    const copy = vscode.Uri.parse(result.uri);
    void revealOffer(copy, result.comments, result.revisions);
    return copy;
  };

  // Views restored with the window are open before the extension starts.
  for (const document of vscode.workspace.textDocuments) watch(document);
  const disposable = vscode.Disposable.from(
    changed,
    problems,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    vscode.window.registerCustomEditorProvider(DOCX_EDITOR, editorProvider, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(COMMANDS.checkDocx, async (arg?: unknown) => {
      const file = await target(arg, t('Check'));
      return file ? show(file) : undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.annotateDocx, annotate),
    vscode.workspace.onDidOpenTextDocument(watch),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      watchers.get(key)?.dispose();
      watchers.delete(key);
      texts.delete(key);
    }),
    { dispose: () => watchers.forEach((w) => w.dispose()) },
  );
  return { dispose: () => disposable.dispose(), onDidShowProblem: problems.event };
}

/** Where the copy is: in the Explorer when it is in the workspace, in the system's file manager on a desktop. */
async function revealOffer(copy: vscode.Uri, comments: number, revisions: number): Promise<void> {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(copy) !== undefined;
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
  const explorer = t('Reveal in Explorer');
  const folder = t('Open Containing Folder');
  const actions = [...(inWorkspace ? [explorer] : []), ...(local ? [folder] : [])];
  const chosen = await vscode.window.showInformationMessage(t('Wrote {0} with {1} comments, {2} of them with a tracked change.', nameOf(copy), comments, revisions), ...actions);
  if (chosen === explorer) await vscode.commands.executeCommand('revealInExplorer', copy);
  else if (chosen === folder) await vscode.commands.executeCommand('revealFileInOS', copy);
}

function page(message: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body style="padding:2em;font-family:var(--vscode-font-family)"><p>${escaped}</p></body></html>`;
}
