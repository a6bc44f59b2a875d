import { existsSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { configForFile, defaultConfig, fixText, lint, normalizeConfig, type Config, type DocFormat, type Locale } from '../core/index.js';
import { findConfigFile, readConfigFile } from '../node/config-file.js';
import { decode } from '../node/decode.js';
import { parseArgs, USAGE, type CliOptions } from './args.js';
import { expandPatterns } from './files.js';
import { readFileLimited } from './read-file.js';
import { buildReport, formatJson, type FileReport } from './report.js';
import { formatStylish } from './stylish.js';
import { writeBack } from './write-back.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (line: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly color: boolean;
  readonly version: string;
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

  const configs = new ConfigResolver(options, io.cwd);
  const reports: FileReport[] = [];
  let ioProblems = 0;
  const note = (line: string) => io.stderr(`gongwen-lint: ${line}`);
  const problem = (line: string) => {
    note(line);
    ioProblems++;
  };
  const tooLarge = (filePath: string, size: number) =>
    note(`跳过过大的文件（skipped, too large）：${filePath}（${size} 字节，上限 ${options.maxFileSize} 字节，可用 --max-file-size 调整）`);
  /** Lints (and with --fix, fixes) one file's bytes; false on a configuration error, which ends the run. */
  const lintOne = (filePath: string, bytes: Uint8Array): boolean => {
    const config = configs.forFile(filePath);
    if (!config.ok) {
      for (const line of config.errors) note(line);
      return false;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      note(`跳过二进制文件（skipped, binary）：${filePath}`);
      return true;
    }
    if (decoded.lossy) {
      const name = decoded.encoding.toUpperCase();
      note(`${filePath}：含无效的 ${name} 字节，已按 U+FFFD 检查（invalid ${name}）`);
    }
    const lintOptions = { format: formatOf(filePath) };
    if (!options.fix) {
      reports.push(buildReport(filePath, decoded.text, lint(decoded.text, config.config, lintOptions)));
      return true;
    }
    const fixed = fixText(decoded.text, config.config, lintOptions);
    if (fixed.output === decoded.text) {
      reports.push(buildReport(filePath, decoded.text, fixed.remaining));
      return true;
    }
    if (options.fix === 'write') {
      const written = writeBack(filePath, { ...decoded, bytes }, fixed.output);
      if (!written.ok) {
        problem(written.message);
        // The file is as it was, and so are its findings.
        reports.push(buildReport(filePath, decoded.text, lint(decoded.text, config.config, lintOptions)));
        return true;
      }
    }
    reports.push({ ...buildReport(filePath, fixed.output, fixed.remaining), output: fixed.output });
    return true;
  };

  if (options.patterns.includes('-')) {
    const name = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<text>';
    const bytes = await io.readStdin();
    if (bytes.length > options.maxFileSize) tooLarge(name, bytes.length);
    else if (!lintOne(name, bytes)) return 2;
  }
  const expansion = expandPatterns(
    options.patterns.filter((p) => p !== '-'),
    io.cwd,
  );
  for (const error of expansion.errors) problem(error);
  for (const line of expansion.notes) note(line);
  for (const file of expansion.files) {
    const read = readFileLimited(file, options.maxFileSize);
    if (read.kind === 'error') problem(`无法读取（cannot read）：${file}（${read.code}）`);
    else if (read.kind === 'too-large') tooLarge(file, read.size);
    else if (!lintOne(file, read.bytes)) return 2;
  }

  const locale = configs.locale;
  if (options.format === 'json') {
    io.stdout(`${formatJson(reports)}\n`);
  } else {
    io.stdout(formatStylish(reports, locale, io.color, (p) => (p.startsWith('<') ? p : relative(io.cwd, p) || p)));
  }
  if (ioProblems > 0) return 2;
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`gongwen-lint: 警告 ${warnings} 个，超过 --max-warnings ${options.maxWarnings}（too many warnings）`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

function formatOf(filePath: string): DocFormat {
  const ext = extname(filePath).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}

type Resolved = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * Config layers, later wins: defaults < nearest `.gongwenrc.json` (or `--config`) < its `overrides`
 * matching the file < `--rule` flags.
 * Each config file is read and validated once.
 */
class ConfigResolver {
  readonly locale: Locale;
  private readonly base: Config;
  private readonly byConfigFile = new Map<string, Resolved>();
  private readonly configFileByDir = new Map<string, string | undefined>();

  constructor(
    private readonly options: CliOptions,
    private readonly cwd: string,
  ) {
    this.locale = options.locale;
    this.base = normalizeConfig({ locale: options.locale }, defaultConfig()).config;
  }

  forFile(filePath: string): Resolved {
    const configPath = this.options.config ? resolve(this.cwd, this.options.config) : this.nearestConfigFile(filePath);
    const key = configPath ?? '';
    let resolved = this.byConfigFile.get(key);
    if (!resolved) {
      resolved = this.resolve(configPath);
      this.byConfigFile.set(key, resolved);
    }
    // The file's `overrides`, then the command-line flags, which beat everything in files.
    if (!resolved.ok || resolved.config.overrides.length === 0) return resolved;
    return { ok: true, config: this.withFlags(configForFile(resolved.config, filePath)) };
  }

  private withFlags(config: Config): Config {
    // The locale flag beats a config file's locale.
    const flags: Record<string, unknown> = { locale: this.locale, rules: Object.fromEntries(this.options.rules) };
    return normalizeConfig(flags, config, this.locale).config;
  }

  private nearestConfigFile(filePath: string): string | undefined {
    const dir = filePath.startsWith('<') ? this.cwd : dirname(filePath);
    if (!this.configFileByDir.has(dir)) this.configFileByDir.set(dir, findConfigFile(dir, existsSync));
    return this.configFileByDir.get(dir);
  }

  private resolve(configPath: string | undefined): Resolved {
    let config = this.base;
    if (configPath) {
      const file = readConfigFile(configPath, this.locale);
      if (!file.ok) return { ok: false, errors: [`${configPath}: ${file.message}`] };
      const result = normalizeConfig(file.raw, config, this.locale, { dir: dirname(configPath) });
      if (!result.ok) return { ok: false, errors: result.errors.map((e) => `${configPath}: ${e.path}: ${e.message}`) };
      config = result.config;
    }
    // Kept without the flags while overrides are still to be applied per file.
    return { ok: true, config: config.overrides.length > 0 ? config : this.withFlags(config) };
  }
}
