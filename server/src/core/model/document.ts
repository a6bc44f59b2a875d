import { readText } from '../readers/index.js';
import { scanFigures, type Figure } from './figures.js';
import { matchPattern, matchWords, type MatchOptions, type PatternOptions, type WordList } from './matching.js';
import type { ModelCache } from './model-cache.js';
import { parseOutline, type Outline } from './outline.js';
import { scanPairedMarks, type PairedMark } from './paired-marks.js';
import { scanPlaceholders, type Placeholder } from './placeholders.js';
import { groupSeries, scanSeriesMarks, type Series, type SeriesItem } from './series.js';
import { Spans } from './sentences.js';
import { scanTimeWords, type TimeWord } from './times.js';
import { scanRanks, type Rank } from './ranks.js';
import { scanLists, type CountedList } from './lists.js';
import { parseHead, type DocumentHead } from './document-head.js';
import { configuredType, detectType, type DocumentType, type DocumentTypeName } from './document-type.js';
import { findDocumentDate, findSignatureDates, type DocumentDate, type SignatureDate } from './document-date.js';
import type { DocumentLayout, LayoutMode } from './layout.js';
import { overlapsAny } from '../text/ranges.js';
import type { DocFormat, Range } from '../types.js';
import type { Comment, Layout, Line, Paragraph, Source } from './types.js';

export type { Line, Paragraph, Source } from './types.js';
export { splitLines } from '../readers/lines.js';


/**
 * The parsed document shared by all rules, built from what a reader produced (a `Source`). Every
 * part is computed on first use, once, so a rule that needs no placeholders pays nothing for them.
 */
export class SourceDocument implements Layout {
  readonly text: string;
  /** Which reader made the source: for the adapters only; the model's parts never look at it. */
  readonly format: DocFormat;
  /** Shared by the versions of one document being edited; see ModelCache. */
  private readonly cache?: ModelCache;
  private readonly source: Source;
  private pairedMarksCache?: readonly PairedMark[];
  private placeholdersCache?: readonly Placeholder[];
  private outlineCache?: Outline;
  private seriesCache?: readonly Series[];
  private seriesMarksCache?: readonly SeriesItem[];
  private figuresCache?: readonly Figure[];
  private headCache?: DocumentHead;
  private typeCache?: { readonly value: DocumentType | undefined };

  private readonly isIgnoredBound = (start: number, end: number) => this.isIgnored(start, end);

  /** The model of what a reader produced. */
  constructor(source: Source, cache?: ModelCache);
  /** The model of a text document, read as `format` (plain by default). */
  constructor(text: string, format?: DocFormat, cache?: ModelCache);
  constructor(input: Source | string, formatOrCache?: DocFormat | ModelCache, cache?: ModelCache) {
    if (typeof input === 'string') {
      this.source = readText(input, formatOrCache as DocFormat | undefined);
      this.cache = cache;
    } else {
      this.source = input;
      this.cache = formatOrCache as ModelCache | undefined;
    }
    this.text = this.source.text;
    this.format = this.source.format;
  }

  get lines(): readonly Line[] {
    return this.source.lines;
  }

  /** The writer's comments (Markdown `<!-- … -->` outside code), where directives are read from. */
  get comments(): readonly Comment[] {
    return this.source.comments;
  }

  /** Lines of a plain draft; blocks of Markdown, each heading line on its own. */
  get paragraphs(): readonly Paragraph[] {
    return this.source.paragraphs;
  }

  /** Ranges that are not prose (URLs; Markdown code, comments, link targets, markup), sorted and disjoint. */
  get ignored(): readonly Range[] {
    return this.source.ignored;
  }

  /** “” ‘’ 《》 〈〉 （） 〔〕 【】 in each paragraph, with their pairing state. */
  get pairedMarks(): readonly PairedMark[] {
    return (this.pairedMarksCache ??= scanPairedMarks(this));
  }

  /** Visits the matches of a global (or sticky, with `options.first`) pattern in the prose; see `matchPattern`. */
  match(re: RegExp, visit: (m: RegExpExecArray, start: number) => void, options?: PatternOptions): void {
    matchPattern(this, re, visit, options);
  }

  /** Visits the words of `list` found in the prose; see `matchWords`. */
  matchWords(list: WordList, visit: (start: number, end: number, word: string) => void, options?: MatchOptions): void {
    matchWords(this, list, visit, options);
  }

  /** The title, 文号, subtitle and 主送机关 before the body. */
  get head(): DocumentHead {
    return (this.headCache ??= parseHead(this));
  }

  /** The document type its title states (通知, 请示, 讲话…), else the configured one, or undefined. */
  get documentType(): DocumentType | undefined {
    return (this.typeCache ??= { value: detectType(this.text, this.head) ?? configuredType(this.configuredTypeName) }).value;
  }

  private configuredTypeName?: DocumentTypeName;

  /** The configuration's `documentType`, used when the title states none. */
  set configuredType(type: DocumentTypeName | undefined) {
    if (type === this.configuredTypeName) return;
    this.configuredTypeName = type;
    this.typeCache = undefined;
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
      this.seriesCache = groupSeries(this.seriesMarks, this.paragraphs, headings);
    }
    return this.seriesCache;
  }

  /**
   * The run-in markers (一是, 第一，, 其一…) where they stand, found once for the series and for the
   * rules that look at single markers; each takes its `paragraph` when the series are grouped.
   */
  get seriesMarks(): readonly SeriesItem[] {
    return (this.seriesMarksCache ??= scanSeriesMarks(this.text, this.isIgnoredBound));
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

  private signatureDatesCache?: readonly SignatureDate[];
  private documentDateCache?: DocumentDate | null;
  private configured?: string;

  /** The 成文日期 lines (a full date under the issuing body, after the body). */
  get signatureDates(): readonly SignatureDate[] {
    return (this.signatureDatesCache ??= findSignatureDates(this));
  }

  /** The date of the document (成文日期, dated subtitle, dated title, or the configured one); see `findDocumentDate`. */
  get documentDate(): DocumentDate | undefined {
    if (this.documentDateCache === undefined) this.documentDateCache = findDocumentDate(this, this.head, this.signatureDates, this.configured) ?? null;
    return this.documentDateCache ?? undefined;
  }

  /** The configuration's `documentDate` (`YYYY-MM-DD`), used when the document states no date. */
  set configuredDate(date: string | undefined) {
    if (date === this.configured) return;
    this.configured = date;
    this.documentDateCache = undefined;
  }

  /** The formatting a reader found (a Word document's); see `layout`. */
  readLayout?: DocumentLayout;
  /** The configuration's `layout`. */
  layoutMode: LayoutMode = 'auto';

  /**
   * The formatting the layout rules check, or undefined: none was read (a text file), it is not
   * this text's (paragraphs and lines differ), the configuration switches it off, or under `auto`
   * the document is no 公文 — it has neither a 发文机关标志 nor a 文号, as a speech draft does.
   */
  get layout(): DocumentLayout | undefined {
    const read = this.readLayout;
    if (!read || this.layoutMode === 'off' || read.paragraphs.length !== this.lines.length) return undefined;
    if (this.layoutMode === 'auto' && this.head.issuer === undefined && this.head.documentNumber === undefined) return undefined;
    return read;
  }

  /** True when `[start, end)` touches an ignored range. */
  isIgnored(start: number, end: number): boolean {
    return overlapsAny(this.ignored, start, end);
  }
}
