import type { LayoutMode, Locale, SeveritySetting } from '../core/index.js';
import { DEFAULT_SPEECH_RATE, LAYOUT_MODES, RULES, SEVERITY_SETTINGS, SPEECH_RATE_RANGE, unknownRuleMessage } from '../core/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../limits.js';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'html';
const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'html'];

export interface CliOptions {
  readonly patterns: readonly string[];
  readonly format: OutputFormat;
  readonly config?: string;
  readonly rules: ReadonlyMap<string, SeveritySetting>;
  readonly maxWarnings?: number;
  readonly stdinFilename?: string;
  readonly locale: Locale;
  /** `write`: fix files in place; `dry-run`: fix in memory only (the JSON output carries the text). */
  readonly fix?: 'write' | 'dry-run';
  /** Larger files are skipped unread. */
  readonly maxFileSize: number;
  /** `--stats`: count characters and reading time instead of linting. */
  readonly stats: boolean;
  /** Characters read aloud a minute, for `--stats`. */
  readonly speechRate: number;
  /** `--init`: write a starter `.gongwenrc.json` into the working directory. */
  readonly init: boolean;
  /** `--print-config <file>`: print the configuration that applies to the file. */
  readonly printConfig?: string;
  /** `--annotate`: beside each .docx, a copy with a Word comment (批注) per finding. */
  readonly annotate: boolean;
  /** `revisions` (`--annotate`): certain fixes are tracked changes (修订) too; `comments` (`--annotate=comments`): comments only. */
  readonly annotateMode: 'revisions' | 'comments';
  /** `--force`: `--annotate` may replace a copy written before. */
  readonly force: boolean;
  /** `--layout`: when the layout rules check a .docx (the config's `layout`). */
  readonly layout?: LayoutMode;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const USAGE = `用法 Usage: gongwen-lint [选项 options] <文件|目录|glob …>    (- 读标准输入 reads stdin)
       gongwen-lint --stats [--speech-rate <n>] <文件|目录|glob …>
       gongwen-lint --init
       gongwen-lint --print-config <file>
       gongwen-lint --annotate[=comments] [--force] <稿件.docx|.doc|.wps …>

  -f, --format <格式>           输出格式 output format：stylish（默认）；json 与 ESLint 的 JSON 格式相同；
                                sarif 为 SARIF 2.1.0（GitHub 代码扫描 code scanning）；与 --stats 同用时可为 json
                                html 为自成一体、可打印（A4）的校对报告页 (a self-contained proofreading report)
  -c, --config <file>           使用指定的配置文件，而不是最近的 .gongwenrc.json
      --rule <id>:<severity>    调整规则级别：off|hint|info|warning|error（可重复）
      --max-warnings <n>        警告多于 n 个时以 1 退出
      --stdin-filename <name>   标准输入所代表的文件名（决定配置与格式）
      --locale zh-CN|en         消息语言
      --fix                     修复可自动修复的问题并写回（保持编码、BOM、换行符），只报告余下的问题
      --fix-dry-run             同上，但不写回文件；json 输出中的 output 为修复后的全文
      --annotate                为每个 Word 文档在旁边生成“原名.校对.docx”：每个问题一条批注，可确定的修改
                                同时写成修订，原文件不变 (a copy with a comment per finding and a tracked
                                change per certain fix; the original is not touched)
      --annotate=comments       同上，但只写批注，不写修订 (comments only)
      --force                   与 --annotate 同用：覆盖已有的校对副本 (replace an existing copy)
      --layout <auto|gbt9704|off>  .docx 的版式检查（GB/T 9704-2012）：auto 只查公文（默认），gbt9704 都查，off 不查
                                (layout checks of .docx: auto official documents only, gbt9704 all, off none)
      --max-file-size <bytes>   跳过大于此字节数的文件（默认 ${DEFAULT_MAX_FILE_SIZE}，即 ${DEFAULT_MAX_FILE_SIZE / 1024 / 1024} MB）
      --stats                   不检查，统计正文字数与朗读时长 (count characters and reading time)
      --speech-rate <n>         朗读语速，每分钟字数 characters a minute（默认 ${DEFAULT_SPEECH_RATE}，${SPEECH_RATE_RANGE.min}–${SPEECH_RATE_RANGE.max}）
      --init                    在当前目录写入带注释的 .gongwenrc.json，已有则不覆盖 (write a starter config)
      --print-config <file>     以 JSON 打印该文件实际使用的配置 (print the configuration for a file)
  -h, --help                    显示本帮助
  -v, --version                 显示版本

目录中检查 .txt、.md、.markdown、.gw 和 .docx 文件；.docx 的行号即段落号，--fix 不改写 .docx。
.doc、.wps 在装有 LibreOffice（soffice）时先转换为临时 .docx 再检查，其校对副本为 .docx。
退出码 Exit codes: 0 无错误 no errors · 1 有错误或警告超限 errors or too many warnings · 2 用法、配置或读写错误 usage, config or I/O error`;

const VALUE_FLAGS = new Set([
  '--format',
  '-f',
  '--config',
  '-c',
  '--rule',
  '--max-warnings',
  '--stdin-filename',
  '--locale',
  '--max-file-size',
  '--speech-rate',
  '--print-config',
  '--layout',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const patterns: string[] = [];
  const rules = new Map<string, SeveritySetting>();
  let format: OutputFormat = 'stylish';
  let config: string | undefined;
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  let locale: Locale = 'zh-CN';
  let fix: CliOptions['fix'];
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let stats = false;
  let speechRate: number = DEFAULT_SPEECH_RATE;
  let speechRateGiven = false;
  let init = false;
  let printConfig: string | undefined;
  let annotate = false;
  let annotateMode: CliOptions['annotateMode'] = 'revisions';
  let force = false;
  let layout: LayoutMode | undefined;
  let help = false;
  let version = false;
  let onlyPatterns = false;

  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (onlyPatterns || arg === '-' || !arg.startsWith('-')) {
      patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPatterns = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_FLAGS.has(arg) && value === undefined) {
      value = argv[++i];
      if (value === undefined) return { ok: false, message: `${arg} 需要一个值 (${arg} needs a value)` };
    }
    switch (arg) {
      case '-f':
      case '--format':
        if (!FORMATS.includes(value as OutputFormat)) {
          return { ok: false, message: `--format 应为 ${FORMATS.join('、')} 之一，实际为 "${value}"（--format takes ${FORMATS.join('|')}）` };
        }
        format = value as OutputFormat;
        break;
      case '-c':
      case '--config':
        config = value;
        break;
      case '--rule': {
        const m = /^([\w-]+):(\w+)$/.exec(value!);
        if (!m) return { ok: false, message: `--rule 应形如 <规则>:<级别>，如 placeholder:warning，实际为 "${value}"` };
        const [, id, severity] = m as unknown as [string, string, string];
        if (!RULES.some((r) => r.id === id)) {
          return { ok: false, message: `--rule：${unknownRuleMessage(id, 'zh-CN')}` };
        }
        if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
          return { ok: false, message: `--rule ${id}：级别应为 ${SEVERITY_SETTINGS.join('|')}，实际为 "${severity}"` };
        }
        rules.set(id, severity as SeveritySetting);
        break;
      }
      case '--max-warnings': {
        const n = nonNegativeInteger(value!);
        if (n === undefined) return { ok: false, message: `--max-warnings 应为非负整数，实际为 "${value}"` };
        maxWarnings = n;
        break;
      }
      case '--max-file-size': {
        const n = nonNegativeInteger(value!);
        if (n === undefined) return { ok: false, message: `--max-file-size 应为字节数（非负整数），实际为 "${value}"（--max-file-size takes a number of bytes）` };
        maxFileSize = n;
        break;
      }
      case '--fix':
      case '--fix-dry-run': {
        const mode = arg === '--fix' ? 'write' : 'dry-run';
        if (fix !== undefined && fix !== mode) {
          return { ok: false, message: '--fix 与 --fix-dry-run 不能同时使用（--fix and --fix-dry-run cannot be combined）' };
        }
        fix = mode;
        break;
      }
      case '--stdin-filename':
        stdinFilename = value;
        break;
      case '--stats':
        stats = true;
        break;
      case '--speech-rate': {
        const n = nonNegativeInteger(value!);
        if (n === undefined || n < SPEECH_RATE_RANGE.min || n > SPEECH_RATE_RANGE.max) {
          const { min, max } = SPEECH_RATE_RANGE;
          return { ok: false, message: `--speech-rate 应为 ${min}–${max} 的整数（每分钟字数），实际为 "${value}"（--speech-rate takes a whole number of characters a minute, ${min} to ${max}）` };
        }
        speechRate = n;
        speechRateGiven = true;
        break;
      }
      case '--init':
        init = true;
        break;
      case '--print-config':
        printConfig = value;
        break;
      case '--annotate':
        if (value !== undefined && value !== 'comments') {
          return { ok: false, message: `--annotate 只接受 --annotate=comments，实际为 "${value}"（--annotate takes =comments or nothing）` };
        }
        annotate = true;
        annotateMode = value === 'comments' ? 'comments' : 'revisions';
        break;
      case '--force':
        force = true;
        break;
      case '--layout':
        if (!LAYOUT_MODES.includes(value as LayoutMode)) {
          return { ok: false, message: `--layout 应为 ${LAYOUT_MODES.join('、')} 之一，实际为 "${value}"（--layout takes ${LAYOUT_MODES.join('|')}）` };
        }
        layout = value as LayoutMode;
        break;
      case '--locale':
        if (value !== 'zh-CN' && value !== 'en') return { ok: false, message: `--locale 应为 zh-CN 或 en，实际为 "${value}"` };
        locale = value;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      default:
        return { ok: false, message: `未知选项 ${arg}（unknown option）；gongwen-lint --help 查看用法` };
    }
  }
  const missing = help || version ? undefined : actionProblem(init, printConfig, stats || fix !== undefined || annotate, patterns.length > 0);
  if (missing) return { ok: false, message: missing };
  if (stats && fix !== undefined) {
    return { ok: false, message: '--stats 不能与 --fix、--fix-dry-run 同用（--stats cannot be combined with --fix）' };
  }
  if (stats && (format === 'sarif' || format === 'html')) {
    return { ok: false, message: `--stats 的输出格式为 stylish 或 json（--stats prints stylish or json, not ${format}）` };
  }
  if (speechRateGiven && !stats) {
    return { ok: false, message: '--speech-rate 只用于 --stats（--speech-rate applies to --stats only）' };
  }
  if (annotate && (stats || fix !== undefined)) {
    return { ok: false, message: '--annotate 不能与 --stats、--fix 同用（--annotate cannot be combined with --stats or --fix）' };
  }
  if (force && !annotate) {
    return { ok: false, message: '--force 只用于 --annotate（--force applies to --annotate only）' };
  }
  if (annotate && patterns.includes('-')) {
    return { ok: false, message: '--annotate 需要 .docx 文件，不能读标准输入（--annotate needs .docx files, not stdin）' };
  }
  if (fix === 'write' && patterns.includes('-')) {
    return { ok: false, message: '--fix 无法写回标准输入，请改用 --fix-dry-run --format json（--fix cannot write to stdin）' };
  }
  const options: CliOptions = { patterns, format, rules, locale, maxFileSize, stats, speechRate, init, annotate, annotateMode, force, help, version };
  return {
    ok: true,
    options: {
      ...options,
      ...(config !== undefined && { config }),
      ...(maxWarnings !== undefined && { maxWarnings }),
      ...(stdinFilename !== undefined && { stdinFilename }),
      ...(fix !== undefined && { fix }),
      ...(printConfig !== undefined && { printConfig }),
      ...(layout !== undefined && { layout }),
    },
  };
}

/** What is wrong with the action asked for: `--init` and `--print-config` stand alone; linting and `--stats` need files. */
function actionProblem(init: boolean, printConfig: string | undefined, otherAction: boolean, hasPatterns: boolean): string | undefined {
  if (init) {
    return otherAction || printConfig !== undefined || hasPatterns ? '--init 不与文件或其他操作同用（--init takes no files and no other action）' : undefined;
  }
  if (printConfig !== undefined) {
    return otherAction || hasPatterns
      ? '--print-config 只接受一个文件：--print-config <file>（--print-config takes one file and no other action）'
      : undefined;
  }
  return hasPatterns ? undefined : '请给出要检查的文件、目录或 glob，或用 - 读取标准输入（gongwen-lint --help 查看用法）';
}

function nonNegativeInteger(value: string): number | undefined {
  const n = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(n) ? n : undefined;
}
