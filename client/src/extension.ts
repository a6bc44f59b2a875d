import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'gongwen'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('公文校对 (gongwen-lint)', { log: true });
  context.subscriptions.push(output);
  await startClient(context);
  // The document selector is fixed when the client starts, so a new language list needs a restart.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('gongwen.languages')) return;
      output?.info('gongwen.languages changed: restarting the language server');
      await client?.stop();
      await startClient(context);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const languages = vscode.workspace.getConfiguration('gongwen').get<string[]>('languages', DEFAULT_LANGUAGES);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('gongwen', '公文校对', serverOptions, clientOptions);
  await client.start();
}
