// Artifacts derived from the rule registry: the user-facing parts of package.json (settings,
// commands, their strings in package.nls*.json) and the rule tables of README.md and
// README.en.md. `npm run generate` writes them; a test fails when they drift.
import { CATEGORIES, categoryById, DEFAULT_SPEECH_RATE, LAYOUT_MODES, RULES, SEVERITY_SETTINGS, SPEECH_RATE_RANGE, docsPath, docsUrl } from '../server/src/core/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/limits.js';
import { LAYOUT_DESCRIPTIONS, severitySchema } from './config-schema.js';
import { COMMANDS, ManifestStrings, SEVERITY_TEXT } from './manifest-strings.js';


/**
 * The manifest parts with user-facing text: the settings block, the commands, the description and
 * the untrusted-workspace note, as `%key%` references, with the strings they refer to.
 */
export function manifestContributions(): {
  configuration: Record<string, unknown>;
  commands: Record<string, unknown>[];
  description: string;
  untrustedDescription: string;
  docxViewName: string;
  strings: ManifestStrings;
} {
  const s = new ManifestStrings();
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const zh = rule.title['zh-CN'];
    const en = rule.title.en;
    ruleProperties[rule.id] = {
      ...severitySchema(rule),
      // The settings editor shows these beside the rule's id: they say which check is meant, in words.
      enumDescriptions: SEVERITY_SETTINGS.map((v) =>
        s.ref(
          `config.rules.${rule.id}.${v}`,
          v === 'off' ? `关闭：不检查“${zh}”` : `${SEVERITY_TEXT[v]!.zh}：“${zh}”按${SEVERITY_TEXT[v]!.zh}报告`,
          v === 'off' ? `Off: do not check "${en}"` : `${SEVERITY_TEXT[v]!.en}: report "${en}" as ${SEVERITY_TEXT[v]!.en.toLowerCase()}`,
        ),
      ),
      markdownDescription: s.ref(
        `config.rules.${rule.id}`,
        `**${zh}**：${rule.description['zh-CN']}\n\n[${rule.id}](${docsUrl(rule)})`,
        `**${en}**: ${rule.description.en}\n\n[${rule.id}](${docsUrl(rule)})`,
      ),
    };
  }
  const mb = DEFAULT_MAX_FILE_SIZE / 1024 / 1024;
  const configuration = {
    title: s.ref('config.title', '公文校对', 'Gongwen Lint (公文校对)'),
    properties: {
      'gongwen.enable': {
        type: 'boolean',
        default: true,
        scope: 'resource',
        markdownDescription: s.ref('config.enable', '启用公文校对。', 'Enable gongwen-lint.'),
      },
      'gongwen.languages': {
        type: 'array',
        items: { type: 'string' },
        default: ['plaintext', 'markdown', 'gongwen'],
        scope: 'window',
        markdownDescription: s.ref('config.languages', '检查哪些语言的文档（语言 id）。', 'Language ids of the documents to lint.'),
      },
      'gongwen.rules': {
        type: 'object',
        default: {},
        scope: 'resource',
        properties: ruleProperties,
        additionalProperties: false,
        markdownDescription: s.ref(
          'config.rules',
          '各规则的级别：`off`、`hint`、`info`、`warning`、`error`。项目中的 `.gongwenrc.json` 优先于此设置。',
          "Each rule's severity: `off`, `hint`, `info`, `warning`, `error`. A project's `.gongwenrc.json` takes precedence over this setting.",
        ),
      },
      'gongwen.placeholder.allow': {
        type: 'array',
        items: { type: 'string' },
        default: [],
        scope: 'resource',
        markdownDescription: s.ref(
          'config.placeholder.allow',
          '不是占位符的文字（如 `X光机`、`1+X`），其中的 X 等不报告。',
          'Text that is not a placeholder (such as `X光机`); blanks inside it are not reported.',
        ),
      },
      'gongwen.layout': {
        type: 'string',
        enum: LAYOUT_MODES,
        enumDescriptions: LAYOUT_DESCRIPTIONS.map(([zh, en], i) => s.ref(`config.layout.${LAYOUT_MODES[i]}`, zh, en)),
        default: 'auto',
        scope: 'resource',
        markdownDescription: s.ref(
          'config.layout',
          'Word 文档（.docx）的版式检查（GB/T 9704-2012：页边距、字体字号、行距、页码等），用于生成校对副本和 Word 文档视图。项目中 `.gongwenrc.json` 的 `layout` 优先。',
          'Layout checks of Word documents (.docx) per GB/T 9704-2012 (margins, fonts and sizes, spacing, page numbers), in annotated copies and the Word view. A project’s `.gongwenrc.json` `layout` takes precedence.',
        ),
      },
      'gongwen.maxFileSize': {
        type: 'integer',
        default: DEFAULT_MAX_FILE_SIZE,
        minimum: 1,
        scope: 'resource',
        markdownDescription: s.ref(
          'config.maxFileSize',
          `大于此字节数（UTF-8）的文档不检查，以免卡住编辑器（默认 ${DEFAULT_MAX_FILE_SIZE}，即 ${mb} MB）。不受信任的工作区不能更改此设置。`,
          `Documents larger than this many bytes (UTF-8) are not linted, so that the editor never freezes (default ${DEFAULT_MAX_FILE_SIZE}, ${mb} MB). An untrusted workspace cannot change it.`,
        ),
      },
      'gongwen.speechRate': {
        type: 'integer',
        default: DEFAULT_SPEECH_RATE,
        minimum: SPEECH_RATE_RANGE.min,
        maximum: SPEECH_RATE_RANGE.max,
        scope: 'resource',
        markdownDescription: s.ref(
          'config.speechRate',
          '朗读语速（每分钟字数），用于状态栏中讲稿字数与时长的估算。',
          'Speaking rate in characters a minute, for the length and reading time shown in the status bar.',
        ),
      },
      'gongwen.untitled.keepLanguage': {
        type: 'boolean',
        default: true,
        scope: 'window',
        markdownDescription: s.ref(
          'config.untitled.keepLanguage',
          '中文文稿粘贴到未命名（新建未保存）的文档后，若 VS Code 自动检测语言（`#workbench.editor.languageDetection#`）把它改成了不检查的语言（如 Ini），就改回原来的语言，以便继续检查。手动选择的语言不受影响。',
          "When VS Code's automatic language detection (`#workbench.editor.languageDetection#`) switches an untitled document holding a Chinese draft to a language that is not linted (such as Ini), switch it back so that it is still checked. A language you choose yourself is left alone.",
        ),
      },
    },
  };
  const category = s.ref('command.category', '公文校对', 'Gongwen');
  const commands = COMMANDS.map(({ command, zh, en }) => ({ command, title: s.ref(`command.${command.slice('gongwen.'.length)}`, zh, en), category }));
  const description = s.ref(
    'description',
    '校对公文与讲话稿：未填写的占位符、错乱的提纲序号、前后矛盾的数字。全部离线运行。',
    'Proofreads Chinese official documents and speech drafts: unfilled placeholders, broken outlines, contradictory figures. Runs entirely offline.',
  );
  const untrustedDescription = s.ref(
    'untrustedWorkspaces',
    '在不受信任的工作区中，设置和 .gongwenrc.json 里的正则表达式选项（regexPatterns）不会使用，工作区也不能更改 gongwen.maxFileSize；其余检查照常。',
    'In an untrusted workspace, regular-expression options (regexPatterns) from settings and .gongwenrc.json are not used and the workspace cannot change gongwen.maxFileSize; everything else works.',
  );
  const docxViewName = s.ref('customEditor.docxView', '公文校对：Word 文档的文字（只读，带检查结果）', 'Gongwen: Text of the Word Document (read-only, checked)');
  return { configuration, commands, description, untrustedDescription, docxViewName, strings: s };
}

