import { isHighSurrogate, isLowSurrogate, isSurrogate } from '../text/chars.js';
import { digitValue } from '../text/numerals.js';
import { SourceDocument } from './document.js';
import type { DocFormat, Locale, Range } from '../types.js';

/** A common pace for a speech read from a draft: about 220 characters a minute. */
export const DEFAULT_SPEECH_RATE = 220;
/** The rates the CLI and the VS Code setting accept, in characters a minute. */
export const SPEECH_RATE_RANGE = { min: 60, max: 600 } as const;

export interface SpeechStats {
  /** Characters that are read aloud (see `speechStats`). */
  readonly characters: number;
  /** The reading time in whole minutes, rounded; at least 1 for any text that has a character. */
  readonly minutes: number;
}

/**
 * How long a draft takes to read aloud. Counted, one per code point (so 𠮷 is one): letters of any
 * script (汉字, Latin), digits and other numerals (〇, ①), the ○ written for zero (二○二○年), and
 * the symbols that are spoken: `%` `％` `‰` `℃` and a decimal point between two digits (6.2 is
 * 六点二). Not counted: whitespace, punctuation (it is not read aloud), other symbols (`|`, `×`,
 * `#`…), heading markers (一、 （一） 1. （1） ① and 第X章/第X条, as the outline model finds
 * them), and what the lint core ignores: URLs, and in Markdown code, comments, front matter and
 * link targets.
 *
 * `minutes` is `characters / ratePerMinute` rounded to the nearest minute, but never 0 for a
 * text with something to read.
 */
export function speechStats(input: SourceDocument | string, format: DocFormat = 'plain', ratePerMinute: number = DEFAULT_SPEECH_RATE): SpeechStats {
  if (!Number.isFinite(ratePerMinute) || ratePerMinute <= 0) throw new RangeError(`ratePerMinute must be a positive number, got ${ratePerMinute}`);
  const doc = typeof input === 'string' ? new SourceDocument(input, format) : input;
  const characters = countSpoken(doc.text, skippedRanges(doc));
  return { characters, minutes: readingMinutes(characters, ratePerMinute) };
}

/** Rounded minutes for a number of characters; at least 1 when there is anything to read. */
export function readingMinutes(characters: number, ratePerMinute: number = DEFAULT_SPEECH_RATE): number {
  return characters === 0 ? 0 : Math.max(1, Math.round(characters / ratePerMinute));
}

/** `8,560 字 · 约 39 分钟` / `8,560 chars · ~39 min`: the status bar's and the CLI's wording. */
export function formatSpeechStats(stats: SpeechStats, locale: Locale): string {
  const count = groupThousands(stats.characters);
  return locale === 'en' ? `${count} chars · ~${stats.minutes} min` : `${count} 字 · 约 ${stats.minutes} 分钟`;
}

/** `8560` → `8,560`. By hand, so that it is the same with any ICU data. */
export function groupThousands(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Ignored ranges and heading markers, sorted by start (they may overlap). */
function skippedRanges(doc: SourceDocument): Range[] {
  const ranges: Range[] = [...doc.ignored];
  for (const node of doc.outline.nodes) ranges.push(node.marker);
  for (const article of doc.outline.articles) ranges.push(article.marker);
  return ranges.sort((a, b) => a[0] - b[0]);
}

// By UTF-16 code unit: 1 = counted, 0 = not; surrogate pairs are looked up whole, below.
let table: Uint8Array | undefined;
const COUNTED_RE = /^[\p{L}\p{N}]$/u;
const SPOKEN_SYMBOLS = '%％‰℃○';

function countedTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isSurrogate(code)) continue;
    if (COUNTED_RE.test(String.fromCharCode(code))) table[code] = 1;
  }
  for (const c of SPOKEN_SYMBOLS) table[c.charCodeAt(0)] = 1;
  return table;
}

function countSpoken(text: string, skipped: readonly Range[]): number {
  const counted = countedTable();
  let count = 0;
  let next = 0; // the first skipped range that may still lie ahead
  for (let i = 0; i < text.length; i++) {
    while (next < skipped.length && skipped[next]![1] <= i) next++;
    if (next < skipped.length && skipped[next]![0] <= i) {
      // Inside a skipped range: jump to the furthest end of the ranges that cover i.
      let end = skipped[next]![1];
      for (let k = next + 1; k < skipped.length && skipped[k]![0] <= end; k++) end = Math.max(end, skipped[k]![1]);
      i = end - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (COUNTED_RE.test(text.slice(i, i + 2))) count++;
      i++;
      continue;
    }
    if (counted[code]) count++;
    else if ((code === 0x2e || code === 0xff0e) && digitValue(text.charCodeAt(i - 1)) >= 0 && digitValue(text.charCodeAt(i + 1)) >= 0) count++;
  }
  return count;
}
