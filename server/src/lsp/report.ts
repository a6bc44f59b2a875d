import { mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, reportData, type Finding, type Locale, type SourceDocument } from '../core/index.js';
import { writeFileAtomic } from '../node/atomic-write.js';
import { renderHtmlReport, reportTime } from '../report/html-report.js';
import { docxFileOf, type WriteReportParams, type WriteReportResult } from '../protocol.js';

// The editor's 校对报告: the same data and page as `gongwen-lint --format html`, of the text the
// editor shows, written beside the file it is of.

const SAY: Readonly<Record<Locale, { cannotWrite: string; noFallback: string; notOpen: string }>> = {
  'zh-CN': {
    cannotWrite: '无法写入校对报告 {path}（{code}）',
    noFallback: '无处写入校对报告：没有可写入的目录',
    notOpen: '文档未打开。',
  },
  en: {
    cannotWrite: 'Cannot write the report {path} ({code})',
    noFallback: 'Nowhere to write the report: no writable folder',
    notOpen: 'The document is not open.',
  },
};

/** The answer for a document the server does not have open. */
export function notOpen(locale: Locale): WriteReportResult {
  return { ok: false, message: SAY[locale].notOpen };
}

export const REPORT_SUFFIX = '.校对报告.html';

export interface ReportInput {
  readonly doc: SourceDocument;
  readonly findings: readonly Finding[];
  readonly locale: Locale;
  readonly version: string;
  readonly now: Date;
}

/**
 * Renders the report of the document at `params.uri` and writes it: beside its file when that is on
 * disk (a Word view: beside the .docx), else, or when that folder cannot be written, in the
 * fallback directory. Never throws; never writes the draft.
 */
export function writeReport(params: WriteReportParams, input: ReportInput): WriteReportResult {
  const uri = String(params.uri);
  const file = filePathOf(docxFileOf(uri) ?? uri);
  const paragraphs = docxFileOf(uri) !== undefined;
  const name = file ? basename(file) : untitledName(uri);
  const data = reportData(input.doc, input.findings, input.locale);
  const html = renderHtmlReport([{ name, data, paragraphs }], { locale: input.locale, version: input.version, generated: reportTime(input.now) });
  const pageName = `${stem(name)}${REPORT_SUFFIX}`;
  const say = SAY[input.locale];
  const targets = [...(file ? [join(dirname(file), pageName)] : []), ...(typeof params.fallbackDir === 'string' && params.fallbackDir ? [join(params.fallbackDir, pageName)] : [])];
  if (targets.length === 0) return { ok: false, message: say.noFallback };
  let failure = '';
  for (const target of targets) {
    if (file && sameFile(target, file)) continue;
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, html);
      return { ok: true, uri: pathToFileURL(target).href, html, findings: data.total };
    } catch (e) {
      failure = format(say.cannotWrite, { path: target, code: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)) });
    }
  }
  return { ok: false, message: failure || format(say.cannotWrite, { path: targets[0]!, code: 'EEXIST' }) };
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** `untitled:Untitled-1` → `Untitled-1`; any character a file name cannot hold becomes `_`. */
function untitledName(uri: string): string {
  const tail = decodeURIComponent(uri.replace(/^[a-z-]+:/i, '').split(/[/?#]/).filter(Boolean).pop() ?? '') || 'untitled';
  return tail.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

function stem(name: string): string {
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** Whether writing `target` would write `file` (the same path, or a link to it). */
function sameFile(target: string, file: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(target) === real(file);
}
