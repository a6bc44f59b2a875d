import { format, ruleById, SEVERITY_NAMES, type Locale, type ReportData, type ReportFinding, type ReportHeading } from '../core/index.js';

// The 校对报告 as one self-contained HTML page, for the CLI's `--format html` and the editor's
// command alike: inline styles only — no script, no font, image or stylesheet from anywhere — so
// it opens offline, in a locked-down webview, and prints on A4.

export interface HtmlReportFile {
  /** The file as the reader should know it: a path relative to where the CLI ran, or the file's name. */
  readonly name: string;
  readonly data: ReportData;
  /** A Word document: its lines are paragraphs, and the report says so. */
  readonly paragraphs?: boolean;
}

export interface HtmlReportOptions {
  readonly locale: Locale;
  readonly version: string;
  /** When the report was made, as it should read: `2026-12-02 14:30`. */
  readonly generated: string;
}

const SAY = {
  'zh-CN': {
    title: '公文校对报告',
    meta: '生成时间 {generated} · gongwen-lint {version} · {files} 个文件 · 共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{others} 个提示或建议）',
    file: '文件',
    counts: '问题统计',
    category: '类别',
    severity: '级别',
    count: '数量',
    total: '合计',
    fixable: '其中 {n} 个可自动修复',
    outline: '提纲',
    noOutline: '未识别到编号标题。',
    blanks: '未填写的占位符',
    noBlanks: '没有未填写的占位符。',
    kind: '类型',
    places: '位置',
    figures: '数字一览',
    noFigures: '没有可归入指标的数字。',
    metric: '指标',
    unit: '单位',
    values: '数值与位置',
    conflict: '前后不一致',
    findings: '问题清单',
    noFindings: '未发现问题。',
    where: '位置',
    message: '说明',
    rule: '规则',
    fix: '建议改为',
    remove: '建议删除「{from}」',
    line: '第 {n} 行',
    paragraph: '第 {n} 段',
    lines: '第 {list} 行',
    paragraphList: '第 {list} 段',
    listJoin: '、',
    at: '{line}:{column}',
    atParagraph: '第{line}段 第{column}字',
  },
  en: {
    title: 'Proofreading report',
    meta: 'Generated {generated} · gongwen-lint {version} · {files} file(s) · {total} problem(s) ({errors} errors, {warnings} warnings, {others} infos or hints)',
    file: 'File',
    counts: 'Counts',
    category: 'Category',
    severity: 'Severity',
    count: 'Count',
    total: 'Total',
    fixable: '{n} can be fixed automatically',
    outline: 'Outline',
    noOutline: 'No numbered headings found.',
    blanks: 'Unfilled placeholders',
    noBlanks: 'No unfilled placeholders.',
    kind: 'Kind',
    places: 'Places',
    figures: 'Figures',
    noFigures: 'No figures of a named metric.',
    metric: 'Metric',
    unit: 'Unit',
    values: 'Values and places',
    conflict: 'inconsistent',
    findings: 'Findings',
    noFindings: 'No problems found.',
    where: 'Where',
    message: 'Message',
    rule: 'Rule',
    fix: 'Change to',
    remove: 'Delete “{from}”',
    line: 'line {n}',
    paragraph: '¶{n}',
    lines: 'lines {list}',
    paragraphList: '¶{list}',
    listJoin: ', ',
    at: '{line}:{column}',
    atParagraph: '¶{line}, char {column}',
  },
} as const;

type Say = Record<keyof (typeof SAY)['en'], string>;

