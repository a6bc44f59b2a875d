import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { SourceDocument } from '../core/model/document.js';
import type { ArticleNode, OutlineNode } from '../core/model/outline.js';
import type { Range } from '../core/types.js';

const MAX_NAME = 40;

/**
 * The heading tree for the Outline view, breadcrumbs and Go to Symbol; articles hold the headings
 * inside them. A Markdown document with `#` headings has its outline from VS Code's Markdown
 * support, which already lists `## 一、…`: a second tree of the same headings would only confuse.
 */
export function documentSymbols(document: TextDocument, doc: SourceDocument): DocumentSymbol[] {
  const text = doc.text;
  if (doc.format === 'markdown' && doc.paragraphs.some((p) => /^#{1,6}[ \t]/.test(text.slice(p.start, p.start + 7)))) return [];
  const { nodes, articles } = doc.outline;
  const range = (r: Range) => ({ start: document.positionAt(r[0]), end: document.positionAt(r[1]) });
  const ends = articleEnds(articles, text);

  const articleSymbols = articles.map((a, i): DocumentSymbol => {
    const titleEnd = Math.min(a.paragraph.end, a.marker[1] + MAX_NAME);
    return {
      name: clip(text.slice(a.marker[0], titleEnd)),
      kind: a.unit === '条' ? SymbolKind.Field : SymbolKind.Namespace,
      range: range([a.paragraph.start, trimEnd(text, a.paragraph.start, ends[i]!)]),
      selectionRange: range(a.marker),
      children: [],
    };
  });
  // Chapters hold sections and articles; sections hold articles.
  const roots: { symbol: DocumentSymbol; start: number }[] = [];
  const openArticles: { unit: string; symbol: DocumentSymbol }[] = [];
  articles.forEach((a, i) => {
    const rank = a.unit === '章' ? 0 : a.unit === '节' ? 1 : 2;
    while (openArticles.length > 0 && (['章', '节', '条'].indexOf(openArticles[openArticles.length - 1]!.unit) >= rank)) openArticles.pop();
    const symbol = articleSymbols[i]!;
    const parent = openArticles[openArticles.length - 1];
    if (parent) parent.symbol.children!.push(symbol);
    else roots.push({ symbol, start: a.paragraph.start });
    openArticles.push({ unit: a.unit, symbol });
  });

  const nodeSymbols = nodes.map(
    (n): DocumentSymbol => ({
      name: clip(text.slice(n.marker[0], n.title[1])),
      kind: SymbolKind.String,
      range: range([n.section[0], trimEnd(text, n.section[0], n.section[1])]),
      selectionRange: range([n.marker[0], n.title[1]]),
      children: [],
    }),
  );
  for (const n of nodes) {
    const symbol = nodeSymbols[n.index]!;
    if (n.parent >= 0) {
      nodeSymbols[n.parent]!.children!.push(symbol);
      continue;
    }
    const holder = containingArticle(articles, ends, n);
    if (holder >= 0) articleSymbols[holder]!.children!.push(symbol);
    else roots.push({ symbol, start: n.paragraph.start });
  }
  return roots.sort((a, b) => a.start - b.start).map((r) => r.symbol);
}

/** A fold for every heading's and article's section that spans more than one line. */
export function foldingRanges(document: TextDocument, doc: SourceDocument): FoldingRange[] {
  const { nodes, articles } = doc.outline;
  const text = doc.text;
  const ends = articleEnds(articles, text);
  const sections: Range[] = [
    ...nodes.map((n) => n.section),
    ...articles.map((a, i): Range => [a.paragraph.start, ends[i]!]),
  ];
  const folds: FoldingRange[] = [];
  for (const [start, end] of sections) {
    const startLine = document.positionAt(start).line;
    const endLine = document.positionAt(trimEnd(text, start, end)).line;
    if (endLine > startLine) folds.push({ startLine, endLine });
  }
  return folds.sort((a, b) => a.startLine - b.startLine);
}

/** Where each article's section ends: at the next article of the same or a higher rank. */
function articleEnds(articles: readonly ArticleNode[], text: string): number[] {
  const rank = (a: ArticleNode) => (a.unit === '章' ? 0 : a.unit === '节' ? 1 : 2);
  return articles.map((a, i) => {
    for (let j = i + 1; j < articles.length; j++) {
      if (rank(articles[j]!) <= rank(a) || articles[j]!.part !== a.part) return articles[j]!.paragraph.start;
    }
    return text.length;
  });
}

function containingArticle(articles: readonly ArticleNode[], ends: readonly number[], node: OutlineNode): number {
  for (let i = articles.length - 1; i >= 0; i--) {
    const a = articles[i]!;
    if (a.paragraph.start <= node.paragraph.start && node.paragraph.start < ends[i]! && a.unit === '条') return i;
  }
  return -1;
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
