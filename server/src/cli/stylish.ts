import { SEVERITY_NAMES as LABELS, type Locale } from '../core/index.js';
import type { FileReport } from './report.js';

/** ESLint-style human output: a block per file, aligned columns, a summary line. */
export function formatStylish(reports: readonly FileReport[], locale: Locale, color: boolean, cwdRelative: (p: string) => string): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    errors += report.errorCount;
    warnings += report.warningCount;
    fixable += report.fixableErrorCount + report.fixableWarningCount;
    out.push('', paint('4', cwdRelative(report.filePath)));
    // A Word document's lines are paragraphs: its findings come under 第N段 and the paragraph's opening words.
    const openings = report.openings;
    const rows = report.messages.map((m) => [
      openings ? String(m.column) : `${m.line}:${m.column}`,
      LABELS[locale][m.level]!,
      m.message,
      m.ruleId,
      m.severity === 2 ? '31' : m.level === 'warning' ? '33' : '36',
    ] as const);
    const widths = [0, 1, 2].map((col) => rows.reduce((w, r) => Math.max(w, displayWidth(r[col]!)), 0));
    let paragraph = 0;
    for (const [k, [where, label, message, ruleId, tone]] of rows.entries()) {
      const line = report.messages[k]!.line;
      if (openings && line !== paragraph) {
        paragraph = line;
        out.push(`  ${paint('1', locale === 'en' ? `¶${line}` : `第${line}段`)}  ${paint('2', openings[line - 1] ?? '')}`);
      }
      out.push(
        `${openings ? '    ' : '  '}${paint('2', pad(where, widths[0]!))}  ${paint(tone, pad(label, widths[1]!))}  ${pad(message, widths[2]!)}  ${paint('2', ruleId)}`,
      );
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary =
    locale === 'en'
      ? `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
      : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告或提示）`;
  out.push('', paint(errors > 0 ? '1;31' : '1;33', summary));
  if (fixable > 0) {
    out.push(paint('2', locale === 'en' ? `  ${fixable} can be fixed automatically.` : `  其中 ${fixable} 个可自动修复。`));
  }
  return `${out.join('\n')}\n`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000
        ? 2
        : 1;
  }
  return width;
}
