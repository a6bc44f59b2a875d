import * as vscode from 'vscode';
import type { Locale } from '../../server/src/fill/types.js';

/** The language of the interface: English when VS Code's display language is English, else Chinese. */
export const locale: Locale = vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';

export function t(zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}
