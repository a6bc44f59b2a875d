import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { docsPath, docsUrl, ruleById, type AnyRule, type Finding, type Severity } from '../core/index.js';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../protocol.js';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const hrefs = new Map<string, string>();
let docsCommand: string | undefined;

/**
 * Rule pages open through this client command from now on (VS Code: a read-only preview), instead
 * of as a file — which an editor would open for editing, inside the installed extension.
 */
export function useRuleDocsCommand(command: string | undefined): void {
  docsCommand = command;
  hrefs.clear();
}

/**
 * A rule's page: through the client's command when it has one; else the copy shipped with the
 * extension (`docs/` beside `dist/`), which opens with no network — drafts are often written on
 * machines that have none — else the online one.
 */
export function docsHref(rule: AnyRule): string {
  let href = hrefs.get(rule.id);
  if (!href) {
    if (docsCommand) {
      href = `command:${docsCommand}?${encodeURIComponent(JSON.stringify([rule.id]))}`;
    } else {
      // dist/server.js has docs/ one folder up; the bundled tests run a few folders further down.
      const local = [1, 2, 3].map((up) => join(__dirname, ...Array<string>(up).fill('..'), docsPath(rule))).find((p) => existsSync(p));
      href = local ? pathToFileURL(local).href : docsUrl(rule);
    }
    hrefs.set(rule.id, href);
  }
  return href;
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const rule = ruleById(finding.ruleId);
  const data: { -readonly [K in keyof DiagnosticData]: DiagnosticData[K] } = { version: document.version };
  if (finding.data) data.data = finding.data;
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.range[0]), end: document.positionAt(finding.range[1]) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (rule) diagnostic.codeDescription = { href: docsHref(rule) };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: {
        uri: document.uri,
        range: { start: document.positionAt(r.range[0]), end: document.positionAt(r.range[1]) },
      },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** The finding a diagnostic (sent back with a code action request) was made from, among the current version's. */
export function findingOf(document: TextDocument, diagnostic: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.ruleId === diagnostic.code && f.range[0] === start && f.range[1] === end && f.message === diagnostic.message);
}