/** package.json with its generated parts replaced. */
export function withManifestContributions(pkg: Record<string, any>): Record<string, any> {
  const m = manifestContributions();
  const commandsByName = new Map(m.commands.map((c) => [c['command'], c]));
  return {
    ...pkg,
    description: m.description,
    capabilities: { ...pkg['capabilities'], untrustedWorkspaces: { ...pkg['capabilities']?.untrustedWorkspaces, description: m.untrustedDescription } },
    contributes: {
      ...pkg['contributes'],
      commands: m.commands.map((c) => ({ ...(pkg['contributes']?.commands ?? []).find((o: { command: string }) => o.command === c['command']), ...commandsByName.get(c['command']) })),
      customEditors: (pkg['contributes']?.customEditors ?? []).map((e: Record<string, unknown>) => (e['viewType'] === 'gongwen.docxView' ? { ...e, displayName: m.docxViewName } : e)),
      configuration: m.configuration,
    },
  };
}

export const RULE_TABLE_START = '<!-- rules:start (generated by npm run generate) -->';
export const RULE_TABLE_END = '<!-- rules:end -->';

/** The README's rule table: README.md in Chinese, README.en.md in English. */
export type ReadmeLanguage = 'zh' | 'en';
export const README_PATHS: Record<ReadmeLanguage, string> = { zh: 'README.md', en: 'README.en.md' };

