import type { DocFormat, Range } from '../types.js';

/** A line without its terminator: `[start, end)`; `next` is where the following line starts. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * What a paragraph is in its format's block structure: every line of a plain draft is `text`;
 * Markdown has headings, list items and block quotes.
 */
export type BlockKind = 'text' | 'heading' | 'item' | 'quote';

/** A paragraph's content, leading indent (such as `　　`) and trailing blanks excluded. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly block: BlockKind;
  /**
   * Where its words begin, after the block's markup (`## `, `- `, `1. `, `> `) and an opening
   * `**` or `__`; `start` when the format has none (a plain draft).
   */
  readonly contentStart: number;
}

/**
 * What a reader makes of a document: its text, the lines, the paragraphs and the ranges that are
 * not prose (code, comments, link targets, URLs; sorted and disjoint). The model's parts are built
 * from this alone, never from the format's name. Readers may compute the parts on first use.
 */
/** A comment in the source: all of it, and the part inside its delimiters (`<!-- … -->`). */
export interface Comment {
  readonly range: Range;
  readonly body: Range;
}

export interface Source {
  readonly text: string;
  /** Which reader made it; for the adapters (directives, symbols), never for the model's parts. */
  readonly format: DocFormat;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly ignored: readonly Range[];
  /** The comments a writer put in the text, outside code, in order; none in a format without comments. */
  readonly comments: readonly Comment[];
}

/**
 * What the builders of the model's parts read: the text and its layout, never the other parts,
 * so that no builder depends on the document that holds them.
 */
export interface Layout {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly ignored: readonly Range[];
  /** True when `[start, end)` touches an ignored range. */
  isIgnored(start: number, end: number): boolean;
}
