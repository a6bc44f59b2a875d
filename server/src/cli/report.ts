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
  /** For a Word document, whose lines are paragraphs: each paragraph's opening words, by line. */
  readonly openings?: readonly string[];
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
  /** Our own severity, for the stylish and SARIF output (not part of the JSON). */
  readonly level: Finding['severity'];
  /** Other places the message refers to (SARIF only). */
  readonly related?: readonly LocatedRelated[];
  /** The fix, then each suggestion, located (SARIF only). */
  readonly edits?: readonly LocatedEdit[];
}

/** 1-based lines and columns, columns in UTF-16 code units; the end is exclusive. */
export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LocatedRelated extends Region {
  readonly message: string;
}

export interface LocatedEdit extends Region {
  /** The suggestion's title; none for the automatic fix. */
  readonly title?: string;
  readonly text: string;
}

export function buildReport(filePath: string, text: string, findings: readonly Finding[], extra: Pick<FileReport, 'openings'> = {}): FileReport {
  const index = findings.length > 0 ? new LineIndex(text) : undefined;
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  const region = (range: readonly [number, number]): Region => {
    const start = index!.position(range[0]);
    const end = index!.position(range[1]);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const messages = findings.map((f): LocatedMessage => {
    const severity = f.severity === 'error' ? 2 : 1;
    if (severity === 2) {
      errorCount++;
      if (f.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (f.fix) fixableWarningCount++;
    }
    const edits: LocatedEdit[] = [];
    if (f.fix) edits.push({ ...region(f.fix.range), text: f.fix.text });
    for (const s of f.suggestions ?? []) edits.push({ ...region(s.fix.range), title: s.title, text: s.fix.text });
    return {
      ruleId: f.ruleId,
      severity,
      message: f.message,
      ...region(f.range),
      ...(f.fix && { fix: { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text } }),
      level: f.severity,
      ...(f.related && f.related.length > 0 && { related: f.related.map((r) => ({ ...region(r.range), message: r.message })) }),
      ...(edits.length > 0 && { edits }),
    };
  });
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, ...extra };
}

/** ESLint's `json` formatter output. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(({ level: _level, related: _related, edits: _edits, ...message }) => message),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined && { output: r.output }),
    })),
  );
}
