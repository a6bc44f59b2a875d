import * as vscode from 'vscode';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, DOCX_SCHEME, NOT_CHECKED, WORKSPACE_TRUSTED, type InitializationOptions, type NotCheckedParams } from '../../server/src/protocol.js';
import { allowPlaceholder } from './allow-list.js';
import { ConfigNotices } from './config-notices.js';
import { ConfigSyntaxErrors } from './config-syntax-errors.js';
import { docxViews, fileBehind, isDocxView, setConfirmer, type Confirmer } from './docx-view.js';
import { EncodingHints, type EncodingHint } from './encoding-hint.js';
import { fillAllPlaceholders, fillPlaceholder, setPrompter, type Prompter } from './fill-command.js';
import { fixAll } from './fix-all.js';
import { gotoPlaceholder, listPlaceholders, onDidShowPlaceholderList, onDidShowStatusMessage, type PlaceholderItem } from './navigation.js';
import { overflowMarks, type OverflowMark } from './overflow-marks.js';
import { PublishedVersions } from './published-versions.js';
import { reportCommand } from './report-command.js';
import { ownFile, ruleDocs } from './rule-docs.js';
import { ServerHealth } from './server-health.js';
import { useLanguageClient } from './server-requests.js';
import { speechLengthStatus } from './speech-length.js';
import { placeholderStatus } from './status.js';
import { UntitledLanguageKeeper, type UntitledLanguageDecision } from './untitled-language.js';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags.js';

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'gongwen'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let health: ServerHealth | undefined;
/** The extension's own files (its rule pages): never linted. */
let isOwnFile: (uri: vscode.Uri) => boolean = () => false;
let configNotices: ConfigNotices | undefined;
let syntaxErrors: ConfigSyntaxErrors | undefined;
let published: PublishedVersions | undefined;
let encodingHints: EncodingHints | undefined;

/** What the extension offers other code, mainly its end-to-end tests. */
export interface GongwenApi {
  /** Replaces the input box of the fill commands (undefined restores it). */
  setPrompter(prompter: Prompter | undefined): void;
  /** Replaces the modal that asks before an annotated copy is replaced (undefined restores it). */
  setConfirmer(confirmer: Confirmer | undefined): void;
  /** Fires with each message shown because a Word document cannot be read or its copy not written. */
  readonly onDidShowDocxProblem: vscode.Event<string>;
  /** The language server's process id while it runs (the tests end it to see it restarted). */
  serverProcessId(): number | undefined;
  /** Fires with each message shown about the language server's restarts. */
  readonly onDidNotifyServerHealth: vscode.Event<string>;
  /** Fires with each message shown about the problems of a `.gongwenrc.json`. */
  readonly onDidNotifyConfigProblems: vscode.Event<string>;
  /** The speech length the status bar shows for the active document, if any. */
  speechLength(): string | undefined;
  /** Fires with each new text of the speech length item (undefined: hidden). */
  readonly onDidChangeSpeechLength: vscode.Event<string | undefined>;
  /** What the placeholder item of the status bar shows for the active document, if anything. */
  placeholderStatus(): string | undefined;
  /** Fires with each new text of the placeholder item (undefined: hidden). */
  readonly onDidChangePlaceholderStatus: vscode.Event<string | undefined>;
  /** Fires with each message put in the status bar for a moment ("No placeholders"). */
  readonly onDidShowStatusMessage: vscode.Event<string>;
  /** Fires with the placeholder list once it is shown. */
  readonly onDidShowPlaceholderList: vscode.Event<vscode.QuickPick<PlaceholderItem>>;
  /** The marks put on the visible editor of `uri` for the diagnostics the editor does not draw. */
  overflowMarks(uri: vscode.Uri): readonly OverflowMark[];
  /** Fires with each hint that a document looks decoded with the wrong encoding (GBK opened as UTF-8). */
  readonly onDidShowEncodingHint: vscode.Event<EncodingHint>;
  /** Fires when an untitled document leaves a linted language: set back, or left, and why. */
  readonly onDidDecideUntitledLanguage: vscode.Event<UntitledLanguageDecision>;
  /** Fires with the file of each 校对报告 written and shown. */
  readonly onDidWriteReport: vscode.Event<vscode.Uri>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  output = vscode.window.createOutputChannel('公文校对 (gongwen-lint)', { log: true });
  context.subscriptions.push(output);
  isOwnFile = ownFile(context);
  useLanguageClient(() => client, output);
  // One restart at a time: a client that is still starting cannot be stopped (two quick changes of gongwen.languages).
  let restarting = Promise.resolve();
  const restart = () =>
    (restarting = restarting
      .then(() => restartClient(context))
      .catch((e: unknown) => output?.error(`restarting the language server failed: ${e instanceof Error ? e.message : String(e)}`)));
  health = new ServerHealth(output, restart);
  context.subscriptions.push(health);
  configNotices = new ConfigNotices();
  syntaxErrors = new ConfigSyntaxErrors(() => client?.diagnostics);
  context.subscriptions.push(configNotices, syntaxErrors);
  updateLanguageContext();
  published = new PublishedVersions();
  const speechLength = speechLengthStatus(isLinted, published);
  const placeholders = placeholderStatus(isLinted, published);
  const marks = overflowMarks((uri) => client?.diagnostics?.get(uri) ?? []);
  encodingHints = new EncodingHints(output);
  const wordViews = docxViews(output);
  const reports = reportCommand(context);
  const untitledLanguage = new UntitledLanguageKeeper(
    (languageId) => vscode.workspace.getConfiguration('gongwen').get<boolean>('enable', true) && languages().includes(languageId),
    output,
  );
  context.subscriptions.push(
    published,
    speechLength,
    placeholders,
    marks,
    encodingHints,
    untitledLanguage,
    vscode.commands.registerCommand(COMMANDS.fill, fillPlaceholder),
    vscode.commands.registerCommand(COMMANDS.fillAll, fillAllPlaceholders),
    vscode.commands.registerCommand(COMMANDS.next, () => gotoPlaceholder(1)),
    vscode.commands.registerCommand(COMMANDS.previous, () => gotoPlaceholder(-1)),
    vscode.commands.registerCommand(COMMANDS.list, listPlaceholders),
    vscode.commands.registerCommand(COMMANDS.allow, (args) => allowPlaceholder(args, configChanged)),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.restartServer, restart),
    ruleDocs(context.extensionUri),
    wordViews,
    reports,
    // The document selector is fixed when the client starts, so a new language list needs a restart.
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('gongwen.languages')) return;
      updateLanguageContext();
      output?.info('gongwen.languages changed: restarting the language server');
      await restart();
    }),
    // Patterns from the workspace apply from the moment the user trusts it.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED)),
  );
  await startClient(context);
  return {
    setPrompter,
    setConfirmer,
    onDidShowDocxProblem: wordViews.onDidShowProblem,
    serverProcessId: () => client?.serverProcess?.pid,
    onDidNotifyServerHealth: health.onDidNotify,
    onDidNotifyConfigProblems: configNotices.onDidNotify,
    speechLength: () => speechLength.text,
    onDidChangeSpeechLength: speechLength.onDidChange,
    placeholderStatus: () => placeholders.text,
    onDidChangePlaceholderStatus: placeholders.onDidChange,
    onDidShowStatusMessage,
    onDidShowPlaceholderList,
    overflowMarks: (uri) => marks.marksOf(uri),
    onDidShowEncodingHint: encodingHints.onDidShow,
    onDidDecideUntitledLanguage: untitledLanguage.onDidDecide,
    onDidWriteReport: reports.onDidWriteReport,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function languages(): string[] {
  return vscode.workspace.getConfiguration('gongwen').get<string[]>('languages', DEFAULT_LANGUAGES);
}

function isLinted(document: vscode.TextDocument): boolean {
  // A Word view is configured as its file, and linted whatever its language (as the server does).
  const config = vscode.workspace.getConfiguration('gongwen', fileBehind(document.uri));
  if (!config.get<boolean>('enable', true)) return false;
  return isDocxView(document.uri) || (languages().includes(document.languageId) && !isOwnFile(document.uri));
}

/** Keybindings apply only in the languages the extension lints (`editorLangId in gongwen.languages`). */
function updateLanguageContext(): void {
  void vscode.commands.executeCommand('setContext', 'gongwen.languages', languages());
}

/** Tells the server a config file changed, also when no file watcher covers it (a file outside the workspace). */
function configChanged(file: vscode.Uri): void {
  void client?.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: file.toString(), type: FileChangeType.Changed }],
  });
}

