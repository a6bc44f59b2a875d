/** Shared types of the lint core. Offsets are UTF-16 code-unit indexes into the linted text. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export type Locale = 'zh-CN' | 'en';
export type Localized = Readonly<Record<Locale, string>>;

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
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly related?: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** How the text is structured: a `.txt`/`.gw` draft (one paragraph per line) or Markdown. */
export type DocFormat = 'plain' | 'markdown';
