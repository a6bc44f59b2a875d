import { relative, resolve } from 'node:path';
import { fixText, lint, reportData, SourceDocument, speechStats, type ReportData } from '../core/index.js';
import { parseArgs, USAGE, type CliOptions } from './args.js';
import { configAsFile, ConfigResolver } from './config.js';
import { expandPatterns } from './files.js';
import { writeStarterConfig } from './init.js';
import { writeAnnotatedCopy } from '../node/annotated-copy.js';
import { readLayout } from '../docx/layout.js';
import { libreOfficeConverter } from '../node/convert-office.js';
import { DOCX_MAX_FILE_SIZE, isWordDocument, loadFile } from '../node/load-file.js';
import { readFileLimited } from '../node/read-file.js';
import { buildReport, formatJson, type FileReport } from './report.js';
import { formatSarif } from './sarif.js';
import { renderHtmlReport, reportTime, type HtmlReportFile } from '../report/html-report.js';
import { formatStatsJson, formatStatsText, type FileStats } from './stats.js';
import { formatStylish } from './stylish.js';
import { writeBack } from './write-back.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (line: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly color: boolean;
  readonly version: string;
  /** The clock the HTML report is dated by (tests fix it). */
  readonly now?: () => Date;
}

/** Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage, configuration or I/O problems. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`gongwen-lint: ${parsed.message}`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }

  if (options.init) return init(options, io);
  if (options.printConfig !== undefined) return printConfig(options, options.printConfig, io);
  if (options.stats) return stats(options, io);

  const configs = new ConfigResolver(options, io.cwd);
  const reports: FileReport[] = [];
  const pages: { filePath: string; data: ReportData; paragraphs: boolean }[] = [];
  const note = (line: string) => io.stderr(`gongwen-lint: ${line}`);
  const convert = libreOfficeConverter();
  /** Lints (and with --fix, fixes) one file's text; false on a configuration error, which ends the run. */
  const lintOne: Visit = (filePath, bytes, problem) => {
    const config = configs.forFile(filePath);
    if (!config.ok) {
      for (const line of config.errors) note(line);
      return false;
    }
    const loaded = loadFile(filePath, bytes, options.locale, { note, problem }, { allParts: options.annotate, convert });
    if (!loaded) return true;
    const report = (text: string, findings: Parameters<typeof buildReport>[2]) => {
      // The 校对报告 reads the text's outline, blanks and figures as well: of the text the findings are of.
      if (options.format === 'html') pages.push({ filePath, data: reportData(new SourceDocument(text, loaded.format), findings, config.config.locale), paragraphs: loaded.kind === 'docx' });
      return buildReport(filePath, text, findings, loaded.kind === 'docx' ? { openings: loaded.document.paragraphs.map((p) => opening(p.text)) } : undefined);
    };
    if (options.annotate) {
      if (loaded.kind !== 'docx') {
        problem(`${filePath}：--annotate 只用于 Word 文档（--annotate takes .docx, .doc and .wps files）`);
        return true;
      }
      const findings = lint(loaded.text, config.config, { format: loaded.format, layout: readLayout(loaded.document) });
      const written = writeAnnotatedCopy(filePath, loaded.document, findings, { locale: config.config.locale, force: options.force, revisions: options.annotateMode === 'revisions' });
      if (written.ok) note(annotatedNote(cwdRelative(io.cwd, written.path), written, options.annotateMode, loaded.converted));
      else problem(written.message);
      reports.push(report(loaded.text, findings));
      return true;
    }
    const lintOptions = { format: loaded.format, ...(loaded.kind === 'docx' && { layout: readLayout(loaded.document) }) };
    if (!options.fix || loaded.kind === 'docx') {
      if (options.fix) note(`${filePath}：--fix 不改写 Word 文档，只报告问题（--fix does not write .docx）`);
      reports.push(report(loaded.text, lint(loaded.text, config.config, lintOptions)));
      return true;
    }
    const decoded = loaded.decoded;
    const fixed = fixText(decoded.text, config.config, lintOptions);
    if (fixed.output === decoded.text) {
      reports.push(report(decoded.text, fixed.remaining));
      return true;
    }
    if (options.fix === 'write') {
      const written = writeBack(filePath, { ...decoded, bytes }, fixed.output);
      if (!written.ok) {
        problem(written.message);
        // The file is as it was, and so are its findings.
        reports.push(report(decoded.text, lint(decoded.text, config.config, lintOptions)));
        return true;
      }
    }
    reports.push({ ...report(fixed.output, fixed.remaining), output: fixed.output });
    return true;
  };
  const read = await readInputs(options, io, lintOne);
  if (read === 'stop') return 2;

  const locale = configs.locale;
  if (options.format === 'json') {
    io.stdout(`${formatJson(reports)}\n`);
  } else if (options.format === 'html') {
    const files: HtmlReportFile[] = pages.map((p) => ({ name: cwdRelative(io.cwd, p.filePath), data: p.data, paragraphs: p.paragraphs }));
    io.stdout(renderHtmlReport(files, { locale, version: io.version, generated: reportTime(io.now?.() ?? new Date()) }));
  } else if (options.format === 'sarif') {
    io.stdout(`${formatSarif(reports, { cwd: io.cwd, version: io.version, locale })}\n`);
  } else {
    io.stdout(formatStylish(reports, locale, io.color, (p) => cwdRelative(io.cwd, p)));
  }
  if (read.problems > 0) return 2;
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`gongwen-lint: 警告 ${warnings} 个，超过 --max-warnings ${options.maxWarnings}（too many warnings）`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

