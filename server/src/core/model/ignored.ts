import { charTable } from '../text/chars.js';
import type { Line } from './types.js';
import type { DocFormat, Range } from '../types.js';

// URLs and e-mail addresses run until whitespace, CJK text or CJK punctuation.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef<>"'）》】]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
// Where an inline construct may start; each is then read by hand, so that an unclosed one (a
// stray `<!--`, a `](` with no `)`) costs one look ahead, not a scan to the end per occurrence.
const INLINE_START_RE = /`+|<!--|\]\(|<[a-z]/g;
const LINK_TITLE_RE = /\s+"[^"\n]*"\)/y;
const AUTOLINK_RE = /<[a-z][\w+.-]*:[^\s<>]*>/y;

/**
 * Ranges that are not prose and must not be linted as such, sorted and disjoint: URLs in every
 * format; in Markdown also front matter, fenced code, code spans, HTML comments and link targets.
 */
export function ignoredRanges(text: string, lines: readonly Line[], format: DocFormat): Range[] {
  const ranges: Range[] = [];
  if (format === 'markdown') markdownRanges(text, lines, ranges);
  for (const m of text.matchAll(URL_RE)) ranges.push([m.index, m.index + m[0].length]);
  return mergeRanges(ranges);
}

function markdownRanges(text: string, lines: readonly Line[], out: Range[]): void {
  let i = 0;
  // Front matter: a `---` block at the very top.
  if (lines.length > 1 && text.slice(lines[0]!.start, lines[0]!.end) === '---') {
    for (let j = 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (text.slice(l.start, l.end) === '---') {
        out.push([0, l.end]);
        i = j + 1;
        break;
      }
    }
  }
  let proseStart = i < lines.length ? lines[i]!.start : text.length;
  while (i < lines.length) {
    const line = lines[i]!;
    const open = FENCE_RE.exec(text.slice(line.start, Math.min(line.end, line.start + 16)));
    if (!open) {
      i++;
      continue;
    }
    inlineRanges(text, proseStart, line.start, out);
    const fence = open[1]!;
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j]!;
      const close = FENCE_RE.exec(text.slice(l.start, Math.min(l.end, l.start + 16)));
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      j++;
    }
    const last = lines[Math.min(j, lines.length - 1)]!;
    out.push([line.start, last.end]);
    i = j + 1;
    proseStart = i < lines.length ? lines[i]!.start : text.length;
  }
  inlineRanges(text, proseStart, text.length, out);
}

function inlineRanges(text: string, start: number, end: number, out: Range[]): void {
  if (start >= end) return;
  const chunk = text.slice(start, end);
  let commentsClose = true;
  // The end of the link target that starts at or before each `](`: targets end at `)` or whitespace.
  let targetEnd = -1;
  const backtickRuns = new BacktickRuns(chunk);
  INLINE_START_RE.lastIndex = 0;
  for (let m = INLINE_START_RE.exec(chunk); m; m = INLINE_START_RE.exec(chunk)) {
    const at = m.index;
    const first = chunk.charCodeAt(at);
    let close = -1;
    if (first === 0x60) {
      // A code span: the next run of exactly as many backticks.
      close = backtickRuns.next(m[0].length, at + m[0].length);
      if (close >= 0) close += m[0].length;
    } else if (m[0] === '<!--') {
      const found = commentsClose ? chunk.indexOf('-->', at + 4) : -1;
      if (found < 0) commentsClose = false;
      else close = found + 3;
    } else if (m[0] === '](') {
      if (targetEnd < at + 2) {
        targetEnd = at + 2;
        while (targetEnd < chunk.length && !TARGET_END[chunk.charCodeAt(targetEnd)]) targetEnd++;
      }
      if (chunk.charCodeAt(targetEnd) === 0x29) {
        close = targetEnd + 1;
      } else {
        LINK_TITLE_RE.lastIndex = targetEnd;
        if (LINK_TITLE_RE.test(chunk)) close = LINK_TITLE_RE.lastIndex;
      }
      // A link target keeps its `]`: only `(…)` is not prose.
      if (close >= 0) {
        out.push([start + at + 1, start + close]);
        INLINE_START_RE.lastIndex = close;
      }
      continue;
    } else {
      AUTOLINK_RE.lastIndex = at;
      if (AUTOLINK_RE.test(chunk)) close = AUTOLINK_RE.lastIndex;
    }
    if (close >= 0) {
      out.push([start + at, start + close]);
      INLINE_START_RE.lastIndex = close;
    }
  }
}

const TARGET_END = charTable(') \t\n\r\f\v\u00a0\u3000');

/** Backtick runs by length, found once each: `next(n, from)` is the start of the first run of exactly `n` at or after `from`. */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(text: string) {
    for (let i = text.indexOf('`'); i >= 0; ) {
      let j = i;
      while (text.charCodeAt(j) === 0x60) j++;
      const list = this.byLength.get(j - i) ?? [];
      list.push(i);
      this.byLength.set(j - i, list);
      i = text.indexOf('`', j);
    }
  }

  next(length: number, from: number): number {
    const list = this.byLength.get(length);
    if (!list) return -1;
    let k = this.cursor.get(length) ?? 0;
    while (k < list.length && list[k]! < from) k++;
    this.cursor.set(length, k);
    return k < list.length ? list[k]! : -1;
  }
}

function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [ranges[0]!];
  for (let k = 1; k < ranges.length; k++) {
    const r = ranges[k]!;
    const last = out[out.length - 1]!;
    if (r[0] <= last[1]) out[out.length - 1] = [last[0], Math.max(last[1], r[1])];
    else out.push(r);
  }
  return out;
}
