/** What the extension and its language server exchange beyond LSP. */

/** Sent as `initializationOptions`, again on every restart. */
export interface InitializationOptions {
  /** False in a workspace the user has not trusted (VS Code's restricted mode); absent means trusted. */
  readonly workspaceTrusted?: boolean;
}

/** Notification, no parameters: the user has just trusted the workspace. */
export const WORKSPACE_TRUSTED = 'gongwen/workspaceTrusted';

/**
 * Notification from the server: the document looks decoded with the wrong encoding (see
 * `looksMisdecoded`), so it was not linted. Sent once while the document stays open and garbled.
 */
export const MISDECODED = 'gongwen/misdecoded';

export interface MisdecodedParams {
  readonly uri: string;
}
