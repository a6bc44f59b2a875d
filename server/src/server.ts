import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { fixText, isInternalError, lintDocument, ModelCache, SourceDocument, type Config, type DocFormat, type Finding, type Locale } from './core/index.js';
import { CONFIG_FILE_NAME } from './node/config-file.js';
import { placeholderActions } from './lsp/placeholder-actions.js';
import { fixActions, fixAllAction } from './lsp/fix-actions.js';
import { documentSymbols, foldingRanges, outlineSource, type OutlineSource } from './lsp/outline-features.js';
import { LintedModel } from './lsp/linted-model.js';
import { WarmUp } from './lsp/warm-up.js';
import { ConfigStore } from './lsp/configs.js';
import { toDiagnostic, useRuleDocsCommand } from './lsp/diagnostics.js';
import { hoverAt } from './lsp/hover.js';
import { disableActions } from './lsp/disable-actions.js';
import { sizeOver } from './lsp/file-size.js';
import { Notices } from './lsp/notices.js';
import { looksMisdecoded } from './lsp/misdecoded.js';
import { isChineseDraft } from './lsp/chinese-draft.js';
import { describeBlanks, validateFill } from './lsp/fill-requests.js';
import { speechLength } from './lsp/speech-length.js';
import { annotateDocx, docxLayout, docxText } from './lsp/docx.js';
import { notOpen, writeReport } from './lsp/report.js';
import {
  ANNOTATE_DOCX,
  COMMANDS,
  DESCRIBE_BLANKS,
  DOCX_TEXT,
  docxFileOf,
  FIX_ALL_KIND,
  IS_CHINESE_DRAFT,
  NOT_CHECKED,
  SPEECH_LENGTH,
  VALIDATE_FILL,
  WORKSPACE_TRUSTED,
  WRITE_REPORT,
  type InitializationOptions,
  type NotCheckedParams,
  type NotCheckedReason,
  type Requests,
} from './protocol.js';

declare const GONGWEN_VERSION: string;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let configs: ConfigStore | undefined;
let pushedSettings: unknown;
let serverLocale: Locale = 'zh-CN';
let notices: Notices | undefined;
/**
 * What was linted last for each document: the findings behind its diagnostics, for code actions,
 * and what is kept of its model (no model: twenty large drafts' models would hold far more memory
 * than a fresh outline parse costs).
 */
interface Linted {
  readonly uri: string;
  readonly version: number;
  readonly format: DocFormat;
  readonly config: Config;
  readonly findings: readonly Finding[];
  readonly model: LintedModel;
}
const published = new Map<string, Linted>();
/**
 * The last document linted: after each keystroke VS Code asks for its outline symbols and folding
 * ranges, which this version's outline (already built for linting) answers without a re-parse.
 */
let lastLinted: Linted | undefined;
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
  const init = params.initializationOptions as InitializationOptions | null | undefined;
  useRuleDocsCommand(typeof init?.ruleDocsCommand === 'string' ? init.ruleDocsCommand : undefined);
  const shown = new Notices(connection, locale);
  notices = shown;
  configs = new ConfigStore({
    fetchSettings,
    locale,
    trusted: init?.workspaceTrusted !== false,
    onSettingsProblems: (errors) => shown.settingsProblems(errors),
    onFileChecked: (file) => {
      // The announcement goes first: whoever sees the file's diagnostics knows it was handled.
      shown.fileProblems(file);
      void connection.sendDiagnostics({ uri: file.uri, diagnostics: [...file.diagnostics] });
    },
  });
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

/** A Word view is configured as the .docx it shows (settings of its folder, the nearest .gongwenrc.json). */
function configUri(uri: string): string {
  return docxFileOf(uri) ?? uri;
}

