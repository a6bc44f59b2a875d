import * as vscode from 'vscode';
import {
  DESCRIBE_BLANKS,
  DIAGNOSTIC_SOURCE,
  PLACEHOLDER_CODE,
  VALIDATE_FILL,
  type BlankDescription,
  type DiagnosticData,
  type FillResult,
  type Range,
} from '../../server/src/protocol.js';
import { toBlank, type Blank } from './blank-list.js';
import { ask } from './server-requests.js';

function isPlaceholder(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === DIAGNOSTIC_SOURCE && code === PLACEHOLDER_CODE;
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

/**
 * What the server says of each blank of the document as it is now — its sentence cut to `width`,
 * an example of its content, what identical blanks share — in order; the blanks' own words when
 * the server cannot say (restarting, or the document changed meanwhile).
 */
export async function describeBlanks(document: vscode.TextDocument, blanks: readonly Blank[], width: number): Promise<BlankDescription[]> {
  const described = await ask(DESCRIBE_BLANKS, {
    uri: document.uri.toString(),
    version: document.version,
    width,
    blanks: blanks.map(({ range, kind, unit, template, slot }) => ({ range, kind, unit, template, slot })),
  });
  if (described?.length === blanks.length) return described;
  return blanks.map((b) => ({ sentence: document.getText(toVsRange(document, b.range)), example: b.what, label: b.template || b.what }));
}

/** The server's verdict on an answer for `blank`; undefined when it cannot say (the answer is then taken as typed). */
export function validateFill(blank: Blank, input: string): Promise<FillResult | undefined> {
  return ask(VALIDATE_FILL, { kind: blank.kind, unit: blank.unit, input });
}

export function toVsRange(document: vscode.TextDocument, range: Range): vscode.Range {
  return new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1]));
}
