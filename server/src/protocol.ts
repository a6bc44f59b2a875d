/**
 * What the extension and its language server exchange beyond LSP: the command ids, the data of
 * diagnostics and commands, and the custom requests and notifications with their parameters.
 * Both sides import this file; it imports types only, so the extension bundles no lint code.
 */
import type { Range as LspRange } from 'vscode-languageserver/node';
import type { PlaceholderData } from './core/rules/placeholder.js';
import type { Finding, Locale, Range } from './core/types.js';
import type { FillResult } from './fill/validate.js';

export type { FillResult, Locale, LspRange, Range };

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'gongwen';

/** The diagnostic code (the rule id) of an unfilled placeholder: the fill commands work on these. */
export const PLACEHOLDER_CODE = 'placeholder';

/**
 * The extension's commands: those the server puts in code actions and links, and those the
 * extension registers for the palette, keybindings and status bar (package.json contributes them all).
 */
export const COMMANDS = {
  /** Fill mode, from the blank at the cursor or a quick fix's `FillArgs`. */
  fill: 'gongwen.fillPlaceholder',
  /** One answer into every identical blank; from the palette, or a quick fix's `FillAllArgs`. */
  fillAll: 'gongwen.fillAllPlaceholders',
  next: 'gongwen.nextPlaceholder',
  previous: 'gongwen.previousPlaceholder',
  list: 'gongwen.listPlaceholders',
  /** A quick fix's `AllowArgs`: the term goes on the allow-list of the project's `.gongwenrc.json`. */
  allow: 'gongwen.allowPlaceholder',
  fixAll: 'gongwen.fixAll',
  /** Shows a rule's page as a read-only preview; its argument is the rule id. */
  showRuleDoc: 'gongwen.showRuleDoc',
  restartServer: 'gongwen.restartServer',
  /** Shows a .docx (its argument, else one picked) read-only as text, linted: a `DOCX_SCHEME` document. */
  checkDocx: 'gongwen.checkDocx',
  /** Writes `稿件.校对.docx` beside a .docx (its argument, the active Word view, or one picked). */
  annotateDocx: 'gongwen.annotateDocx',
  /** Writes the active document's 校对报告 (`稿件.校对报告.html`) and shows it. */
  writeReport: 'gongwen.writeReport',
} as const;

// ── Word documents ──────────────────────────────────────────────────────────────────────────

/**
 * The read-only text of a .docx, as the extension shows it: the file's URI with this scheme
 * (`gongwen-docx:/home/me/讲话稿.docx`). The server lints it as a plain-text draft whatever
 * `gongwen.languages` says, configured as the file itself, and offers no edits on it.
 */
export const DOCX_SCHEME = 'gongwen-docx';

/** The file a Word view shows (`file:` URI), or undefined when `uri` is not a Word view. */
export function docxFileOf(uri: string): string | undefined {
  const m = /^gongwen-docx:(?:\/\/([^/]*))?(\/.*)$/.exec(uri);
  return m ? `file://${m[1] ?? ''}${m[2]}` : undefined;
}

/** The kind of the server's fix-all source action (run on save, and by `COMMANDS.fixAll`). */
export const FIX_ALL_KIND = 'source.fixAll.gongwen';

/** Sent as `initializationOptions`, again on every restart. */
export interface InitializationOptions {
  /** False in a workspace the user has not trusted (VS Code's restricted mode); absent means trusted. */
  readonly workspaceTrusted?: boolean;
  /**
   * The client command that shows a rule's page read-only (its argument is the rule id). When set,
   * diagnostics and hovers link to it; otherwise they link to the page's file or web address.
   */
  readonly ruleDocsCommand?: string;
}

// ── Diagnostics ─────────────────────────────────────────────────────────────────────────────

/**
 * What a diagnostic carries for the client: the version it was made for, and the finding's data
 * (a placeholder's `PlaceholderData`, for the fill commands). Fixes stay on the server, which
 * keeps the findings for code actions: a long draft's diagnostics are sent on every keystroke.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly data?: Finding['data'];
}

/** The `data` of a `placeholder` finding, as the placeholder rule declares it. */
export type { PlaceholderData };

