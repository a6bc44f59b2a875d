import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { format, ISSUES_URL, type ConfigError, type Finding, type Locale } from '../core/index.js';
import type { CheckedConfigFile } from './config-file-check.js';
import { formatBytes } from './file-size.js';


const MESSAGES = {
  'zh-CN': {
    settings: '设置 gongwen.*',
    config: '公文校对：{where} 中的配置有误，有误的部分已忽略，按默认值检查。{first}',
    more: '（+{n}）',
    open: '打开',
    tooLarge: '公文校对：{name} 有 {size}，超过上限 {limit}（设置 gongwen.maxFileSize），未检查。',
    ruleFailed: '公文校对：{message}。其他规则照常检查。请将此问题报告到 {url}',
  },
  en: {
    settings: 'settings gongwen.*',
    config: '公文校对: invalid configuration in {where}; the invalid parts are ignored. {first}',
    more: ' (+{n})',
    open: 'Open',
    tooLarge: '公文校对: {name} is {size}, over the limit of {limit} (setting gongwen.maxFileSize); it is not checked.',
    ruleFailed: '公文校对: {message}. The other rules still check. Please report this at {url}',
  },
} as const;

type Shown = Connection['window'];

/**
 * What the server tells the user, each thing once: a configuration problem when it is new (not
 * again for every document or keystroke, nor when some of several are fixed), a document too large
 * to lint once while it is open, a failing rule once per session. Everything is also logged.
 */
export class Notices {
  private readonly t: (typeof MESSAGES)[Locale];
  private settingsShown = new Set<string>();
  private settingsBefore = new Set<string>();
  private readonly fileShown = new Map<string, ReadonlySet<string>>();
  private readonly oversized = new Set<string>();
  private readonly failedRules = new Set<string>();

  constructor(
    private readonly connection: Pick<Connection, 'console'> & { window: Pick<Shown, 'showWarningMessage' | 'showInformationMessage' | 'showDocument'> },
    private readonly locale: Locale,
    private readonly canShowDocument: boolean,
  ) {
    this.t = MESSAGES[locale];
  }

  /** After a settings change: problems shown before it are not shown again if they remain. */
  settingsChanged(): void {
    this.settingsBefore = this.settingsShown;
    this.settingsShown = new Set();
  }

  settingsProblems(errors: readonly ConfigError[]): void {
    const lines = errors.map(lineOf);
    if (lines.every((l) => this.settingsShown.has(l))) return;
    for (const l of lines) this.settingsShown.add(l);
    const unseen = lines.filter((l) => !this.settingsBefore.has(l));
    if (unseen.length > 0) this.showConfigProblem(this.t.settings, lines, unseen[0]!);
  }

  /** A config file was checked: its new problems are shown; a valid or deleted file is forgotten. */
  fileProblems(file: CheckedConfigFile): void {
    const lines = file.errors.map(lineOf);
    const before = this.fileShown.get(file.path) ?? new Set<string>();
    if (lines.length === 0) {
      this.fileShown.delete(file.path);
      return;
    }
    this.fileShown.set(file.path, new Set(lines));
    const unseen = lines.filter((l) => !before.has(l));
    if (unseen.length === 0) return;
    const open = this.showConfigProblem(file.path, lines, unseen[0]!, this.canShowDocument ? this.t.open : undefined);
    void open.then((choice) => {
      const at = file.diagnostics[0]?.range.start;
      if (choice) void this.connection.window.showDocument({ uri: file.uri, takeFocus: true, ...(at && { selection: { start: at, end: at } }) });
    });
  }

  /** Once per document, until it is closed. */
  fileTooLarge(uri: string, bytes: number, limit: number): void {
    if (this.oversized.has(uri)) return;
    this.oversized.add(uri);
    const message = format(this.t.tooLarge, { name: nameOf(uri), size: formatBytes(bytes, this.locale), limit: formatBytes(limit, this.locale) });
    this.connection.console.info(`${uri}: ${bytes} bytes > gongwen.maxFileSize ${limit}; not linted`);
    void this.connection.window.showInformationMessage(message);
  }

  documentClosed(uri: string): void {
    this.oversized.delete(uri);
  }

  /** A rule threw (the core contained it and reported this finding): once per rule. */
  ruleFailed(finding: Finding): void {
    if (this.failedRules.has(finding.ruleId)) return;
    this.failedRules.add(finding.ruleId);
    this.connection.console.error(`gongwen: ${finding.message}`);
    void this.connection.window.showWarningMessage(format(this.t.ruleFailed, { message: finding.message, url: ISSUES_URL }));
  }

  private showConfigProblem(where: string, lines: readonly string[], first: string, action?: string): Promise<unknown> {
    this.connection.console.warn(`${where}\n  ${lines.join('\n  ')}`);
    const more = lines.length > 1 ? format(this.t.more, { n: lines.length - 1 }) : '';
    const message = format(this.t.config, { where, first }) + more;
    if (!action) {
      void this.connection.window.showWarningMessage(message);
      return Promise.resolve(undefined);
    }
    return this.connection.window.showWarningMessage(message, { title: action });
  }
}

function lineOf(e: ConfigError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

function nameOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? basename(fileURLToPath(uri)) : decodeURIComponent(uri.replace(/^[\w+.-]+:/, '').split('/').pop() ?? uri);
  } catch {
    return uri;
  }
}
