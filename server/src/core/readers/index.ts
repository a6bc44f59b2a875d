import type { Source } from '../model/types.js';
import type { DocFormat } from '../types.js';
import { MarkdownSource } from './markdown.js';
import { PlainSource } from './plain.js';

/**
 * Reads a text document: what the model is built from. Readers of text formats are pure and live
 * here; a reader that must unzip (`.docx`) lives outside the core and produces the same `Source`.
 */
export function readText(text: string, format: DocFormat = 'plain'): Source {
  return format === 'markdown' ? new MarkdownSource(text) : new PlainSource(text);
}

/** How a comment alone on a line is written in `format`, for the edits that insert one; none for plain text. */
export function commentSyntax(format: DocFormat): { readonly open: string; readonly close: string } | undefined {
  return format === 'markdown' ? { open: '<!--', close: '-->' } : undefined;
}