/** Handles one input's bytes; false ends the run (a configuration error). `problem` notes an I/O problem. */
type Visit = (filePath: string, bytes: Uint8Array, problem: (line: string) => void) => boolean;

/** What `--annotate` wrote: comments, tracked changes, and for a .doc or .wps that the copy is a .docx. */
function annotatedNote(path: string, copy: { comments: number; revisions: number }, mode: CliOptions['annotateMode'], converted: boolean): string {
  const [zh, en] = mode === 'comments' ? [`${copy.comments} 条批注`, `${copy.comments} comments`] : [`${copy.comments} 条批注，${copy.revisions} 处修订`, `${copy.comments} comments, ${copy.revisions} tracked changes`];
  const [zhConverted, enConverted] = converted ? ['；原文件经 LibreOffice 转换，副本为 .docx 格式', '; converted by LibreOffice, the copy is a .docx'] : ['', ''];
  return `已生成 ${path}（${zh}${zhConverted}）（wrote a copy with ${en}${enConverted}）`;
}

/** A paragraph's opening words, shown with its findings in the stylish output of a Word document. */
function opening(text: string): string {
  const words = text.trim();
  return words.length > 20 ? `${words.slice(0, 20)}…` : words;
}

/**
 * Reads standard input (`-`) and every file the patterns name and hands each one's bytes to
 * `visit`, noting on stderr what is skipped (too large, broken links) and counting I/O problems.
 * `stop` when `visit` says so.
 */
async function readInputs(options: CliOptions, io: CliIo, visit: Visit): Promise<{ problems: number } | 'stop'> {
  let problems = 0;
  const note = (line: string) => io.stderr(`gongwen-lint: ${line}`);
  const problem = (line: string) => {
    note(line);
    problems++;
  };
  const tooLarge = (filePath: string, size: number) =>
    note(`跳过过大的文件（skipped, too large）：${filePath}（${size} 字节，上限 ${options.maxFileSize} 字节，可用 --max-file-size 调整）`);
  const one = (filePath: string, bytes: Uint8Array) => visit(filePath, bytes, problem);

  if (options.patterns.includes('-')) {
    const name = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<text>';
    const bytes = await io.readStdin();
    if (bytes.length > options.maxFileSize) tooLarge(name, bytes.length);
    else if (!one(name, bytes)) return 'stop';
  }
  const expansion = expandPatterns(
    options.patterns.filter((p) => p !== '-'),
    io.cwd,
  );
  for (const error of expansion.errors) problem(error);
  for (const line of expansion.notes) note(line);
  for (const file of expansion.files) {
    const docx = isWordDocument(file);
    const read = readFileLimited(file, docx ? DOCX_MAX_FILE_SIZE : options.maxFileSize);
    if (read.kind === 'error') problem(`无法读取（cannot read）：${file}（${read.code}）`);
    else if (read.kind === 'too-large' && docx) problem(`Word 文档过大（too large）：${file}（${read.size} 字节，上限 ${DOCX_MAX_FILE_SIZE} 字节）`);
    else if (read.kind === 'too-large') tooLarge(file, read.size);
    else if (!one(file, read.bytes)) return 'stop';
  }
  return { problems };
}

/** `--stats`: characters and reading time of each file, and their total. Exit 0, or 2 on I/O problems. */
async function stats(options: CliOptions, io: CliIo): Promise<number> {
  const files: FileStats[] = [];
  const convert = libreOfficeConverter();
  const read = await readInputs(options, io, (filePath, bytes, problem) => {
    const loaded = loadFile(filePath, bytes, options.locale, { note: (line) => io.stderr(`gongwen-lint: ${line}`), problem }, { convert });
    if (loaded) files.push({ filePath, ...speechStats(loaded.text, loaded.format, options.speechRate) });
    return true;
  });
  if (read === 'stop') return 2;
  if (options.format === 'json') io.stdout(`${formatStatsJson(files, options.speechRate)}\n`);
  else io.stdout(formatStatsText(files, options.speechRate, options.locale, (p) => cwdRelative(io.cwd, p)));
  return read.problems > 0 ? 2 : 0;
}

/** `--init`: a commented starter `.gongwenrc.json` in the working directory, never over an existing one. */
function init(options: CliOptions, io: CliIo): number {
  const result = writeStarterConfig(io.cwd, options.locale);
  if (!result.ok) {
    io.stderr(`gongwen-lint: ${result.message}`);
    return 2;
  }
  io.stdout(`已创建 ${cwdRelative(io.cwd, result.path)}（created）\n`);
  return 0;
}

/** `--print-config <file>`: the configuration that linting the file would use, as a `.gongwenrc.json`. */
function printConfig(options: CliOptions, file: string, io: CliIo): number {
  const resolved = new ConfigResolver(options, io.cwd).forFile(resolve(io.cwd, file));
  if (!resolved.ok) {
    for (const line of resolved.errors) io.stderr(`gongwen-lint: ${line}`);
    return 2;
  }
  io.stdout(`${JSON.stringify(configAsFile(resolved.config), null, 2)}\n`);
  return 0;
}

function cwdRelative(cwd: string, p: string): string {
  return p.startsWith('<') ? p : relative(cwd, p) || p;
}
