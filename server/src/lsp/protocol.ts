/** What the extension and its language server exchange beyond LSP. */

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

/** Notification, no parameters: the user has just trusted the workspace. */
export const WORKSPACE_TRUSTED = 'gongwen/workspaceTrusted';

/** The extension's command that shows a rule's page as a read-only preview. */
export const SHOW_RULE_DOC = 'gongwen.showRuleDoc';

/**
 * Notification, server → client, params `ConfigFileProblemsParams`: a saved `.gongwenrc.json` has
 * problems not announced before. The client tells the writer unless an editor shows the file, where
 * its diagnostics already are.
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

/** The `data` of a config file's diagnostic. */
export interface ConfigDiagnosticData {
  /** A JSON syntax error, which VS Code's JSON language service also reports while the file is open. */
  readonly syntax?: boolean;
}

/**
 * Notification, server → client, params `NotCheckedParams`: the document was not linted, and why.
 * Sent every time the server skips a version, right before its (empty) diagnostics, so the client
 * can tell "nothing found" from "not checked" and say why — and offer to reopen a garbled file.
 */
export const NOT_CHECKED = 'gongwen/notChecked';

/** `tooLarge`: over `gongwen.maxFileSize`. `misdecoded`: it looks decoded with the wrong encoding (see `looksMisdecoded`). */
export type NotCheckedReason = 'tooLarge' | 'misdecoded';

export interface NotCheckedParams {
  readonly uri: string;
  readonly version: number;
  readonly reason: NotCheckedReason;
}