/** The `data` of a config file's diagnostic. */
export interface ConfigDiagnosticData {
  /** A JSON syntax error, which VS Code's JSON language service also reports while the file is open. */
  readonly syntax?: boolean;
}

// ── Command arguments (the server puts them in its quick fixes) ─────────────────────────────

export interface FillArgs {
  readonly uri: string;
  readonly version: number;
  readonly range: LspRange;
}

export interface FillAllArgs {
  readonly uri: string;
  readonly version: number;
  readonly key: string;
  /** The blank the fix was chosen on: the prompt shows its sentence. */
  readonly range: LspRange;
  readonly ranges: readonly LspRange[];
}

export interface AllowArgs {
  readonly uri: string;
  readonly text: string;
}

// ── Notifications ───────────────────────────────────────────────────────────────────────────

/** Client → server, no parameters: the user has just trusted the workspace. */
export const WORKSPACE_TRUSTED = 'gongwen/workspaceTrusted';

/**
 * Server → client, params `ConfigFileProblemsParams`: a saved `.gongwenrc.json` has problems not
 * announced before. The client tells the writer unless an editor shows the file, where its
 * diagnostics already are.
 */
export const CONFIG_FILE_PROBLEMS = 'gongwen/configFileProblems';

export interface ConfigFileProblemsParams {
  readonly uri: string;
  /** Every problem of the file, those not announced before first; never empty. */
  readonly problems: readonly ConfigFileProblem[];
}

export interface ConfigFileProblem {
  /** One line: `rules.nope: 未知规则「nope」…`, or the message alone for the whole file. */
  readonly text: string;
  /** Where it is written (0-based line, UTF-16 character). */
  readonly line: number;
  readonly character: number;
}

/**
 * Server → client, params `NotCheckedParams`: the document was not linted, and why. Sent every
 * time the server skips a version, right before its (empty) diagnostics, so the client can tell
 * "nothing found" from "not checked" and say why — and offer to reopen a garbled file.
 */
export const NOT_CHECKED = 'gongwen/notChecked';

/** `tooLarge`: over `gongwen.maxFileSize`. `misdecoded`: it looks decoded with the wrong encoding. */
export type NotCheckedReason = 'tooLarge' | 'misdecoded';

export interface NotCheckedParams {
  readonly uri: string;
  readonly version: number;
  readonly reason: NotCheckedReason;
}

// ── Requests (client → server) ──────────────────────────────────────────────────────────────

/**
 * Params `SpeechLengthParams`, result `SpeechLength | null`: how long the document's last linted
 * version takes to read aloud, counted on the model the server built to lint it. Null while the
 * server has not linted the document (just opened, not linted, skipped as too large or garbled).
 */
export const SPEECH_LENGTH = 'gongwen/speechLength';

export interface SpeechLengthParams {
  readonly uri: string;
  /** `gongwen.speechRate` as set (characters a minute); the server keeps it within its bounds. */
  readonly rate: unknown;
}

export interface SpeechLength {
  /** The version the count is for: the last one linted, which may be behind while the user types. */
  readonly version: number;
  /** Characters read aloud. */
  readonly characters: number;
  /** Whole minutes at `rate`. */
  readonly minutes: number;
  /** The rate counted with: the setting, kept within its bounds. */
  readonly rate: number;
  /** As the status bar and the CLI show it: `8,560 字 · 约 39 分钟`. */
  readonly text: string;
  /** `characters` grouped by thousands: `8,560`. */
  readonly count: string;
}

/**
 * Params `DescribeBlanksParams`, result `BlankDescription[] | null` (one per blank, in order): what
 * the fill prompt and the placeholder list show of each blank. Null when the server's copy of the
 * document is not at `version`.
 */
export const DESCRIBE_BLANKS = 'gongwen/describeBlanks';

export interface DescribeBlanksParams {
  readonly uri: string;
  readonly version: number;
  /** At most this many characters of each blank's sentence. */
  readonly width: number;
  readonly blanks: readonly BlankRef[];
}

/** A blank of the document at `version`: where it is (UTF-16 offsets) and its finding's data. */
export interface BlankRef extends Pick<PlaceholderData, 'kind' | 'unit' | 'template' | 'slot'> {
  readonly range: Range;
}

