import { DOCUMENT_PART, openPackage, partText, type PackageLimits, type PackageProblem } from './package.js';
import { Numbering, Styles, type NumberingRef } from './numbering.js';
import { child, innerText, parseXml, valOf, XmlError, type XmlElement } from './xml.js';

/**
 * A .docx read as a writer would have saved it as text: one line per paragraph (body paragraphs
 * and table cells, in order), each led by its automatic numbering label. Runs are joined, tracked
 * insertions kept and deletions dropped, a field shows its result, a tab stays a tab and a soft
 * line break joins its line (nothing between Chinese, a space otherwise). Text boxes, footnotes,
 * headers and footers are not read.
 */

/** Where a stretch of a paragraph's text is in the XML: which w:t of which w:r. */
export interface DocxPiece {
  /** `[start, end)` in the paragraph's text (after its label). */
  readonly start: number;
  readonly end: number;
  readonly run: XmlElement;
  readonly t: XmlElement;
}

export interface DocxParagraph {
  readonly element: XmlElement;
  /** The numbering label leading `text` (`一、`, `（二）`), '' when none. */
  readonly label: string;
  /** Label and content. */
  readonly text: string;
  readonly pieces: readonly DocxPiece[];
}

export interface DocxDocument {
  readonly paragraphs: readonly DocxParagraph[];
  /** The paragraphs' texts joined by `\n`: what the linter reads, line N = paragraph N. */
  readonly text: string;
  /** word/document.xml, parsed: the tree `pieces` point into. */
  readonly tree: XmlElement;
  /** Every part of the package, when read for writing (`allParts`). */
  readonly parts?: Readonly<Record<string, Uint8Array>>;
  /** styles.xml, read. */
  readonly styles: Styles;
  /** The parts read (all of them with `allParts`): what the layout is read from (layout.ts). */
  readonly partsRead: Readonly<Record<string, Uint8Array>>;
}

export type DocxProblem = PackageProblem | 'xml';

export type DocxReadResult = { readonly ok: true; readonly document: DocxDocument } | { readonly ok: false; readonly problem: DocxProblem; readonly detail?: string };

const READ_PARTS = new Set([DOCUMENT_PART, 'word/numbering.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']);
/** What the layout needs besides: the theme's fonts and the footers' page numbers. */
const LAYOUT_PART_RE = /^word\/(?:theme\/theme\d*|footer\d*)\.xml$/;

/** Reads a .docx from its bytes. Never throws: what cannot be read comes back as a problem. */
export function readDocx(bytes: Uint8Array, options: { readonly allParts?: boolean; readonly limits?: PackageLimits } = {}): DocxReadResult {
  const opened = openPackage(bytes, options.allParts ? undefined : (name) => READ_PARTS.has(name) || LAYOUT_PART_RE.test(name), options.limits);
  if (!opened.ok) return opened;
  const { parts } = opened;
  try {
    const xml = (name: string) => (parts[name] ? parseXml(partText(parts[name]!)) : undefined);
    const tree = xml(DOCUMENT_PART)!;
    const styles = new Styles(xml('word/styles.xml'));
    const walker = new Walker(new Numbering(xml('word/numbering.xml'), styles), styles);
    const body = child(child(tree, 'w:document'), 'w:body');
    if (!body) return { ok: false, problem: 'xml', detail: 'no w:body' };
    walker.blocks(body);
    const paragraphs = walker.paragraphs;
    return { ok: true, document: { paragraphs, text: paragraphs.map((p) => p.text).join('\n'), tree, styles, partsRead: parts, ...(options.allParts && { parts }) } };
  } catch (e) {
    if (e instanceof XmlError) return { ok: false, problem: 'xml', detail: e.message };
    throw e;
  }
}

/** Containers of paragraphs: walked through in order. */
const BLOCK_CONTAINERS = new Set(['w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);
/** Containers of runs inside a paragraph. */
const INLINE_CONTAINERS = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdt', 'w:sdtContent']);
const BREAK_TYPES_SKIPPED = new Set(['page', 'column']);
/** Where a soft line break joins without a space: between Chinese characters and marks. */
const JOINS_TIGHT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

class Walker {
  readonly paragraphs: DocxParagraph[] = [];
  /** Complex fields open (w:fldChar begin … separate … end), which may span paragraphs: in their instructions or their result. */
  private readonly fields: ('instructions' | 'result')[] = [];
  private content = '';
  private pieces: DocxPiece[] = [];
  private pendingBreak = false;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  blocks(container: XmlElement): void {
    for (const node of container.children) {
      if (node.kind !== 'element') continue;
      if (node.name === 'w:p') this.paragraph(node);
      else if (BLOCK_CONTAINERS.has(node.name)) this.blocks(node);
    }
  }

  private paragraph(p: XmlElement): void {
    this.content = '';
    this.pieces = [];
    this.pendingBreak = false;
    const ref = this.numberingOf(child(p, 'w:pPr'));
    const label = ref ? this.numbering.next(ref) : '';
    this.inline(p);
    const pieces = label === '' ? this.pieces : this.pieces.map((piece) => ({ ...piece, start: piece.start + label.length, end: piece.end + label.length }));
    this.paragraphs.push({ element: p, label, text: label + this.content, pieces });
  }

  /** The paragraph's numbering: its own w:numPr, else its style's; numId 0 switches it off. */
  private numberingOf(pPr: XmlElement | undefined): NumberingRef | undefined {
    const numPr = child(pPr, 'w:numPr');
    const styleId = valOf(pPr, 'w:pStyle') ?? this.styles.defaultParagraph;
    const fromStyle = styleId === undefined ? undefined : this.styles.numbering(styleId);
    const numId = valOf(numPr, 'w:numId') ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const ilvl = valOf(numPr, 'w:ilvl');
    return { numId, ilvl: ilvl !== undefined ? Number(ilvl) : (fromStyle?.ilvl ?? 0) };
  }

  private inline(container: XmlElement): void {
    for (const node of container.children) {
      if (node.kind !== 'element') continue;
      if (node.name === 'w:r') this.run(node);
      else if (INLINE_CONTAINERS.has(node.name)) this.inline(node);
    }
  }

  private run(r: XmlElement): void {
    for (const node of r.children) {
      if (node.kind !== 'element') continue;
      switch (node.name) {
        case 'w:t':
          if (!this.fields.includes('instructions')) this.append(innerText(node).replace(/[\r\n]/g, ' '), r, node);
          break;
        case 'w:tab':
          if (!this.fields.includes('instructions')) this.append('\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (!BREAK_TYPES_SKIPPED.has(node.attrs['w:type'] ?? '')) this.pendingBreak = true;
          break;
        case 'w:noBreakHyphen':
          this.append('-');
          break;
        case 'w:fldChar': {
          const type = node.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push('instructions');
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
          else if (type === 'end') this.fields.pop();
          break;
        }
      }
    }
  }

  /** Adds text; a piece records where it came from when it is a w:t's. */
  private append(text: string, run?: XmlElement, t?: XmlElement): void {
    if (text === '') return;
    if (this.pendingBreak) {
      this.pendingBreak = false;
      const before = this.content[this.content.length - 1];
      if (before !== undefined && !(JOINS_TIGHT.test(before) && JOINS_TIGHT.test(text[0]!))) this.content += ' ';
    }
    if (run && t) this.pieces.push({ start: this.content.length, end: this.content.length + text.length, run, t });
    this.content += text;
  }
}