const STYLE = `
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 180mm; padding: 12px; color: #1a1a1a; background: #fff;
  font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #8b1a1a; word-break: break-all; }
h3 { font-size: 15px; margin: 16px 0 6px; color: #8b1a1a; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
.meta { color: #555; font-size: 12px; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3eeee; font-weight: 600; white-space: nowrap; }
td.where { white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.counts { display: flex; gap: 16px; flex-wrap: wrap; align-items: flex-start; }
.counts table { width: auto; min-width: 40%; }
.none { color: #666; }
ul.outline, ul.outline ul { list-style: none; margin: 0; padding-left: 1.5em; }
ul.outline { padding-left: 0; }
ul.outline li { break-inside: avoid; }
.ln { color: #777; font-size: 12px; margin-left: 6px; white-space: nowrap; }
.marker { font-weight: 600; }
.conflict { color: #b00020; font-weight: 600; }
.value { white-space: nowrap; margin-right: 10px; }
.ctx { margin-top: 2px; color: #333; background: #faf9f6; padding: 2px 4px; border-left: 3px solid #ddd; word-break: break-all; }
mark { background: #ffe08a; color: inherit; padding: 0 1px; }
mark.empty { padding: 0; border-left: 2px solid #d08000; background: none; }
.fix { margin-top: 2px; color: #14622e; }
.rule { color: #555; font-size: 12px; white-space: nowrap; }
.sev-error, .sev-warning, .sev-info, .sev-hint { white-space: nowrap; }
.sev-error { color: #b00020; font-weight: 600; }
.sev-warning { color: #9a5b00; font-weight: 600; }
.sev-info, .sev-hint { color: #245a9a; }
section.file + section.file { break-before: page; page-break-before: always; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } }
`;