/** Validations under way (between their awaits): the warm-up gives way to them. */
let validating = 0;
const warmUp = new WarmUp();

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document || !configs) return;
  const version = document.version;
  validating++;
  try {
    const { settings, config } = await configs.forDocument(configUri(uri));
    // One turn of the event loop: the connection handles one message per turn, so changes already
    // received (a burst of edits, a paste and its reformatting) are applied first, and only the
    // last version is linted — not every one in turn.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const current = documents.get(uri);
    // A newer version has its own validation queued; this result would be stale.
    if (!current || current.version !== version) return;
    // A Word view is linted whatever its language: the writer opened it to be checked.
    if (!settings.enable || (!settings.languages.includes(current.languageId) && docxFileOf(uri) === undefined)) {
      published.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const text = current.getText();
    const bytes = sizeOver(text, settings.maxFileSize);
    // Too large to lint without freezing the editor; or mojibake, which would only give bogus
    // findings (the client offers to reopen the file in GB18030).
    const skipped: NotCheckedReason | undefined = bytes !== undefined ? 'tooLarge' : looksMisdecoded(text) ? 'misdecoded' : undefined;
    if (skipped) {
      published.delete(uri);
      if (bytes !== undefined) notices?.fileTooLarge(uri, bytes, settings.maxFileSize);
      await connection.sendNotification(NOT_CHECKED, { uri, version, reason: skipped } satisfies NotCheckedParams);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const doc = sourceOf(uri, text, formatOf(current.languageId), modelCacheFor(uri));
    const findings = withoutFailures(lintDocument(doc, config));
    const linted: Linted = { uri, version, format: doc.format, config, findings, model: new LintedModel(doc) };
    published.set(uri, linted);
    lastLinted?.model.forgetOutline();
    lastLinted = linted;
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(current, f)) });
    // Once the diagnostics are out: the speech length and outline are read, the model let go.
    linted.model.settle();
    warmUp.start(text, doc.format, config, () => validating > 0);
  } catch (e) {
    connection.console.error(`gongwen: linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    validating--;
  }
}

/** The document to lint: a Word view's text is its file's, whose layout is read beside it (unused if they differ). */
function sourceOf(uri: string, text: string, format: DocFormat, cache?: ModelCache): SourceDocument {
  const doc = new SourceDocument(text, format, cache);
  const docxFile = docxFileOf(uri);
  if (docxFile !== undefined) doc.readLayout = docxLayout(docxFile, text, serverLocale);
  return doc;
}

/** A rule that threw is reported once to the user, not as a problem at the top of every document. */
function withoutFailures(findings: Finding[]): Finding[] {
  if (!findings.some(isFailure)) return findings;
  for (const f of findings) if (isFailure(f)) notices?.ruleFailed(f);
  return findings.filter((f) => !isFailure(f));
}

function isFailure(finding: Finding): boolean {
  return isInternalError(finding);
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
  // A Word view is read-only: of the quick fixes only the allow-list, which edits .gongwenrc.json.
  if (docxFileOf(document.uri) !== undefined) {
    if (only && !wanted(CodeActionKind.QuickFix)) return [];
    return placeholderActions(document, params.context.diagnostics, linted.findings, serverLocale).filter((a) => a.command?.command === COMMANDS.allow);
  }
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
  return found ? hoverAt(found.document, params.position, found.linted.findings, serverLocale, found.linted.model.documentType) : null;
});

/** The document parsed for its outline (symbols and folding need nothing else); none when it is too large. */
async function parsed(uri: string): Promise<{ document: TextDocument; doc: OutlineSource } | undefined> {
  if (!configs) return undefined;
  const { settings } = await configs.forDocument(configUri(uri));
  const document = documents.get(uri);
  if (!document) return undefined;
  const kept = lastLinted?.uri === uri && lastLinted.version === document.version ? lastLinted.model.outline : undefined;
  if (kept) return { document, doc: kept };
  const text = document.getText();
  if (sizeOver(text, settings.maxFileSize) !== undefined || looksMisdecoded(text)) return undefined;
  return { document, doc: outlineSource(new SourceDocument(text, formatOf(document.languageId))) };
}

connection.onDocumentSymbol(async (params) => {
  const p = await parsed(params.textDocument.uri);
  return p ? documentSymbols(p.document, p.doc) : [];
});

connection.onFoldingRanges(async (params) => {
  const p = await parsed(params.textDocument.uri);
  return p ? foldingRanges(p.document, p.doc) : [];
});

documents.onDidClose((event) => {
  published.delete(event.document.uri);
  if (lastLinted?.uri === event.document.uri) lastLinted = undefined;
  modelCaches.delete(event.document.uri);
  configs?.forget(configUri(event.document.uri));
  notices?.documentClosed(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as Record<string, unknown> | null | undefined)?.['gongwen'];
  if (settings !== undefined) pushedSettings = settings;
  notices?.settingsChanged();
  configs?.settingsChanged();
  validateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  const changed = change.changes.map((c) => c.uri).filter((uri) => uri.endsWith(`/${CONFIG_FILE_NAME}`));
  // A deleted folder comes as one event for the folder, not for the config files that went with it.
  const folderGone = change.changes.some((c) => c.type === FileChangeType.Deleted && !c.uri.endsWith(`/${CONFIG_FILE_NAME}`) && configs?.readFileUnder(c.uri));
  if (changed.length === 0 && !folderGone) return;
  configs?.filesChanged(changed);
  validateAll();
});

/** Answers a request of the protocol, typed by its method. */
function onProtocolRequest<M extends keyof Requests>(
  method: M,
  handler: (params: Requests[M]['params']) => Requests[M]['result'] | Promise<Requests[M]['result']>,
): void {
  connection.onRequest(method, (params: Requests[M]['params']): unknown => handler(params));
}

// From the last lint, whichever version it was: while the user types, the last count stays.
onProtocolRequest(SPEECH_LENGTH, ({ uri, rate }) => {
  const linted = published.get(uri);
  return linted ? speechLength(linted.version, linted.model.characters, rate, serverLocale) : null;
});

onProtocolRequest(DESCRIBE_BLANKS, (params) => {
  const document = documents.get(params.uri);
  // The client's edits reach the server before its request; another version means the blanks moved.
  return document?.version === params.version ? describeBlanks(document, params, serverLocale) : null;
});

onProtocolRequest(VALIDATE_FILL, (params) => validateFill(params, serverLocale));

onProtocolRequest(IS_CHINESE_DRAFT, ({ text }) => typeof text === 'string' && isChineseDraft(text));

onProtocolRequest(DOCX_TEXT, ({ uri }) => docxText(String(uri), serverLocale));

onProtocolRequest(ANNOTATE_DOCX, async ({ uri, force }) => {
  // Requests come after initialization, which sets `configs`.
  const { config } = await configs!.forDocument(String(uri));
  return annotateDocx(String(uri), force === true, serverLocale, (text, layout) => {
    const doc = new SourceDocument(text, 'plain');
    doc.readLayout = layout;
    return withoutFailures(lintDocument(doc, config));
  });
});

onProtocolRequest(WRITE_REPORT, async (params) => {
  const uri = String(params.uri);
  const { config } = await configs!.forDocument(configUri(uri));
  const document = documents.get(uri);
  if (!document) return notOpen(serverLocale);
  const doc = sourceOf(uri, document.getText(), formatOf(document.languageId));
  const findings = withoutFailures(lintDocument(doc, config));
  return writeReport(params, { doc, findings, locale: config.locale, version: GONGWEN_VERSION, now: new Date() });
});

connection.onNotification(WORKSPACE_TRUSTED, () => {
  configs?.setTrusted(true);
  validateAll();
});

documents.listen(connection);
connection.listen();
