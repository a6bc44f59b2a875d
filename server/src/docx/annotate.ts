import { strToU8, zipSync } from 'fflate';
import type { Fix } from '../core/index.js';
import { splitsPair } from '../core/text/chars.js';
import { partText } from './package.js';
import type { DocxDocument, DocxParagraph } from './read.js';
import { child, element, innerText, parseXml, serializeXml, text, type XmlElement, type XmlNode } from './xml.js';

/**
 * A copy of a .docx with a Word comment (批注) per finding, anchored on the characters it
 * concerns, and a tracked change (修订: w:del of the old runs, w:ins of the new text) per certain
 * correction: runs are split where a finding or a correction starts or ends inside one, each half
 * keeping the run's properties. Everything else in the package is copied as it was; comments and
 * revisions already in the document are kept, and ours are numbered after them. Read back (or
 * with every change accepted), the copy's text is the document's text with the revisions applied.
 */

export interface Annotation {
  /** `[start, end)` in the document's text (DocxDocument.text). */
  readonly range: readonly [number, number];
  /** The comment's text. */
  readonly text: string;
  /**
   * A correction written as a tracked change, in the document's text: one `trackable` accepts,
   * overlapping no other annotation's revision (as `applyFixes` selects them).
   */
  readonly revision?: Fix;
}

export interface AnnotateOptions {
  readonly author: string;
  readonly initials: string;
  /** ISO 8601, as Word writes it: `2026-12-02T08:00:00Z`. */
  readonly date: string;
}

const COMMENTS_PART = 'word/comments.xml';
const RELS_PART = 'word/_rels/document.xml.rels';
const TYPES_PART = '[Content_Types].xml';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The annotated copy's bytes. `document` must have been read with `allParts`. */
export function annotateDocx(document: DocxDocument, annotations: readonly Annotation[], options: AnnotateOptions): Uint8Array {
  const parts = document.parts;
  if (!parts) throw new Error('annotateDocx needs the document read with allParts');
  // The tree is changed in place: work on a fresh parse, so the document read stays as it was.
  const tree = parseXml(serializeXml(document.tree));
  const paragraphs = locateParagraphs(document, tree);
  const comments = parts[COMMENTS_PART] ? parseXml(partText(parts[COMMENTS_PART])) : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"></w:comments>`);
  const commentsRoot = child(comments, 'w:comments');
  if (!commentsRoot) throw new Error('word/comments.xml has no w:comments');
  let nextId = 1 + Math.max(-1, ...commentIds(tree), ...commentIds(commentsRoot));
  const starts = paragraphStarts(document);
  // A body without paragraphs has nowhere to anchor a comment (and an empty text has no findings).
  const anchored = paragraphs.length > 0 ? annotations : [];
  for (const annotation of anchored) {
    const id = String(nextId++);
    const [first, last] = [paragraphAt(starts, annotation.range[0]), paragraphAt(starts, Math.max(annotation.range[0], annotation.range[1] - 1))];
    const from = annotation.range[0] - starts[first]!;
    const to = Math.min(annotation.range[1] - starts[last]!, paragraphs[last]!.source.text.length);
    place(paragraphs[first]!, paragraphs[last]!, from, to, id);
    commentsRoot.children.push(commentElement(id, annotation.text, options));
  }
  // After the comments, so that a revision's runs are wrapped inside the markers already placed
  // around them. In text order: an insertion goes in before a replacement starting where it is.
  const revisions = anchored.flatMap((a) => (a.revision ? [a.revision] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let revisionId = 1 + Math.max(nextId - 1, largestId(tree));
  const stamp = () => ({ 'w:id': String(revisionId++), 'w:author': options.author, 'w:date': options.date });
  for (const fix of revisions) {
    const i = paragraphAt(starts, fix.range[0]);
    revise(paragraphs[i]!, fix.range[0] - starts[i]!, fix.range[1] - starts[i]!, fix.text, stamp);
  }
  const out: Record<string, Uint8Array> = { ...parts };
  out['word/document.xml'] = strToU8(serializeXml(tree));
  out[COMMENTS_PART] = strToU8(serializeXml(comments));
  if (!parts[COMMENTS_PART]) {
    out[RELS_PART] = strToU8(withRelationship(parts[RELS_PART]));
    out[TYPES_PART] = strToU8(withContentType(parts[TYPES_PART]));
  }
  return zipSync(out);
}

/** A paragraph of the copy's tree, with its pieces (where its text is) kept up to date as runs split. */
interface Located {
  readonly source: DocxParagraph;
  readonly element: XmlElement;
  pieces: { start: number; end: number; run: XmlElement; t: XmlElement }[];
  /** The container of each run: a paragraph, an insertion, a hyperlink… */
  readonly parents: Map<XmlElement, XmlElement>;
}

type Piece = Located['pieces'][number];

/**
 * The read document's paragraphs and pieces, found again in `tree` (a copy of its tree): the
 * elements are matched by their position in document order.
 */
function locateParagraphs(document: DocxDocument, tree: XmlElement): Located[] {
  const original: XmlElement[] = [];
  const copy: XmlElement[] = [];
  const parents = new Map<XmlElement, XmlElement>();
  const walk = (node: XmlElement, out: XmlElement[], parentsOut?: Map<XmlElement, XmlElement>) => {
    out.push(node);
    for (const c of node.children) {
      if (c.kind !== 'element') continue;
      parentsOut?.set(c, node);
      walk(c, out, parentsOut);
    }
  };
  walk(document.tree, original);
  walk(tree, copy, parents);
  const position = new Map(original.map((e, i) => [e, i]));
  const same = (e: XmlElement) => copy[position.get(e)!]!;
  return document.paragraphs.map((p) => ({
    source: p,
    element: same(p.element),
    pieces: p.pieces.map((piece) => ({ start: piece.start, end: piece.end, run: same(piece.run), t: same(piece.t) })),
    parents,
  }));
}

function paragraphStarts(document: DocxDocument): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of document.paragraphs) {
    starts.push(at);
    at += p.text.length + 1;
  }
  return starts;
}