/** The whole page: a header with the run's totals, then a section per file. */
export function renderHtmlReport(files: readonly HtmlReportFile[], options: HtmlReportOptions): string {
  const say: Say = SAY[options.locale];
  const sum = (pick: (d: ReportData) => number) => files.reduce((n, f) => n + pick(f.data), 0);
  const meta = format(say.meta, {
    generated: options.generated,
    version: options.version,
    files: files.length,
    total: sum((d) => d.total),
    errors: sum((d) => d.bySeverity.error),
    warnings: sum((d) => d.bySeverity.warning),
    others: sum((d) => d.bySeverity.info + d.bySeverity.hint),
  });
  const title = files.length === 1 ? `${say.title} · ${files[0]!.name}` : say.title;
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.locale === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(say.title)}</h1>`,
    `<p class="meta">${escapeHtml(meta)}</p>`,
    '</header>',
    ...files.map((f) => fileSection(f, say, options.locale)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function fileSection(file: HtmlReportFile, say: Say, locale: Locale): string {
  const d = file.data;
  const place = (n: number) => format(file.paragraphs ? say.paragraph : say.line, { n });
  // Each line once: `第 3、8 行`.
  const places = (lines: readonly number[]) => format(file.paragraphs ? say.paragraphList : say.lines, { list: [...new Set(lines)].join(say.listJoin) });
  return [
    '<section class="file">',
    `<h2>${escapeHtml(file.name)}</h2>`,
    `<section class="summary"><h3>${escapeHtml(say.counts)}</h3>`,
    '<div class="counts">',
    table(
      [say.category, say.count],
      d.byCategory.map((c) => [escapeHtml(c.name), num(c.count)]),
      [escapeHtml(say.total), num(d.total)],
    ),
    table(
      [say.severity, say.count],
      (['error', 'warning', 'info', 'hint'] as const).map((s) => [`<span class="sev-${s}">${escapeHtml(SEVERITY_NAMES[locale][s])}</span>`, num(d.bySeverity[s])]),
      [escapeHtml(say.total), num(d.total)],
    ),
    '</div>',
    d.fixable > 0 ? `<p class="meta">${escapeHtml(format(say.fixable, { n: d.fixable }))}</p>` : '',
    '</section>',
    `<section class="outline"><h3>${escapeHtml(say.outline)}</h3>`,
    d.outline.length > 0 ? outlineList(d.outline, place) : none(say.noOutline),
    '</section>',
    `<section class="blanks"><h3>${escapeHtml(say.blanks)}</h3>`,
    d.blanks.length > 0
      ? table(
          [say.kind, say.count, say.places],
          d.blanks.map((b) => [escapeHtml(b.name), num(b.count), escapeHtml(places(b.lines))]),
        )
      : none(say.noBlanks),
    '</section>',
    `<section class="figures"><h3>${escapeHtml(say.figures)}</h3>`,
    d.figures.length > 0
      ? table(
          [say.metric, say.unit, say.values],
          d.figures.map((m) => [
            `${escapeHtml(m.metric)}${m.conflict ? ` <span class="conflict">（${escapeHtml(say.conflict)}）</span>` : ''}`,
            escapeHtml(m.unit),
            m.values.map((v) => `<span class="value">${escapeHtml(v.text)}<span class="ln">${escapeHtml(place(v.line))}</span></span>`).join(' '),
          ]),
        )
      : none(say.noFigures),
    '</section>',
    `<section class="findings"><h3>${escapeHtml(say.findings)}</h3>`,
    d.findings.length > 0
      ? table(
          ['#', say.where, say.severity, say.message],
          d.findings.map((f, i) => [num(i + 1), `<td class="where">${escapeHtml(where(f, file.paragraphs === true, say))}</td>`, severityCell(f, locale), findingCell(f, say, locale)]),
        )
      : none(say.noFindings),
    '</section>',
    '</section>',
  ].join('\n');
}

function where(f: ReportFinding, paragraphs: boolean, say: Say): string {
  return format(paragraphs ? say.atParagraph : say.at, { line: f.line, column: f.column });
}

function severityCell(f: ReportFinding, locale: Locale): string {
  return `<span class="sev-${f.severity}">${escapeHtml(SEVERITY_NAMES[locale][f.severity])}</span>`;
}

/** The message, the words around the finding with its characters marked, the fix or suggestions, the rule. */
function findingCell(f: ReportFinding, say: Say, locale: Locale): string {
  const c = f.context;
  const marked = c.marked === '' ? '<mark class="empty"></mark>' : `<mark>${escapeHtml(c.marked)}</mark>`;
  const context = `${c.cutBefore ? '…' : ''}${escapeHtml(c.before)}${marked}${escapeHtml(c.after)}${c.cutAfter ? '…' : ''}`;
  const edits = [
    ...(f.fix ? [edit(f.fix, say)] : []),
    ...f.suggestions.map((s) => escapeHtml(s.title)),
  ];
  const title = ruleById(f.ruleId)?.title[locale];
  return [
    `<div>${escapeHtml(f.message)}</div>`,
    `<div class="ctx">${context}</div>`,
    ...edits.map((e) => `<div class="fix">${e}</div>`),
    `<div class="rule">${escapeHtml(say.rule)}：${title ? `${escapeHtml(title)} · ` : ''}<code>${escapeHtml(f.ruleId)}</code></div>`,
  ].join('');
}

function edit(e: { readonly from: string; readonly to: string }, say: Say): string {
  return e.to === '' ? escapeHtml(format(say.remove, { from: e.from })) : `${escapeHtml(say.fix)}「${escapeHtml(e.to)}」`;
}

function outlineList(headings: readonly ReportHeading[], place: (n: number) => string): string {
  const item = (h: ReportHeading): string =>
    `<li><span class="marker">${escapeHtml(h.marker)}</span>${escapeHtml(h.title)}<span class="ln">${escapeHtml(place(h.line))}</span>${
      h.children.length > 0 ? `<ul>${h.children.map(item).join('')}</ul>` : ''
    }</li>`;
  return `<ul class="outline">${headings.map(item).join('')}</ul>`;
}

/** Body cells are HTML already (a whole `<td …>` is kept as it is); the header cells are text. */
function table(head: readonly string[], rows: readonly (readonly string[])[], foot?: readonly string[]): string {
  const row = (cells: readonly string[], tag: 'td' | 'th') =>
    `<tr>${cells.map((c) => (tag === 'td' && c.startsWith('<td') ? c : `<${tag}>${tag === 'th' ? escapeHtml(c) : c}</${tag}>`)).join('')}</tr>`;
  return [
    '<table>',
    `<thead>${row(head, 'th')}</thead>`,
    `<tbody>${rows.map((r) => row(r, 'td')).join('')}</tbody>`,
    foot ? `<tfoot>${row(foot, 'td')}</tfoot>` : '',
    '</table>',
  ].join('');
}

function num(n: number): string {
  return `<td class="n">${n}</td>`;
}

function none(text: string): string {
  return `<p class="none">${escapeHtml(text)}</p>`;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The date and time the report is made, as the page shows it: `2026-12-02 14:30` (local time). */
export function reportTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
