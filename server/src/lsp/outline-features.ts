import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { SourceDocument } from '../core/model/document.js';
import { outlineTree, type Outline } from '../core/model/outline.js';
import type { Range } from '../core/types.js';

/**
 * What the outline features read of a parsed document. Kept for the last document linted instead
 * of its whole model, which is ten times larger and, kept from one keystroke to the next, would be
 * promoted to the old generation on every keystroke (more and longer full garbage collections).
 */
export interface OutlineSource {
  readonly text: string;
  readonly outline: Outline;
  /** Markdown headings (`#`, or underlined): VS Code's Markdown support gives the outline then. */
  readonly markdownHeadings: boolean;
}

export function outlineSource(doc: SourceDocument): OutlineSource {
  return { text: doc.text, outline: doc.outline, markdownHeadings: doc.paragraphs.some((p) => p.block === 'heading') };
}

const MAX_NAME = 40;

interface TreeSymbol extends DocumentSymbol {
  children: TreeSymbol[];
}

/**
 * The heading tree for the Outline view, breadcrumbs and Go to Symbol; articles hold the headings
 * inside them. A Markdown document with headings (`#`, or underlined) has its outline from VS
 * Code's Markdown support, which already lists `## 一、…`: a second tree would only confuse.
 */
export function documentSymbols(document: TextDocument, doc: OutlineSource): DocumentSymbol[] {
  const text = doc.text;
  if (doc.markdownHeadings) return [];
  const range = (r: Range) => ({ start: document.positionAt(r[0]), end: document.positionAt(r[1]) });
  return outlineTree<TreeSymbol>(
    doc.outline,
    (a) => ({
      name: clip(text.slice(a.marker[0], Math.min(a.paragraph.end, a.marker[1] + MAX_NAME))),
      kind: a.unit === '条' ? SymbolKind.Field : SymbolKind.Namespace,
      range: range([a.section[0], trimEnd(text, a.section[0], a.section[1])]),
      selectionRange: range(a.marker),
      children: [],
    }),
    (n) => ({
      name: clip(text.slice(n.marker[0], n.title[1])),
      kind: SymbolKind.String,
      range: range([n.section[0], trimEnd(text, n.section[0], n.section[1])]),
      selectionRange: range([n.marker[0], n.title[1]]),
      children: [],
    }),
    (symbol) => symbol.children,
  );
}

/** A fold for every heading's and article's section that spans more than one line. */
export function foldingRanges(document: TextDocument, doc: OutlineSource): FoldingRange[] {
  const { nodes, articles } = doc.outline;
  const text = doc.text;
  const folds: FoldingRange[] = [];
  for (const { section: [start, end] } of [...nodes, ...articles]) {
    const startLine = document.positionAt(start).line;
    const endLine = document.positionAt(trimEnd(text, start, end)).line;
    if (endLine > startLine) folds.push({ startLine, endLine });
  }
  return folds.sort((a, b) => a.startLine - b.startLine);
}

/** The end of a section without its trailing blank lines. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function clip(name: string): string {
  const oneLine = name.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_NAME ? `${oneLine.slice(0, MAX_NAME)}…` : oneLine || '…';
}
