import { LineIndex, type Finding } from '../core/index.js';

/** One linted file, with its findings located for output. */
export interface FileReport {
  readonly filePath: string;
  readonly messages: readonly LocatedMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  /** The fixed text, when --fix or --fix-dry-run changed it (as in ESLint). */
  readonly output?: string;
}

/** ESLint's message shape: 1-based lines and columns, columns in UTF-16 code units; severity 2 = error, 1 = the rest. */
export interface LocatedMessage {
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
  /** Our own severity, for the stylish output (not part of the JSON). */
  readonly level: Finding['severity'];
}

export function buildReport(filePath: string, text: string, findings: readonly Finding[]): FileReport {
  const index = findings.length > 0 ? new LineIndex(text) : undefined;
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  const messages = findings.map((f): LocatedMessage => {
    const start = index!.position(f.range[0]);
    const end = index!.position(f.range[1]);
    const severity = f.severity === 'error' ? 2 : 1;
    if (severity === 2) {
      errorCount++;
      if (f.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (f.fix) fixableWarningCount++;
    }
    return {
      ruleId: f.ruleId,
      severity,
      message: f.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      ...(f.fix && { fix: { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text } }),
      level: f.severity,
    };
  });
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}

/** ESLint's `json` formatter output. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(({ level: _level, ...message }) => message),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined && { output: r.output }),
    })),
  );
}