function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Puts commentRangeStart at `from` in `first`, commentRangeEnd and the reference at `to` in `last`. */
function place(first: Located, last: Located, from: number, to: number, id: string): void {
  const startMark = element('w:commentRangeStart', { 'w:id': id });
  const endMarks = [element('w:commentRangeEnd', { 'w:id': id }), element('w:r', {}, [element('w:rPr', {}, [element('w:rStyle', { 'w:val': 'CommentReference' })]), element('w:commentReference', { 'w:id': id })])];
  // Inside a numbering label, which is no text of the document: the paragraph's first character.
  const start = Math.max(from, first.source.label.length);
  const end = Math.max(to, start);
  const startAt = boundary(first, start, 'start');
  // No text at or after the start: the range begins at the paragraph's end.
  if (startAt) insertBefore(first, startAt, startMark);
  else first.element.children.push(startMark);
  const endAt = boundary(last, end, 'end');
  const endsBeforeStart = last === first && (!startAt || !endAt || first.pieces.findIndex((q) => q.run === endAt) < first.pieces.findIndex((q) => q.run === startAt));
  if (endsBeforeStart || !endAt) {
    // An empty range (a finding inside the label, or at the end): the end right after the start.
    const parent = endsBeforeStart ? (startAt ? first.parents.get(startAt)! : first.element) : last.element;
    const at = endsBeforeStart ? parent.children.indexOf(startMark) + 1 : parent.children.length;
    parent.children.splice(at, 0, ...endMarks);
  } else {
    insertAfter(last, endAt, endMarks);
  }
}

/**
 * The run a marker goes before (`start`) or after (`end`) so that it stands at `offset`, splitting
 * the run when `offset` falls inside it. Where no text is at `offset` (a tab, a break, the end),
 * the nearest piece on the side that keeps the range inside the text.
 */
function boundary(p: Located, at: number, side: 'start' | 'end'): XmlElement | undefined {
  // A character outside the BMP stays whole: the range grows to take all of it.
  const offset = splitsPair(p.source.text, at) ? at + (side === 'start' ? -1 : 1) : at;
  cut(p, offset);
  if (side === 'start') return p.pieces.find((piece) => piece.start >= offset)?.run;
  return [...p.pieces].reverse().find((piece) => piece.end <= offset)?.run;
}

/** Makes `offset` a boundary between runs when it falls inside a piece. */
function cut(p: Located, offset: number): void {
  const piece = p.pieces.find((q) => q.start < offset && offset < q.end);
  if (!piece) return;
  const k = offset - piece.start;
  const value = innerText(piece.t);
  const tBefore = element('w:t', { 'xml:space': 'preserve' }, [text(value.slice(0, k))]);
  const tAfter = element('w:t', { 'xml:space': 'preserve' }, [text(value.slice(k))]);
  piece.run.children.splice(piece.run.children.indexOf(piece.t), 1, tBefore, tAfter);
  p.pieces = p.pieces.flatMap((q) => (q === piece ? [{ start: q.start, end: offset, run: q.run, t: tBefore }, { start: offset, end: q.end, run: q.run, t: tAfter }] : [q]));
  splitBefore(p, piece.run, tAfter);
}

