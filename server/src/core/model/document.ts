import { isWhitespace } from '../text/chars.js';
import { ignoredRanges } from './ignored.js';
import { scanFigures, type Figure } from './figures.js';
import type { ModelCache } from './model-cache.js';
import { parseOutline, type Outline } from './outline.js';
import { scanPlaceholders, type Placeholder } from './placeholders.js';
import { groupSeries, scanSeriesMarks, type Series } from './series.js';
import { Spans } from './sentences.js';
import { scanTimeWords, type TimeWord } from './times.js';
import { scanRanks, type Rank } from './ranks.js';
import { scanLists, type CountedList } from './lists.js';
import type { DocFormat, Range } from '../types.js';
import type { Layout, Line, Paragraph } from './types.js';

export type { Line, Paragraph } from './types.js';


/**
 * The parsed document shared by all rules. Every part is computed on first use, once, so a rule
 * that needs no placeholders pays nothing for them.
 */
export class SourceDocument implements Layout {
  private linesCache?: readonly Line[];
  private paragraphsCache?: readonly Paragraph[];
  private ignoredCache?: readonly Range[];
  private placeholdersCache?: readonly Placeholder[];
  private outlineCache?: Outline;
  private seriesCache?: readonly Series[];
  private figuresCache?: readonly Figure[];

  private readonly isIgnoredBound = (start: number, end: number) => this.isIgnored(start, end);

  constructor(
    readonly text: string,
    readonly format: DocFormat = 'plain',
    /** Shared by the versions of one document being edited; see ModelCache. */
    private readonly cache?: ModelCache,
  ) {}

  get lines(): readonly Line[] {
    return (this.linesCache ??= splitLines(this.text));
  }

  get paragraphs(): readonly Paragraph[] {
    return (this.paragraphsCache ??= this.format === 'markdown' ? this.markdownParagraphs() : this.plainParagraphs());
  }

  /** Ranges that are not prose (URLs; Markdown code, comments, link targets), sorted and disjoint. */
  get ignored(): readonly Range[] {
    return (this.ignoredCache ??= ignoredRanges(this.text, this.lines, this.format));
  }

  get placeholders(): readonly Placeholder[] {
    return (this.placeholdersCache ??= scanPlaceholders(this));
  }

  /** Numbered headings (一、 （一） 1. （1） ①) as a tree, and 第X章/第X条 articles. */
  get outline(): Outline {
    return (this.outlineCache ??= parseOutline(this));
  }

  /** Run-in enumerations (一是…二是…, 第一，…, 首先…其次…) of each block between headings. */
  get series(): readonly Series[] {
    if (!this.seriesCache) {
      // Paragraphs are identified by where they start: a heading's paragraph is the same object.
      const headings = new Set<number>();
      for (const node of this.outline.nodes) headings.add(node.paragraph.start);
      for (const article of this.outline.articles) headings.add(article.paragraph.start);
      this.seriesCache = groupSeries(scanSeriesMarks(this.text, this.isIgnoredBound), this.paragraphs, headings);
    }
    return this.seriesCache;
  }

  /** Figures with units, normalised: 5.2亿元 = 52000万元. */
  get figures(): readonly Figure[] {
    return (this.figuresCache ??= this.cache
      ? this.cache.figures.collect(this.text, this.lines, this.ignored, this.isIgnoredBound)
      : scanFigures(this.text, this.isIgnoredBound));
  }

  private sentencesCache?: Spans;
  private segmentsCache?: Spans;
  private clausesCache?: Spans;
  private timeWordsCache?: readonly TimeWord[];
  private ranksCache?: readonly Rank[];
  private listsCache?: readonly CountedList[];

  /** Sentences (to 。！？ or a line end), looked up by offset: `doc.sentences.at(offset)`. */
  get sentences(): Spans {
    return (this.sentencesCache ??= new Spans(this.text, 'sentence'));
  }

  /** Segments of sentences (to ；as well). */
  get segments(): Spans {
    return (this.segmentsCache ??= new Spans(this.text, 'segment'));
  }

  /** Clauses (to ，and ：as well). */
  get clauses(): Spans {
    return (this.clausesCache ??= new Spans(this.text, 'clause'));
  }

  /** Words naming times (2025年, 上半年, 今年以来) in the prose. */
  get timeWords(): readonly TimeWord[] {
    return (this.timeWordsCache ??= scanTimeWords(this.text, this.isIgnoredBound));
  }

  /** Ranks (排名第一, 位居全省第三) in the prose, with the metric each ranks. */
  get ranks(): readonly Rank[] {
    return (this.ranksCache ??= scanRanks(this));
  }

  /** Counts (以下八个方面, A、B、C三个车间) in the prose, with the items each counts. */
  get lists(): readonly CountedList[] {
    return (this.listsCache ??= scanLists(this));
  }

  /** True when `[start, end)` touches an ignored range. */
  isIgnored(start: number, end: number): boolean {
    const ranges = this.ignored;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = ranges[mid]!;
      if (r[1] <= start) lo = mid + 1;
      else if (r[0] >= end) hi = mid - 1;
      else return true;
    }
    return false;
  }

  private plainParagraphs(): Paragraph[] {
    const out: Paragraph[] = [];
    for (const line of this.lines) {
      const p = trimRange(this.text, line.start, line.end);
      if (p) out.push(p);
    }
    return out;
  }

  private markdownParagraphs(): Paragraph[] {
    const out: Paragraph[] = [];
    let blockStart = -1;
    let blockEnd = -1;
    const flush = () => {
      if (blockStart >= 0) {
        const p = trimRange(this.text, blockStart, blockEnd);
        if (p) out.push(p);
      }
      blockStart = -1;
    };
    for (const line of this.lines) {
      const p = trimRange(this.text, line.start, line.end);
      if (!p || this.isIgnored(p.start, p.start + 1)) {
        flush();
        continue;
      }
      // Headings, list items and quotes start a block of their own; a heading also ends it.
      const head = this.text.slice(p.start, p.start + 5);
      if (/^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>)/.test(head)) flush();
      if (blockStart < 0) blockStart = p.start;
      blockEnd = p.end;
      if (/^#{1,6}\s/.test(head)) flush();
    }
    flush();
    return out;
  }
}

function trimRange(text: string, start: number, end: number): Paragraph | undefined {
  while (start < end && isWhitespace(text[start]!)) start++;
  while (end > start && isWhitespace(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/** Splits on `\n`, `\r\n` and a lone `\r`, as LSP and VS Code do. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  if (!text.includes('\r')) {
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      lines.push({ start, end: nl, next: nl + 1 });
      start = nl + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        lines.push({ start, end: i, next });
        start = next;
        i = next - 1;
      }
    }
  }
  lines.push({ start, end: n, next: n });
  return lines;
}
