// The manifest's user-facing strings, English in package.nls.json and Chinese in
// package.nls.zh-cn.json; package.json refers to them as `%key%`. Everything here is written by
// `npm run generate` and checked for drift by a test, like the settings block it serves.

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Collects strings while a contribution is built, and hands out their `%key%` references. */
export class ManifestStrings {
  private readonly entries = new Map<string, Bilingual>();

  ref(key: string, zh: string, en: string): string {
    const existing = this.entries.get(key);
    if (existing && (existing.zh !== zh || existing.en !== en)) throw new Error(`manifest string ${key} defined twice`);
    this.entries.set(key, { zh, en });
    return `%${key}%`;
  }

  bundle(language: 'en' | 'zh'): Record<string, string> {
    return Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)).map(([key, text]) => [key, text[language]]));
  }
}

/** The severities' names, as the settings, the schema and the rule pages show them. */
export const SEVERITY_TEXT: Record<string, Bilingual> = {
  off: { zh: '关闭', en: 'Off' },
  hint: { zh: '建议', en: 'Hint' },
  info: { zh: '提示', en: 'Information' },
  warning: { zh: '警告', en: 'Warning' },
  error: { zh: '错误', en: 'Error' },
};

export const COMMANDS: readonly { command: string; zh: string; en: string }[] = [
  { command: 'gongwen.fillPlaceholder', zh: '填写占位符…', en: 'Fill In Placeholder…' },
  { command: 'gongwen.fillAllPlaceholders', zh: '全部填写相同的占位符…', en: 'Fill In All Identical Placeholders…' },
  { command: 'gongwen.nextPlaceholder', zh: '下一个占位符', en: 'Next Placeholder' },
  { command: 'gongwen.previousPlaceholder', zh: '上一个占位符', en: 'Previous Placeholder' },
  { command: 'gongwen.listPlaceholders', zh: '列出全部占位符…', en: 'List All Placeholders…' },
  { command: 'gongwen.allowPlaceholder', zh: '不是占位符：加入允许列表', en: 'Not a Placeholder: Add to Allow List' },
  { command: 'gongwen.fixAll', zh: '修复全部可自动修复的问题', en: 'Fix All Auto-Fixable Problems' },
  { command: 'gongwen.showRuleDoc', zh: '查看规则说明', en: 'Show Rule Page' },
  { command: 'gongwen.restartServer', zh: '重新启动语言服务', en: 'Restart Language Server' },
  { command: 'gongwen.checkDocx', zh: '检查 Word 文档…', en: 'Check Word Document…' },
  { command: 'gongwen.annotateDocx', zh: '生成带批注的副本', en: 'Write a Copy with Comments' },
  { command: 'gongwen.writeReport', zh: '生成校对报告', en: 'Write Proofreading Report' },
];