/**
 * What the client does around the protocol: the extension's own files are never sent to the server
 * (so never linted); each publish is recorded for the status bar, and a config file's syntax errors
 * are held back while VS Code's JSON service reports them.
 */
function middleware(): Middleware {
  const skip = (uri: vscode.Uri) => isOwnFile(uri);
  return {
    didOpen: (document, next) => (skip(document.uri) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (skip(event.document.uri) ? Promise.resolve() : next(event)),
    didClose: (document, next) => {
      if (skip(document.uri)) return Promise.resolve();
      return published?.middleware.didClose ? published.middleware.didClose(document, next) : next(document);
    },
    didSave: (document, next) => (skip(document.uri) ? Promise.resolve() : next(document)),
    willSave: (event, next) => (skip(event.document.uri) ? Promise.resolve() : next(event)),
    willSaveWaitUntil: (event, next) => (skip(event.document.uri) ? Promise.resolve([]) : next(event)),
    handleDiagnostics: (uri, diagnostics, next) => {
      const shown: typeof next = syntaxErrors ? (u, d) => syntaxErrors!.handleDiagnostics(u, d, next) : next;
      if (published?.middleware.handleDiagnostics) published.middleware.handleDiagnostics(uri, diagnostics, shown);
      else shown(uri, diagnostics);
    },
  };
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  await old?.dispose();
  await startClient(context);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages().flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: DOCX_SCHEME },
    ],
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json'),
        // Deletions only: a deleted folder takes its config files along without an event of their own.
        vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
      ],
    },
    outputChannel: output,
    // A function: a restarted server is told the trust of the moment.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, ruleDocsCommand: COMMANDS.showRuleDoc }),
    // Hovers link to the rule's page through this command, and to nothing else.
    markdown: { isTrusted: { enabledCommands: [COMMANDS.showRuleDoc] } },
    middleware: middleware(),
    ...(health && { errorHandler: health.errorHandler(() => created) }),
  };
  const created = new LanguageClient('gongwen', '公文校对', serverOptions, clientOptions);
  created.onNotification(NOT_CHECKED, (params: NotCheckedParams) => {
    published?.notChecked(params);
    if (params.reason === 'misdecoded') encodingHints?.misdecoded(params.uri);
  });
  client = created;
  configNotices?.listen(created);
  // Stopped, crashed or starting again: nothing is checked until the server publishes anew.
  created.onDidChangeState((event) => {
    if (event.newState !== State.Running) published?.reset();
  });
  await created.start();
}
