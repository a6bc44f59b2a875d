import type { DocFormat, Range } from '../types.js';

/** A line without its terminator: `[start, end)`; `next` is where the following line starts. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** A paragraph's content, leading indent (such as `　　`) and trailing blanks excluded. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

/**
 * What the builders of the model's parts read: the text and its layout, never the other parts,
 * so that no builder depends on the document that holds them.
 */
export interface Layout {
  readonly text: string;
  readonly format: DocFormat;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly ignored: readonly Range[];
  /** True when `[start, end)` touches an ignored range. */
  isIgnored(start: number, end: number): boolean;
}
