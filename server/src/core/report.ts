import { CATEGORIES, type CategoryId } from './categories.js';
import type { Config } from './config/config.js';
import { lintDocument } from './lint.js';
import { SourceDocument } from './model/document.js';
import { forEachMetricFigure } from './model/figure-metrics.js';
import { LineIndex } from './model/line-index.js';
import { outlineTree, type HeadingLevel } from './model/outline.js';
import type { PlaceholderKind } from './model/placeholders.js';
import { isFindingOf, ruleById } from './registry.js';
import { isHighSurrogate, isLowSurrogate } from './text/chars.js';
import type { DocFormat, Finding, Locale, Range, Severity } from './types.js';

/**
 * What a 校对报告 says of one document: counts, outline, blanks left, figures and every finding
 * with the words around it. Lines and columns are 1-based (a Word document's lines are its
 * paragraphs); the renderers only lay this out.
 */
export interface ReportData {
  readonly total: number;
  readonly byCategory: readonly { readonly id: CategoryId; readonly name: string; readonly count: number }[];
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly fixable: number;
  readonly outline: readonly ReportHeading[];
  readonly blanks: readonly ReportBlanks[];
  readonly figures: readonly ReportMetric[];
  readonly findings: readonly ReportFinding[];
}

export interface ReportHeading {
  /** 1–5 for numbered headings (一、 （一） 1. （1） ①); 0 for 第X章/节/条. */
  readonly level: HeadingLevel | 0;
  readonly ordinal: number;
  /** The marker as written: `（二）`, `第三条`. */
  readonly marker: string;
  /** The heading's words after the marker, cut to TITLE_MAX characters. */
  readonly title: string;
  readonly line: number;
  readonly children: readonly ReportHeading[];
}

export interface ReportBlanks {
  readonly kind: PlaceholderKind;
  /** The kind in the report's language, as the placeholder rule names it: 数值, 日期… */
  readonly name: string;
  readonly count: number;
  readonly lines: readonly number[];
}

export interface ReportMetric {
  /** The metric as first read: `全区固定资产投资`. */
  readonly metric: string;
  readonly unit: string;
  readonly values: readonly { readonly text: string; readonly line: number }[];
  /** `figure-conflict` reported one of its values. */
  readonly conflict: boolean;
}

/** The words around a finding: `before` + `marked` + `after` is a stretch of one line of the text. */
export interface ReportContext {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
  /** Text was left out before `before` or after `after` (or the marked range goes on past `marked`). */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

export interface ReportFinding {
  readonly ruleId: string;
  readonly category?: CategoryId;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly context: ReportContext;
  /** The automatic fix: what it replaces and with what (`to` empty: a deletion). */
  readonly fix?: { readonly from: string; readonly to: string };
  readonly suggestions: readonly { readonly title: string; readonly from: string; readonly to: string }[];
}

/** Characters of context shown on each side of a finding, and at most of the finding itself. */
export const CONTEXT_CHARS = 20;
export const MARKED_MAX = 40;
const TITLE_MAX = 30;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Lints `text` and builds its report from the same parsed document (the model is built once). */
export function lintReport(text: string, config: Config, format: DocFormat = 'plain'): ReportData {
  const doc = new SourceDocument(text, format);
  return reportData(doc, lintDocument(doc, config), config.locale);
}

/** The report of a document and its findings (from `lintDocument(doc)`, or of an earlier lint of the same text). */
export function reportData(doc: SourceDocument, findings: readonly Finding[], locale: Locale): ReportData {
  const text = doc.text;
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.position(offset).line + 1;

  const byCategoryCount = new Map<CategoryId, number>();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  const reported: ReportFinding[] = [];
  for (const f of findings) {
    const category = ruleById(f.ruleId)?.category;
    if (category) byCategoryCount.set(category, (byCategoryCount.get(category) ?? 0) + 1);
    bySeverity[f.severity]++;
    if (f.fix) fixable++;
    const at = index.position(f.range[0]);
    const edit = (range: Range, to: string) => ({ from: text.slice(range[0], range[1]), to });
    reported.push({
      ruleId: f.ruleId,
      ...(category && { category }),
      severity: f.severity,
      message: f.message,
      line: at.line + 1,
      column: at.character + 1,
      context: contextOf(text, f.range),
      ...(f.fix && { fix: edit(f.fix.range, f.fix.text) }),
      suggestions: (f.suggestions ?? []).map((s) => ({ title: s.title, ...edit(s.fix.range, s.fix.text) })),
    });
  }

  return {
    total: findings.length,
    byCategory: CATEGORIES.map((c) => ({ id: c.id, name: c.name[locale], count: byCategoryCount.get(c.id) ?? 0 })),
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, bySeverity[s]])) as Record<Severity, number>,
    fixable,
    outline: headingTree(doc, lineOf),
    blanks: blanksByKind(findings, locale, lineOf),
    figures: figureTable(doc, findings, lineOf),
    findings: reported,
  };
}

