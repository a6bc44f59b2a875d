import { isWhitespace } from '../text/chars.js';
import { mergeRanges, RangeCursor, urlRanges } from '../model/ignored.js';
import { isAttachmentLine, startsOutlineUnit } from '../model/outline.js';
import type { BlockKind, Comment, Paragraph } from '../model/types.js';
import type { Range } from '../types.js';
import { markdownRanges } from './markdown-ranges.js';
import { TextSource } from './text-source.js';

// Tried on the first characters of a line, blanks trimmed: what starts a block of its own.
const BLOCK_START_RE = /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>)/;
const ATX_HEADING_RE = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE_RE = /^(?:=+|-+)[ \t]*$/;
// The markup before a paragraph's words, by block kind, and an opening `**` or `__`. Each matches
// at least the empty string.
const PREFIX_RE: Readonly<Record<BlockKind, RegExp>> = {
  heading: /^(?:#{1,6}[ \t]+)?(?:\*\*|__)?/,
  text: /^(?:\*\*|__)?/,
  item: /^(?:(?:[-*+]|\d{1,3}[.)])[^\S\r\n]+)?(?:\*\*|__)?/,
  quote: /^(?:>[ \t]?)*(?:\*\*|__)?/,
};

/**
 * A Markdown document. Its paragraphs are blocks: lines run together until a blank line; every
 * heading line, list item and quoted line starts a block of its own, and so does a line that
 * begins with an outline heading or an article (`一、`, `（一）`, `1.`, `第一条`), which a writer
 * of a 公文 in Markdown means as a paragraph. Heading lines and attachment lines (`附件2：`) are
 * paragraphs on their own. Not prose: front matter, code, HTML comments, link targets, URLs and
 * markup such as thematic breaks and task boxes.
 */
export class MarkdownSource extends TextSource {
  readonly format = 'markdown' as const;
  private codeCache?: readonly Range[];
  private markupCache?: Range[];
  private commentsCache?: readonly Comment[];
  private paragraphsCache?: readonly Paragraph[];
  private ignoredCache?: readonly Range[];

  get paragraphs(): readonly Paragraph[] {
    return (this.paragraphsCache ??= this.blocks());
  }

  /** HTML comments outside code: where `<!-- gongwen-disable … -->` directives are written. */
  get comments(): readonly Comment[] {
    this.code();
    return this.commentsCache!;
  }

  get ignored(): readonly Range[] {
    if (!this.ignoredCache) {
      const code = this.code();
      this.ignoredCache = this.markupCache!.length === 0 ? code : mergeRanges([...code, ...this.markupCache!]);
    }
    return this.ignoredCache;
  }

  /**
   * Code, comments, link targets and URLs, sorted and disjoint: what the blocks are cut around.
   * Markup (a thematic break, a task box) is kept apart: it is no text, yet a line holding it
   * stays in its block, as it always has.
   */
  private code(): readonly Range[] {
    if (!this.codeCache) {
      const { code, markup, comments } = markdownRanges(this.text, this.lines);
      this.commentsCache = comments;
      this.codeCache = mergeRanges([...code, ...urlRanges(this.text)]);
      this.markupCache = markup;
    }
    return this.codeCache;
  }

  private blocks(): Paragraph[] {
    const text = this.text;
    const inCode = new RangeCursor(this.code());
    const out: Paragraph[] = [];
    let block: BlockKind = 'text';
    let blockStart = -1;
    let blockEnd = -1;
    let contentStart = -1;
    const flush = () => {
      if (blockStart >= 0) out.push({ start: blockStart, end: blockEnd, block, contentStart: Math.min(contentStart, blockEnd) });
      blockStart = -1;
    };
    const begin = (kind: BlockKind, start: number) => {
      flush();
      block = kind;
      blockStart = start;
      contentStart = start + PREFIX_RE[kind].exec(text.slice(start, start + 12))![0].length;
    };
    for (const line of this.lines) {
      let start = line.start;
      let end = line.end;
      while (start < end && isWhitespace(text[start]!)) start++;
      while (end > start && isWhitespace(text[end - 1]!)) end--;
      // A blank line ends a block; so does a line that begins in code (a fence, a comment).
      if (start === end || inCode.endOfRangeAt(start) >= 0) {
        flush();
        continue;
      }
      const head = text.slice(start, start + 5);
      const c = head[0];
      if ((c === '=' || c === '-') && blockStart >= 0 && block === 'text' && SETEXT_UNDERLINE_RE.test(text.slice(start, end))) {
        // `标题` over `===` or `---`: the block above is a heading; the underline is no text.
        block = 'heading';
        flush();
        continue;
      }
      if (BLOCK_START_RE.test(head)) {
        begin(c === '#' ? (ATX_HEADING_RE.test(text.slice(start, end)) ? 'heading' : 'text') : c === '>' ? 'quote' : 'item', start);
        blockEnd = end;
        // A heading line is a paragraph of its own, whatever follows it.
        if (c === '#') flush();
        continue;
      }
      const words = start + emphasisLength(text, start);
      if (isAttachmentLine(text, words, end)) {
        begin('text', start);
        blockEnd = end;
        flush();
        continue;
      }
      if (blockStart < 0 || startsOutlineUnit(text, words, end)) begin('text', start);
      blockEnd = end;
    }
    flush();
    return out;
  }
}

/** 2 for an opening `**` or `__` at `at`, else 0. */
function emphasisLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return (c === 0x2a || c === 0x5f) && text.charCodeAt(at + 1) === c ? 2 : 0;
}