/** Splits `run` before its child `node`: two runs with the same properties; nothing when nothing comes before it. */
function splitBefore(p: Located, run: XmlElement, node: XmlNode): void {
  const rPr = run.children.filter(isRunProperties);
  const others: XmlNode[] = run.children.filter((c) => !isRunProperties(c));
  const at = others.indexOf(node);
  if (at <= 0) return;
  const parent = p.parents.get(run)!;
  const before: XmlElement = { ...run, children: [...rPr.map(clone), ...others.slice(0, at)] };
  const after: XmlElement = { ...run, children: [...rPr.map(clone), ...others.slice(at)] };
  parent.children.splice(parent.children.indexOf(run), 1, before, after);
  p.parents.set(before, parent);
  p.parents.set(after, parent);
  // The run's pieces go with the half that now holds their w:t.
  p.pieces = p.pieces.map((q) => (q.run !== run ? q : { ...q, run: before.children.includes(q.t) ? before : after }));
}

/** Splits the run of `piece` so that it holds nothing but the piece's text (before and/or after it). */
function isolate(p: Located, piece: Piece, sides: { before: boolean; after: boolean }): Piece {
  const t = piece.t;
  if (sides.before) splitBefore(p, piece.run, t);
  const run = p.pieces.find((q) => q.t === t)!.run;
  const next = run.children[run.children.indexOf(t) + 1];
  if (sides.after && next) splitBefore(p, run, next);
  return p.pieces.find((q) => q.t === t)!;
}

const isRunProperties = (node: XmlNode): node is XmlElement => node.kind === 'element' && node.name === 'w:rPr';

/**
 * Writes the correction of `[from, to)` (in the paragraph's text) to `replacement` as a tracked
 * change: the runs of `[from, to)`, each alone, wrapped in w:del with their w:t become w:delText;
 * the new text in a w:ins run with the properties of the first run deleted, or for an insertion of
 * the run before it (the run after it at the start of the paragraph's text).
 */
function revise(p: Located, from: number, to: number, replacement: string, stamp: () => Record<string, string>): void {
  let parent: XmlElement;
  let at: number;
  let properties: XmlElement | undefined;
  if (from < to) {
    cut(p, from);
    cut(p, to);
    const deleted = p.pieces.filter((q) => q.start >= from && q.end <= to).map((q) => q.t);
    if (deleted.length === 0) return;
    let wrapper: XmlElement | undefined;
    for (const t of deleted) {
      const piece = isolate(p, p.pieces.find((q) => q.t === t)!, { before: true, after: true });
      const container = p.parents.get(piece.run)!;
      const delText: XmlElement = { ...t, name: 'w:delText' };
      const run: XmlElement = { ...piece.run, children: piece.run.children.map((c) => (c === t ? delText : c)) };
      properties ??= run.children.find(isRunProperties);
      const i = container.children.indexOf(piece.run);
      // Neighbouring runs of one container share their w:del.
      if (wrapper && container.children[i - 1] === wrapper) {
        container.children.splice(i, 1);
        wrapper.children.push(run);
      } else {
        wrapper = element('w:del', stamp(), [run]);
        container.children.splice(i, 1, wrapper);
        p.parents.set(wrapper, container);
      }
      p.parents.set(run, wrapper);
      p.pieces = p.pieces.map((q) => (q === piece ? { ...q, run, t: delText } : q));
    }
    parent = p.parents.get(wrapper!)!;
    at = parent.children.indexOf(wrapper!) + 1;
  } else {
    cut(p, from);
    const before = [...p.pieces].reverse().find((q) => q.end === from && q.start < q.end);
    const after = p.pieces.find((q) => q.start === from);
    if (!before && !after) return;
    const piece = before ? isolate(p, before, { before: false, after: true }) : isolate(p, after!, { before: true, after: false });
    parent = p.parents.get(piece.run)!;
    at = parent.children.indexOf(piece.run) + (before ? 1 : 0);
    properties = piece.run.children.find(isRunProperties);
  }
  if (replacement === '') return;
  // Not a formatting change of ours: the inserted run has the properties as they are now.
  const rPr = properties ? [{ ...properties, children: properties.children.filter((c) => !(c.kind === 'element' && c.name === 'w:rPrChange')).map((c) => (c.kind === 'element' ? clone(c) : c)) }] : [];
  const inserted = element('w:ins', stamp(), [element('w:r', {}, [...rPr, element('w:t', { 'xml:space': 'preserve' }, [text(replacement)])])]);
  parent.children.splice(at, 0, inserted);
}