/**
 * Up to CONTEXT_CHARS characters either side of `range`, within its line, never half of a
 * surrogate pair; a range running past its line (or longer than MARKED_MAX) is cut.
 */
export function contextOf(text: string, range: Range): ReportContext {
  const [start, end] = range;
  let lineStart = start;
  while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = start;
  while (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) lineEnd++;
  const markedEnd = whole(text, Math.min(end, lineEnd, start + MARKED_MAX), -1);
  const from = whole(text, Math.max(lineStart, start - CONTEXT_CHARS), 1);
  const to = whole(text, Math.min(lineEnd, markedEnd + CONTEXT_CHARS), -1);
  return {
    before: text.slice(from, start),
    marked: text.slice(start, markedEnd),
    after: markedEnd < end ? '' : text.slice(markedEnd, to),
    cutBefore: from > lineStart,
    cutAfter: markedEnd < end || to < lineEnd,
  };
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** `at`, moved by `step` when it falls inside a surrogate pair. */
function whole(text: string, at: number, step: 1 | -1): number {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at)) ? at + step : at;
}

/** Articles (第X章/节/条) hold their headings, as in the editor's Outline view. */
function headingTree(doc: SourceDocument, lineOf: (offset: number) => number): ReportHeading[] {
  const text = doc.text;
  type Mutable = ReportHeading & { children: Mutable[] };
  const title = (from: number, to: number) => {
    const words = text.slice(from, Math.min(to, from + TITLE_MAX + 1)).trim();
    return words.length > TITLE_MAX ? `${words.slice(0, whole(words, TITLE_MAX, -1))}…` : words;
  };
  return outlineTree<Mutable>(
    doc.outline,
    (a) => ({ level: 0, ordinal: a.value, marker: text.slice(a.marker[0], a.marker[1]), title: title(a.marker[1], a.paragraph.end), line: lineOf(a.marker[0]), children: [] }),
    (n) => ({ level: n.level, ordinal: n.value, marker: text.slice(n.marker[0], n.marker[1]), title: title(n.marker[1], n.title[1]), line: lineOf(n.marker[0]), children: [] }),
    (entry) => entry.children,
  );
}

/** The blanks the placeholder rule reported (so its allow-list and patterns apply), by kind. */
function blanksByKind(findings: readonly Finding[], locale: Locale, lineOf: (offset: number) => number): ReportBlanks[] {
  const lines = new Map<PlaceholderKind, number[]>();
  for (const f of findings) {
    if (!isFindingOf(f, 'placeholder') || !f.data) continue;
    const list = lines.get(f.data.kind) ?? [];
    list.push(lineOf(f.range[0]));
    lines.set(f.data.kind, list);
  }
  const messages = ruleById('placeholder')!.messages as Readonly<Record<string, Readonly<Record<Locale, string>>>>;
  return [...lines].map(([kind, at]) => ({ kind, name: messages[`kind:${kind}`]?.[locale] ?? kind, count: at.length, lines: at }));
}

/** The figures of each metric, grouped as `figure-conflict` compares them; metrics in order of first mention. */
function figureTable(doc: SourceDocument, findings: readonly Finding[], lineOf: (offset: number) => number): ReportMetric[] {
  const text = doc.text;
  const conflicts = new Set<number>();
  for (const f of findings) if (isFindingOf(f, 'figure-conflict')) conflicts.add(f.range[0]);
  const groups = new Map<string, { metric: string; unit: string; values: { text: string; line: number }[]; conflict: boolean }>();
  forEachMetricFigure(text, doc.figures, (f, metric, key) => {
    const id = `${key}|${f.unit}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { metric, unit: f.unit, values: [], conflict: false }));
    group.values.push({ text: text.slice(f.range[0], f.range[1]), line: lineOf(f.range[0]) });
    if (conflicts.has(f.range[0])) group.conflict = true;
  });
  return [...groups.values()];
}