export interface BlankDescription {
  /** The sentence around the blank with the blank marked, cut to `width`: `…投资累计完成【X】亿元，同比增长X%…`. */
  readonly sentence: string;
  /** An example of what belongs in the blank: `数字，如 12.5（单位“亿元”会保留）`. */
  readonly example: string;
  /** What identical blanks share, for the fill-all prompt: `X区`, `【X】届X次`. */
  readonly label: string;
}

/**
 * Params `ValidateFillParams`, result `FillResult`: checks and tidies what the writer typed for a
 * blank (the input box asks on every keystroke, and once more for the answer given).
 */
export const VALIDATE_FILL = 'gongwen/validateFill';

export interface ValidateFillParams extends Pick<PlaceholderData, 'kind' | 'unit'> {
  readonly input: string;
}

/**
 * Params `IsChineseDraftParams`, result `boolean`: whether a text reads as Chinese prose — a notice,
 * a speech — rather than code or configuration (for an untitled editor whose language VS Code
 * switched by guess).
 */
export const IS_CHINESE_DRAFT = 'gongwen/isChineseDraft';

/** The server judges no more than this many characters from the start: the client sends no more. */
export const DRAFT_SAMPLE_CHARS = 10_000;

export interface IsChineseDraftParams {
  readonly text: string;
}

/**
 * Params `DocxTextParams`, result `DocxTextResult`: the text of a .docx (a `file:` URI), one line a
 * paragraph with Word's automatic numbering written in; or, for a .doc, an encrypted, corrupt or
 * oversized file, the message that says what is wrong and what to do.
 */
export const DOCX_TEXT = 'gongwen/docxText';

export interface DocxTextParams {
  readonly uri: string;
}

export type DocxTextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Params `AnnotateDocxParams`, result `AnnotateDocxResult`: the server lints a .docx as its Word
 * view shows it and writes `稿件.校对.docx` beside it, a comment (批注) per finding and a tracked
 * change (修订) per certain fix — only on this request. An existing copy is replaced only with `force`.
 */
export const ANNOTATE_DOCX = 'gongwen/annotateDocx';

export interface AnnotateDocxParams {
  readonly uri: string;
  readonly force: boolean;
}

export type AnnotateDocxResult =
  /** Written: the copy's `file:` URI, how many comments it carries and how many of them come with a tracked change. */
  | { readonly ok: true; readonly uri: string; readonly comments: number; readonly revisions: number }
  /** Not written, because the copy exists (ask, then send again with `force`). */
  | { readonly ok: false; readonly exists: string }
  /** Not written, and why, ready to show. */
  | { readonly ok: false; readonly message: string };

/**
 * Params `WriteReportParams`, result `WriteReportResult`: the server lints the open document (a Word
 * view: its .docx) with its configuration and writes its 校对报告, a self-contained HTML page, as
 * `稿件.校对报告.html` beside the file — or, for an untitled document or a folder it cannot write,
 * in `fallbackDir`. Never over the draft; an earlier report is replaced.
 */
export const WRITE_REPORT = 'gongwen/writeReport';

export interface WriteReportParams {
  readonly uri: string;
  /** A directory (a file system path) the client can write: its storage, or the system's temp dir. */
  readonly fallbackDir: string;
}

export type WriteReportResult =
  /** Written: the page's `file:` URI, the page itself and how many findings it lists. */
  | { readonly ok: true; readonly uri: string; readonly html: string; readonly findings: number }
  /** Not written, and why, ready to show. */
  | { readonly ok: false; readonly message: string };

/** Every custom request: its method, its params and its result. */
export interface Requests {
  [SPEECH_LENGTH]: { params: SpeechLengthParams; result: SpeechLength | null };
  [DESCRIBE_BLANKS]: { params: DescribeBlanksParams; result: BlankDescription[] | null };
  [VALIDATE_FILL]: { params: ValidateFillParams; result: FillResult };
  [IS_CHINESE_DRAFT]: { params: IsChineseDraftParams; result: boolean };
  [DOCX_TEXT]: { params: DocxTextParams; result: DocxTextResult };
  [ANNOTATE_DOCX]: { params: AnnotateDocxParams; result: AnnotateDocxResult };
  [WRITE_REPORT]: { params: WriteReportParams; result: WriteReportResult };
}

