/** Shared types of the lint core. Offsets are UTF-16 code-unit indexes into the linted text. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export type Locale = 'zh-CN' | 'en';
export type Localized = Readonly<Record<Locale, string>>;

/** How the reports name the severities. */
export const SEVERITY_NAMES: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示', hint: '建议' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

/** Half-open `[start, end)` range of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

export interface Fix {
  readonly range: Range;
  readonly text: string;
}

export interface Suggestion {
  readonly title: string;
  readonly fix: Fix;
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Which of the rule's messages `message` is (absent on the finding of a rule that failed). */
  readonly messageId?: string;
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly related?: readonly RelatedLocation[];
  /** Findings whose fixes belong together (a renumbered run): the editor offers them as one. */
  readonly group?: string;
  /**
   * What the editor needs beyond the message. Its type is the rule's (`FindingDataMap` in
   * registry.ts): read it through `isFindingOf`, which narrows it.
   */
  readonly data?: object;
}

/** The data of the finding that stands for a rule which threw: the others still report. */
export interface InternalErrorData {
  readonly internalError: true;
}

export function isInternalError(finding: Finding): boolean {
  return (finding.data as Partial<InternalErrorData> | undefined)?.internalError === true;
}

/** How the text is structured: a `.txt`/`.gw` draft (one paragraph per line) or Markdown. */
export type DocFormat = 'plain' | 'markdown';
