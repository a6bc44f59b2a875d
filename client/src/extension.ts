import * as vscode from 'vscode';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { MISDECODED, WORKSPACE_TRUSTED, type InitializationOptions, type MisdecodedParams } from '../../server/src/server/protocol.js';
import { allowPlaceholder } from './allow-list.js';
import { EncodingHints, type EncodingHint } from './encoding-hint.js';
import { fillAllPlaceholders, fillPlaceholder, setPrompter, type Prompter } from './fill-command.js';
import { gotoPlaceholder, listPlaceholders } from './navigation.js';
import { ServerHealth } from './server-health.js';
import { speechLengthStatus } from './speech-length.js';
import { placeholderStatus } from './status.js';
import { UntitledLanguageKeeper, type UntitledLanguageDecision } from './untitled-language.js';

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'gongwen'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let health: ServerHealth | undefined;
let encodingHints: EncodingHints | undefined;

/** What the extension offers other code, mainly its end-to-end tests. */
export interface GongwenApi {
  /** Replaces the input box of the fill commands (undefined restores it). */
  setPrompter(prompter: Prompter | undefined): void;
  /** The language server's process id while it runs (the tests end it to see it restarted). */
  serverProcessId(): number | undefined;
  /** Fires with each message shown about the language server's restarts. */
  readonly onDidNotifyServerHealth: vscode.Event<string>;
  /** The speech length the status bar shows for the active document, if any. */
  speechLength(): string | undefined;
  /** Fires with each hint that a document looks decoded with the wrong encoding (GBK opened as UTF-8). */
  readonly onDidShowEncodingHint: vscode.Event<EncodingHint>;
  /** Fires when an untitled document leaves a linted language: set back, or left, and why. */
  readonly onDidDecideUntitledLanguage: vscode.Event<UntitledLanguageDecision>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  output = vscode.window.createOutputChannel('公文校对 (gongwen-lint)', { log: true });
  context.subscriptions.push(output);
  const restart = () => restartClient(context);
  health = new ServerHealth(output, restart);
  context.subscriptions.push(health);
  updateLanguageContext();
  const speechLength = speechLengthStatus(isLinted);
  encodingHints = new EncodingHints(output);
  const untitledLanguage = new UntitledLanguageKeeper(
    (languageId) => vscode.workspace.getConfiguration('gongwen').get<boolean>('enable', true) && languages().includes(languageId),
    output,
  );
  context.subscriptions.push(
    speechLength,
    encodingHints,
    untitledLanguage,
    vscode.commands.registerCommand('gongwen.fillPlaceholder', fillPlaceholder),
    vscode.commands.registerCommand('gongwen.fillAllPlaceholders', fillAllPlaceholders),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => gotoPlaceholder(1)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => gotoPlaceholder(-1)),
    vscode.commands.registerCommand('gongwen.listPlaceholders', listPlaceholders),
    vscode.commands.registerCommand('gongwen.allowPlaceholder', (args) => allowPlaceholder(args, configChanged)),
    vscode.commands.registerCommand('gongwen.restartServer', restart),
    placeholderStatus(isLinted),
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
    serverProcessId: () => client?.serverProcess?.pid,
    onDidNotifyServerHealth: health.onDidNotify,
    speechLength: () => speechLength.text,
    onDidShowEncodingHint: encodingHints.onDidShow,
    onDidDecideUntitledLanguage: untitledLanguage.onDidDecide,
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
  const config = vscode.workspace.getConfiguration('gongwen', document.uri);
  return config.get<boolean>('enable', true) && languages().includes(document.languageId);
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

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  await old?.dispose();
  await startClient(context);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json'),
    },
    outputChannel: output,
    // A function: a restarted server is told the trust of the moment.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    ...(health && { errorHandler: health.errorHandler(() => created) }),
  };
  const created = new LanguageClient('gongwen', '公文校对', serverOptions, clientOptions);
  created.onNotification(MISDECODED, (params: MisdecodedParams) => encodingHints?.misdecoded(params.uri));
  client = created;
  await created.start();
}
