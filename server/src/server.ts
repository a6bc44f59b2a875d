import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { fixText, lintDocument, ModelCache, SourceDocument, type Config, type DocFormat, type Finding, type Locale } from './core/index.js';
import { CONFIG_FILE_NAME } from './node/config-file.js';
import { placeholderActions } from './server/placeholder-actions.js';
import { FIX_ALL_KIND, fixActions, fixAllAction } from './server/fix-actions.js';
import { documentSymbols, foldingRanges } from './server/outline-features.js';
import { ConfigStore, type ConfigProblem } from './server/configs.js';
import { toDiagnostic } from './server/diagnostics.js';
import { hoverAt } from './server/hover.js';
import { disableActions } from './server/disable-actions.js';

declare const GONGWEN_VERSION: string;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let configs: ConfigStore | undefined;
let pushedSettings: unknown;
let serverLocale: Locale = 'zh-CN';
const shownProblems = new Set<string>();
/**
 * What was linted last for each document: the findings behind its diagnostics, for code actions.
 * The parsed document is not kept: twenty large drafts' models would hold far more memory than a
 * fresh outline parse for the Outline view costs.
 */
interface Linted {
  readonly version: number;
  readonly format: DocFormat;
  readonly config: Config;
  readonly findings: readonly Finding[];
}
const published = new Map<string, Linted>();
/**
 * The model's line-local parts of the documents being edited, so a keystroke re-scans one line, not
 * the draft. Only for documents linted before (edited, not just opened), and only the last few:
 * each costs about ten times its text in memory.
 */
const modelCaches = new Map<string, ModelCache>();
const MODEL_CACHES = 4;

function modelCacheFor(uri: string): ModelCache | undefined {
  let cache = modelCaches.get(uri);
  if (cache) modelCaches.delete(uri);
  else if (published.has(uri)) cache = new ModelCache();
  else return undefined;
  modelCaches.set(uri, cache);
  if (modelCaches.size > MODEL_CACHES) modelCaches.delete(modelCaches.keys().next().value!);
  return cache;
}

connection.onInitialize((params) => {
  const locale: Locale = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  serverLocale = locale;
  const workspace = params.capabilities.workspace;
  const pull = workspace?.configuration === true;
  const fetchSettings = (uri: string): Promise<unknown> =>
    pull ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }) : Promise.resolve(pushedSettings);
  configs = new ConfigStore(fetchSettings, locale, (problem) => showProblem(problem, locale));
  connection.onInitialized(() => {
    if (pull && workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
    }
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: '公文提纲' },
      foldingRangeProvider: true,
      hoverProvider: true,
    },
    serverInfo: { name: 'gongwen-lint', version: GONGWEN_VERSION },
  };
});

/** Each distinct configuration problem is shown once; all are logged. Linting goes on with defaults. */
function showProblem(problem: ConfigProblem, locale: Locale): void {
  const where = problem.source === 'settings' ? (locale === 'en' ? 'settings gongwen.*' : '设置 gongwen.*') : problem.source;
  const lines = problem.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  const key = `${where}\n${lines.join('\n')}`;
  if (shownProblems.has(key)) return;
  shownProblems.add(key);
  connection.console.warn(`${where}\n  ${lines.join('\n  ')}`);
  const head =
    locale === 'en'
      ? `公文校对: invalid configuration in ${where}; the invalid parts are ignored. ${lines[0]}`
      : `公文校对：${where} 中的配置有误，有误的部分已忽略，按默认值检查。${lines[0]}`;
  void connection.window.showWarningMessage(lines.length > 1 ? `${head}（+${lines.length - 1}）` : head);
}

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document || !configs) return;
  const version = document.version;
  try {
    const { settings, config } = await configs.forDocument(uri);
    const current = documents.get(uri);
    // A newer version has its own validation queued; this result would be stale.
    if (!current || current.version !== version) return;
    if (!settings.enable || !settings.languages.includes(current.languageId)) {
      published.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const doc = new SourceDocument(current.getText(), formatOf(current.languageId), modelCacheFor(uri));
    const findings = lintDocument(doc, config);
    published.set(uri, { version, format: doc.format, config, findings });
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(current, f)) });
  } catch (e) {
    connection.console.error(`gongwen: linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

function validateAll(): void {
  for (const document of documents.all()) void validate(document.uri);
}

documents.onDidChangeContent((event) => void validate(event.document.uri));

function formatOf(languageId: string): DocFormat {
  return languageId === 'markdown' ? 'markdown' : 'plain';
}

/** The last lint of a document if it is of its current version. */
function current(uri: string): { document: TextDocument; linted: Linted } | undefined {
  const document = documents.get(uri);
  const linted = published.get(uri);
  // Findings of another version would put edits in the wrong place; the client asks again later.
  return document && linted && linted.version === document.version ? { document, linted } : undefined;
}

connection.onCodeAction((params) => {
  const found = current(params.textDocument.uri);
  if (!found) return [];
  const { document, linted } = found;
  const only = params.context.only;
  const wanted = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  // Source actions only when asked for (on save, or from the Source Action menu).
  if (only && wanted(FIX_ALL_KIND)) {
    const fixed = fixText(document.getText(), linted.config, { format: linted.format });
    const action = fixAllAction(document, fixed.output, serverLocale);
    return action ? [action] : [];
  }
  if (!wanted(CodeActionKind.QuickFix)) return [];
  return [
    ...fixActions(document, params.context.diagnostics, linted.findings, serverLocale),
    ...placeholderActions(document, params.context.diagnostics, linted.findings, serverLocale),
    ...disableActions(document, linted.format, params.context.diagnostics, linted.findings, serverLocale),
  ];
});

connection.onHover((params) => {
  const found = current(params.textDocument.uri);
  return found ? hoverAt(found.document, params.position, found.linted.findings, serverLocale) : null;
});

/** The document parsed for its outline (symbols and folding need nothing else). */
function parsed(uri: string): { document: TextDocument; doc: SourceDocument } | undefined {
  const document = documents.get(uri);
  return document ? { document, doc: new SourceDocument(document.getText(), formatOf(document.languageId)) } : undefined;
}

connection.onDocumentSymbol((params) => {
  const p = parsed(params.textDocument.uri);
  return p ? documentSymbols(p.document, p.doc) : [];
});

connection.onFoldingRanges((params) => {
  const p = parsed(params.textDocument.uri);
  return p ? foldingRanges(p.document, p.doc) : [];
});

documents.onDidClose((event) => {
  published.delete(event.document.uri);
  modelCaches.delete(event.document.uri);
  configs?.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as Record<string, unknown> | null | undefined)?.['gongwen'];
  if (settings !== undefined) pushedSettings = settings;
  shownProblems.clear();
  configs?.settingsChanged();
  validateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  if (!change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
  shownProblems.clear();
  configs?.filesChanged();
  validateAll();
});

documents.listen(connection);
connection.listen();
