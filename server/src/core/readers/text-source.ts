import type { Comment, Line, Paragraph, Source } from '../model/types.js';
import type { DocFormat, Range } from '../types.js';
import { splitLines } from './lines.js';

/** A source read from a string: the lines are the text's own; each reader gives its paragraphs and ignored ranges, on first use. */
export abstract class TextSource implements Source {
  abstract readonly format: DocFormat;
  private linesCache?: readonly Line[];

  constructor(readonly text: string) {}

  get lines(): readonly Line[] {
    return (this.linesCache ??= splitLines(this.text));
  }

  abstract get paragraphs(): readonly Paragraph[];
  abstract get ignored(): readonly Range[];
  abstract get comments(): readonly Comment[];
}
