import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { format, ISSUES_URL, type ConfigError, type Finding, type Locale } from '../core/index.js';
import type { CheckedConfigFile } from './config-file-check.js';
import { formatBytes } from './file-size.js';
import { CONFIG_FILE_PROBLEMS, type ConfigFileProblem, type ConfigFileProblemsParams } from '../protocol.js';

const MESSAGES = {
  'zh-CN': {
    settings: '设置 gongwen.*',
    config: '公文校对：{where} 中的配置有误，有误的部分已忽略，按默认值检查。{first}',
    more: '（+{n}）',
    tooLarge: '公文校对：{name} 有 {size}，超过上限 {limit}（设置 gongwen.maxFileSize），未检查。',
    ruleFailed: '公文校对：{message}。其他规则照常检查。请将此问题报告到 {url}',
  },
  en: {
    settings: 'settings gongwen.*',
    config: '公文校对: invalid configuration in {where}; the invalid parts are ignored. {first}',
    more: ' (+{n})',
    tooLarge: '公文校对: {name} is {size}, over the limit of {limit} (setting gongwen.maxFileSize); it is not checked.',
    ruleFailed: '公文校对: {message}. The other rules still check. Please report this at {url}',
  },
} as const;

type NoticeConnection = Pick<Connection, 'console' | 'sendNotification'> & { window: Pick<Connection['window'], 'showWarningMessage' | 'showInformationMessage'> };

/**
 * What the server tells the user, each thing once: a configuration problem when it is new (not
 * again for every document or keystroke, nor when some of several are fixed, nor when it comes back
 * while the configuration was never valid in between), a document too large to lint once while it
 * is open, a failing rule once per session. Everything is also logged.
 *
 * A config file's problems go to the client (`CONFIG_FILE_PROBLEMS`), which knows whether an editor
 * shows the file; the settings' are shown from here.
 */
export class Notices {
  private readonly t: (typeof MESSAGES)[Locale];
  private readonly settingsAnnounced = new Set<string>();
  private settingsHadProblems = false;
  private readonly fileAnnounced = new Map<string, Set<string>>();
  private readonly oversized = new Set<string>();
  private readonly failedRules = new Set<string>();

  constructor(
    private readonly connection: NoticeConnection,
    private readonly locale: Locale,
  ) {
    this.t = MESSAGES[locale];
  }

  /**
   * After a settings change. What was announced is remembered until settings are seen valid:
   * editing them (`A`, then `B`, then `A` again while typing) announces `A` once.
   */
  settingsChanged(): void {
    if (!this.settingsHadProblems) this.settingsAnnounced.clear();
    this.settingsHadProblems = false;
  }

  /** The problems of the settings a document was resolved with (empty when there are none). */
  settingsProblems(errors: readonly ConfigError[]): void {
    const lines = errors.map(lineOf);
    if (lines.length > 0) this.settingsHadProblems = true;
    const unseen = lines.filter((l) => !this.settingsAnnounced.has(l));
    if (unseen.length === 0) return;
    for (const l of lines) this.settingsAnnounced.add(l);
    this.connection.console.warn(`${this.t.settings}\n  ${lines.join('\n  ')}`);
    const more = lines.length > 1 ? format(this.t.more, { n: lines.length - 1 }) : '';
    void this.connection.window.showWarningMessage(format(this.t.config, { where: this.t.settings, first: unseen[0]! }) + more);
  }

  /**
   * A config file was checked (it is read from disk: saved): problems not announced for it before
   * go to the client, all of them, the new ones first. Announced problems are remembered until the
   * file is valid or deleted.
   */
  fileProblems(file: CheckedConfigFile): void {
    const announced = this.fileAnnounced.get(file.path) ?? new Set<string>();
    // The diagnostics of the errors come first, in the same order.
    const problems: ConfigFileProblem[] = file.errors.map((e, i) => {
      const at = file.diagnostics[i]?.range.start ?? { line: 0, character: 0 };
      return { text: lineOf(e), line: at.line, character: at.character };
    });
    if (problems.length === 0) {
      this.fileAnnounced.delete(file.path);
      return;
    }
    const unseen = problems.filter((p) => !announced.has(p.text));
    if (unseen.length === 0) return;
    for (const p of problems) announced.add(p.text);
    this.fileAnnounced.set(file.path, announced);
    this.connection.console.warn(`${file.path}\n  ${problems.map((p) => p.text).join('\n  ')}`);
    const params: ConfigFileProblemsParams = { uri: file.uri, problems: [...unseen, ...problems.filter((p) => !unseen.includes(p))] };
    void this.connection.sendNotification(CONFIG_FILE_PROBLEMS, params);
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