const RULE_TABLE_HEAD: Record<ReadmeLanguage, string> = {
  zh: '| 类别 | 规则（✓ 可自动修复） |',
  en: '| Category | Rules (✓ fixable) |',
};

/**
 * The README's table: one row per category, each rule by id and title, linked to its page. Short
 * at forty rules; what each checks, with its severity, is the index of docs/rules (ruleIndex).
 */
export function ruleTable(language: ReadmeLanguage = 'zh'): string {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const rows = CATEGORIES.map((category) => {
    const rules = RULES.filter((rule) => rule.category === category.id);
    if (rules.length === 0) return undefined;
    const items = rules.map((rule) => `[\`${rule.id}\`](${docsPath(rule)}) ${rule.title[locale]}${rule.fixable ? ' ✓' : ''}`);
    return `| ${category.name[locale]} | ${items.join(language === 'zh' ? '；' : '; ')} |`;
  }).filter((row) => row !== undefined);
  return [RULE_TABLE_START, RULE_TABLE_HEAD[language], '|---|---|', ...rows, RULE_TABLE_END].join('\n');
}

/** The index page of docs/rules, generated whole: every rule with what it checks, its severity and whether it fixes. */
export const RULE_INDEX_PATH = 'docs/rules/README.md';

export function ruleIndex(): string {
  const table = (language: ReadmeLanguage) => {
    const locale = language === 'zh' ? 'zh-CN' : 'en';
    const head = language === 'zh' ? '| 规则 | 类别 | 检查什么 | 默认级别 | 可自动修复 |' : '| Rule | Category | What it checks | Default severity | Fixable |';
    const rows = RULES.map((rule) => {
      const link = `[\`${rule.id}\`](${rule.id}.md)`;
      const what = `**${rule.title[locale]}**${language === 'zh' ? '：' : ': '}${rule.description[locale]}`;
      return `| ${link} | ${categoryById(rule.category).name[locale]} | ${what} | ${SEVERITY_TEXT[rule.defaultSeverity]![language]} | ${rule.fixable ? '✓' : ''} |`;
    });
    return [head, '|---|---|---|---|---|', ...rows].join('\n');
  };
  return [
    '<!-- Generated by npm run generate from the rule registry: do not edit. -->',
    '# 规则一览 Rules',
    '',
    '每条规则一页：检查什么、为什么、会报告和不报告的例子、选项和修复方式。',
    '',
    table('zh'),
    '',
    '## English',
    '',
    'One page per rule: what it checks, why, flagged and accepted examples, options and fixes.',
    '',
    table('en'),
    '',
  ].join('\n');
}

/** Replaces the generated table in a README; throws if the markers are missing. */
export function withRuleTable(readme: string, language: ReadmeLanguage = 'zh'): string {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < start) throw new Error(`${README_PATHS[language]} lacks the rule table markers`);
  return readme.slice(0, start) + ruleTable(language) + readme.slice(end + RULE_TABLE_END.length);
}
