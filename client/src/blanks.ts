import * as vscode from 'vscode';
import type { Range } from '../../server/src/core/index.js';
import { toBlank, type Blank } from '../../server/src/fill/types.js';

/** What the server puts in a diagnostic's `data` (see server/src/lsp/diagnostics.ts). */
interface DiagnosticData {
  readonly version?: number;
  readonly data?: unknown;
}

function isPlaceholder(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === 'gongwen' && code === 'placeholder';
}

export function dataOf(d: vscode.Diagnostic): DiagnosticData | undefined {
  // The language client keeps the LSP `data` on the diagnostics it creates.
  return (d as vscode.Diagnostic & { data?: DiagnosticData }).data;
}

export interface BlankList {
  readonly blanks: Blank[];
  /** False when the diagnostics were computed for an older version of the document. */
  readonly fresh: boolean;
}

/** The document's blanks, from the `placeholder` diagnostics the server published. */
export function currentBlanks(document: vscode.TextDocument): BlankList {
  const blanks: Blank[] = [];
  let fresh = true;
  for (const d of vscode.languages.getDiagnostics(document.uri)) {
    if (!isPlaceholder(d)) continue;
    const data = dataOf(d);
    if (data?.version !== undefined && data.version !== document.version) fresh = false;
    const range: Range = [document.offsetAt(d.range.start), document.offsetAt(d.range.end)];
    const blank = toBlank(range, d.message, data?.data);
    if (blank) blanks.push(blank);
  }
  blanks.sort((a, b) => a.range[0] - b.range[0]);
  return { blanks, fresh };
}

/**
 * The blanks for the document's current version: waits (on diagnostics events, up to `timeoutMs`)
 * while the published ones are older. Returns the stale list, marked, if nothing newer came.
 */
export function freshBlanks(document: vscode.TextDocument, timeoutMs = 3000): Promise<BlankList> {
  const now = currentBlanks(document);
  if (now.fresh) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (list: BlankList) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(list);
    };
    const timer = setTimeout(() => done(currentBlanks(document)), timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === document.uri.toString())) return;
      const list = currentBlanks(document);
      if (list.fresh) done(list);
    });
  });
}

export function toVsRange(document: vscode.TextDocument, range: Range): vscode.Range {
  return new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1]));
}
