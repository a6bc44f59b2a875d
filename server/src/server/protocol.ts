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
