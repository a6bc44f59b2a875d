import * as vscode from 'vscode';
import type { Locale } from '../../server/src/protocol.js';

/** The language of the linter's own messages: English when VS Code's display language is English, else Chinese. */
export const locale: Locale = vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';

/**
 * A message of the extension in VS Code's display language: the English text is the key, and
 * l10n/bundle.l10n.<language>.json holds the translations; `{0}`, `{1}` take `args`.
 */
export function t(message: string, ...args: (string | number)[]): string {
  return vscode.l10n.t(message, ...args);
}
