import { trimmedRange } from '../text/chars.js';
import { dayNumber, isValidDate, parseIsoDate, type Day } from '../text/dates.js';
import { parseChineseNumber, parseDigitByDigit } from '../text/numerals.js';
import { CLAUSE_MARKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import type { Range } from '../types.js';
import type { DocumentHead } from './document-head.js';
import type { Line } from './types.js';

/** A full date written as a line of its own or inside one: year, month and day, Arabic or Chinese. */
const FULL_DATE = '((?:\\d{4}|[〇○零0一二三四五六七八九]{4}))年(\\d{1,2}|[一二三四五六七八九十]{1,2})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日';
const FULL_DATE_LINE_RE = new RegExp(`^${FULL_DATE}$`);
const FULL_DATE_RE = new RegExp(FULL_DATE);
/** A year at the head of a title: 2025年政府工作报告, 二〇二五年工作要点. */
const TITLE_YEAR_RE = /^(?:关于)?(\d{4}|[〇○零一二三四五六七八九]{4})年(?![0-9一二三四五六七八九十]{1,2}月)/;
/** What the line of the issuing body (above the date) does not end with. */
const PUNCTUATION_END = `${SENTENCE_MARKS}${SEMICOLONS}${CLAUSE_MARKS}、）)`;

/** Where a document's date was read: its 成文日期, a dated subtitle, a dated title, or the configuration. */
export type DocumentDateSource = 'signature' | 'subtitle' | 'title' | 'config';

/**
 * The date of a document. A title gives its year only: `month` and `day` are then undefined, and
 * the date stands for the whole year (see `compareDocumentDate`).
 */
export interface DocumentDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly source: DocumentDateSource;
  /** Where the date is written; none for the configured one. */
  readonly range?: Range;
}

/** A 成文日期: the line holding only a full date under the issuing body, with the day it names. */
export interface SignatureDate {
  readonly range: Range;
  readonly day: Day;
}

type Text = { readonly text: string; readonly lines: readonly Line[] };

/**
 * The 成文日期 of the document: a line holding a full date and nothing else, under a line without
 * end punctuation (the issuing body), after the body has begun (a line ending as a sentence does).
 */
export function findSignatureDates({ text, lines }: Text): SignatureDate[] {
  const found: SignatureDate[] = [];
  let bodySeen = false;
  // The previous non-blank line, trimmed: [start, end).
  let previousStart = -1;
  let previousEnd = -1;
  for (const line of lines) {
    const [s, e] = trimmedRange(text, line.start, line.end);
    if (s === e) continue;
    const last = text[e - 1]!;
    // Read by its last character first: the text of a line is sliced only for a line ending in 日.
    if (bodySeen && last === '日' && previousEnd - previousStart <= 40 && !PUNCTUATION_END.includes(text[previousEnd - 1]!)) {
      const m = FULL_DATE_LINE_RE.exec(text.slice(s, e));
      const day = m && toDay(m[1]!, m[2]!, m[3]!);
      if (day) found.push({ range: [s, e], day });
    }
    // A line of the body ends as a sentence does.
    if (SENTENCE_MARKS.includes(last)) bodySeen = true;
    previousStart = s;
    previousEnd = e;
  }
  return found;
}

/**
 * The date of the document, from the first of: its (first) 成文日期, a dated subtitle or date line
 * of its head (——二〇二五年十月十五日在…上的讲话, （2025年1月10日）), the year at the start of its
 * title (2025年政府工作报告), and the configured `documentDate`. Undefined when none is known.
 */
export function findDocumentDate(layout: Text, head: DocumentHead, signatures: readonly SignatureDate[], configured: string | undefined): DocumentDate | undefined {
  const signature = signatures[0];
  if (signature) return { ...signature.day, source: 'signature', range: signature.range };
  const { text } = layout;
  for (const [s, e] of head.dateLines) {
    const m = FULL_DATE_RE.exec(text.slice(s, e));
    const day = m && toDay(m[1]!, m[2]!, m[3]!);
    if (day) return { ...day, source: 'subtitle', range: [s + m.index, s + m.index + m[0].length] };
  }
  const title = head.title?.lines[0];
  if (title) {
    const m = TITLE_YEAR_RE.exec(text.slice(title[0], Math.min(title[1], title[0] + 12)));
    const year = m ? yearOf(m[1]!) : undefined;
    if (m && year !== undefined) {
      const at = title[0] + m[0].length - m[1]!.length - 1;
      return { year, source: 'title', range: [at, at + m[1]!.length + 1] };
    }
  }
  const day = configured === undefined ? undefined : parseIsoDate(configured);
  return day ? { ...day, source: 'config' } : undefined;
}

/**
 * Whether the document's date is on or after `since`: 'yes', 'no', or 'unknown' for a year-only
 * date in the year of `since` (unless `since` is its first day) — such a date is never assumed.
 */
export function compareDocumentDate(date: DocumentDate, since: Day): 'yes' | 'no' | 'unknown' {
  if (date.month !== undefined && date.day !== undefined) return dayNumber({ year: date.year, month: date.month, day: date.day }) >= dayNumber(since) ? 'yes' : 'no';
  if (date.year !== since.year) return date.year > since.year ? 'yes' : 'no';
  return since.month === 1 && since.day === 1 ? 'yes' : 'unknown';
}

function yearOf(s: string): number | undefined {
  return /^\d{4}$/.test(s) ? Number(s) : parseDigitByDigit(s);
}

function toDay(yearText: string, monthText: string, dayText: string): Day | undefined {
  const year = yearOf(yearText);
  const number = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
  const month = number(monthText);
  const day = number(dayText);
  if (year === undefined || month === undefined || day === undefined || !isValidDate(month, day, year)) return undefined;
  return { year, month, day };
}
