import { charTable, isDigit, isWordChar, scanAt, splitsPair } from '../text/chars.js';
import { RangeCursor } from './ignored.js';
import type { Layout } from './types.js';

/** What a match runs over: the text and the ranges that are not prose. */
export type Prose = Pick<Layout, 'text' | 'ignored'>;

export interface MatchOptions {
  /**
   * Drop a match that begins or ends inside a Latin word or a number: `GDP` is not in `GDPR`,
   * `5` not in `15` or `2.5`. An edge next to a Chinese character is always a boundary.
   */
  readonly wordBoundary?: boolean;
  /** Drop a match this rejects: the caller's own boundary, such as where a Chinese word may end. */
  readonly boundary?: (text: string, start: number, end: number) => boolean;
}

export interface PatternOptions extends MatchOptions {
  /** For a sticky pattern: the characters (see `charTable`) a match can begin with; it is tried only there. */
  readonly first?: Uint8Array;
}

/**
 * Runs `re` over the prose, left to right, and visits the matches that touch no ignored range
 * (code, comments, link targets, URLs) and pass the boundaries asked for. `re` is global, or
 * sticky with `options.first`. As `scanAt` and a global pattern do, the scan resumes after every
 * match, kept or dropped; empty matches are skipped.
 */
export function matchPattern(prose: Prose, re: RegExp, visit: (m: RegExpExecArray, start: number) => void, options: PatternOptions = {}): void {
  const text = prose.text;
  const keep = keeper(prose, options);
  if (re.sticky) {
    if (!options.first) throw new TypeError(`a sticky pattern needs the characters it can begin with: ${re}`);
    scanAt(text, options.first, re, (m, start) => {
      if (m[0].length > 0 && keep(start, start + m[0].length)) visit(m, start);
    });
    return;
  }
  if (!re.global) throw new TypeError(`matchPattern needs a global or sticky pattern: ${re}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex = start + 1;
      continue;
    }
    if (keep(start, end)) visit(m, start);
    re.lastIndex = end;
  }
}

const NONE: readonly string[] = [];

/**
 * A list of words to find, such as 仍然 / 依然 or 截止 / 截至. At each place the longest word
 * that passes the boundaries wins; a longer one dropped leaves the shorter ones their chance.
 */
export class WordList {
  /** Words by their first code unit, longest first. */
  private readonly byFirst = new Map<number, string[]>();
  readonly first: Uint8Array;
  /** The first two code units of the words, hashed (a collision only costs a look); and the one-unit words' units. */
  private readonly pairs = new Uint8Array(0x10000);
  private readonly single = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)].filter((w) => w !== '');
    for (const word of unique.sort((a, b) => b.length - a.length)) {
      const code = word.charCodeAt(0);
      const list = this.byFirst.get(code);
      if (list) list.push(word);
      else this.byFirst.set(code, [word]);
      if (word.length === 1) this.single[code] = 1;
      else this.pairs[pairHash(code, word.charCodeAt(1))] = 1;
    }
    this.first = charTable(unique.map((w) => w[0]!).join(''));
  }

  /**
   * Whether a word may begin at `at`, judged by its first two code units: one table read each, so
   * that a list whose words begin with common characters (一, 不, 部) stays one pass.
   */
  mayStartAt(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    return this.first[code] === 1 && this.mayContinue(code, text, at);
  }

  /** `mayStartAt` for a position whose first code unit `code` is known to begin a word. */
  mayContinue(code: number, text: string, at: number): boolean {
    return this.single[code] === 1 || this.pairs[pairHash(code, text.charCodeAt(at + 1))] === 1;
  }

  /** The words that begin with the code unit `code`, longest first. */
  startingWith(code: number): readonly string[] {
    return this.byFirst.get(code) ?? NONE;
  }
}

function pairHash(first: number, second: number): number {
  // NaN past the end of the text hashes to a slot like any other: at worst one look too many.
  return ((first * 31) ^ second) & 0xffff;
}

/**
 * Finds the words of `list` in the prose, left to right and without overlap, skipping ignored
 * ranges, and visits each kept one.
 */
export function matchWords(prose: Prose, list: WordList, visit: (start: number, end: number, word: string) => void, options: MatchOptions = {}): void {
  const text = prose.text;
  const keep = keeper(prose, options);
  const skip = new RangeCursor(prose.ignored);
  const first = list.first;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (first[code] !== 1 || !list.mayContinue(code, text, i)) continue;
    const past = skip.endOfRangeAt(i);
    if (past >= 0) {
      i = past - 1;
      continue;
    }
    for (const word of list.startingWith(text.charCodeAt(i))) {
      if (!text.startsWith(word, i) || !keep(i, i + word.length)) continue;
      visit(i, i + word.length, word);
      i += word.length - 1;
      break;
    }
  }
}

/** Whether to keep a match: no ignored range touched, no surrogate pair split, the boundaries passed. Starts never decrease. */
function keeper(prose: Prose, options: MatchOptions): (start: number, end: number) => boolean {
  const text = prose.text;
  const ignored = new RangeCursor(prose.ignored);
  const { wordBoundary, boundary } = options;
  return (start, end) =>
    !ignored.touches(start, end) &&
    !splitsPair(text, start) &&
    !splitsPair(text, end) &&
    !(wordBoundary && (insideWord(text, start) || insideWord(text, end))) &&
    (!boundary || boundary(text, start, end));
}

/** Whether `at` falls inside a Latin word or a number: `GDP|R`, `1|5`, `2.|5`, `1,|234`. */
export function insideWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  if (isWordChar(before) && isWordChar(after)) return true;
  // A decimal point or a thousands comma between two digits joins them.
  if (isDigit(after) && isNumberJoint(before) && isDigit(text[at - 2] ?? '')) return true;
  return isDigit(before) && isNumberJoint(after) && isDigit(text[at + 1] ?? '');
}

function isNumberJoint(c: string): boolean {
  return c === '.' || c === '．' || c === ',';
}