/**
 * Whether `fix` can be written as a tracked change that, accepted, gives the fixed text: inside
 * one paragraph's own text (not its numbering label, which the XML does not hold), every character
 * it replaces in a w:t, an insertion next to one, no tab or line break in the new text, and no
 * line break in the paragraph (the space a soft break reads as depends on its neighbours).
 */
export function trackable(document: DocxDocument): (fix: Fix) => boolean {
  const starts = paragraphStarts(document);
  return (fix) => {
    const [start, end] = fix.range;
    if (/[\t\r\n]/.test(fix.text) || (start === end && fix.text === '') || start > end || start < 0) return false;
    const i = paragraphAt(starts, start);
    const p = document.paragraphs[i];
    if (!p) return false;
    const [from, to] = [start - starts[i]!, end - starts[i]!];
    if (from < p.label.length || to > p.text.length || hasBreak(p.element)) return false;
    if (from === to) return p.pieces.some((q) => q.start <= from && from <= q.end);
    let covered = from;
    for (const q of p.pieces) {
      if (q.end <= covered) continue;
      if (q.start > covered) break;
      covered = q.end;
    }
    return covered >= to;
  };
}

function hasBreak(e: XmlElement): boolean {
  return e.children.some((c) => c.kind === 'element' && (c.name === 'w:br' || c.name === 'w:cr' || hasBreak(c)));
}

function clone(e: XmlElement): XmlElement {
  return { ...e, children: e.children.map((c) => (c.kind === 'element' ? clone(c) : c)) };
}

function insertBefore(p: Located, run: XmlElement, node: XmlNode): void {
  const parent = p.parents.get(run)!;
  parent.children.splice(parent.children.indexOf(run), 0, node);
}

function insertAfter(p: Located, run: XmlElement, nodes: XmlNode[]): void {
  const parent = p.parents.get(run)!;
  parent.children.splice(parent.children.indexOf(run) + 1, 0, ...nodes);
}

function commentIds(root: XmlElement): number[] {
  const ids: number[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === 'w:comment' || e.name === 'w:commentRangeStart' || e.name === 'w:commentReference') {
      const id = Number(e.attrs['w:id']);
      if (Number.isInteger(id)) ids.push(id);
    }
    for (const c of e.children) if (c.kind === 'element') walk(c);
  };
  walk(root);
  return ids;
}

/** The largest numeric w:id of comments, bookmarks and revisions alike, so that ours are new to all of them. */
function largestId(e: XmlElement): number {
  const id = Number(e.attrs['w:id'] ?? NaN);
  let largest = Number.isInteger(id) ? id : -1;
  for (const c of e.children) if (c.kind === 'element') largest = Math.max(largest, largestId(c));
  return largest;
}

function commentElement(id: string, body: string, options: AnnotateOptions): XmlElement {
  const paragraphs = body.split('\n').map((line) => element('w:p', {}, [element('w:r', {}, [element('w:t', { 'xml:space': 'preserve' }, [text(line)])])]));
  return element('w:comment', { 'w:id': id, 'w:author': options.author, 'w:date': options.date, 'w:initials': options.initials }, paragraphs);
}

function withRelationship(rels: Uint8Array | undefined): string {
  const tree = parseXml(rels ? partText(rels) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
  const root = child(tree, 'Relationships')!;
  const taken = new Set(root.children.flatMap((c) => (c.kind === 'element' ? [c.attrs['Id']] : [])));
  let n = 1;
  while (taken.has(`rIdGongwenComments${n}`)) n++;
  root.children.push(element('Relationship', { Id: `rIdGongwenComments${n}`, Type: COMMENTS_REL, Target: 'comments.xml' }));
  return serializeXml(tree);
}

function withContentType(types: Uint8Array | undefined): string {
  const tree = parseXml(types ? partText(types) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>');
  const root = child(tree, 'Types')!;
  root.children.push(element('Override', { PartName: '/word/comments.xml', ContentType: COMMENTS_TYPE }));
  return serializeXml(tree);
}
