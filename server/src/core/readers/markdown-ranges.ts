import { charTable, isWhitespace } from '../text/chars.js';
import type { Comment, Line } from '../model/types.js';
import type { Range } from '../types.js';

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
// Where an inline construct may start; each is then read by hand, so that an unclosed one (a
// stray `<!--`, a `](` with no `)`) costs one look ahead, not a scan to the end per occurrence.
const INLINE_START_RE = /`+|<!--|\]\(|<[a-z]|[[［][ \u3000]*[\]］]\(/g;
const LINK_TITLE_RE = /\s+"[^"\n]*"\)/y;
const AUTOLINK_RE = /<[a-z][\w+.-]*:[^\s<>]*>/y;
// A line of three or more `-`, `*` or `_` (spaces between allowed).
const THEMATIC_BREAK_RE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// `- [ ] 待办`: the empty box of a task list item.
const TASK_BOX_RE = /^[^\S\r\n]*(?:[-*+]|\d+[.)])[^\S\r\n]+([[［][ \u3000]*[\]］])/;
const MARKUP_FIRST = charTable('-*_+0123456789');

export interface MarkdownRanges {
  /** Front matter, fenced code, code spans, HTML comments, link targets. */
  readonly code: Range[];
  /**
   * Markup within prose lines that is no text either: thematic breaks, the empty box of a task
   * list item (`- [ ]`), the empty text of a link (`[](…)`).
   */
  readonly markup: Range[];
  /** HTML comments outside code, in order. */
  readonly comments: Comment[];
}

/** The parts of a Markdown text that are not prose, unsorted. */
export function markdownRanges(text: string, lines: readonly Line[]): MarkdownRanges {
  const code: Range[] = [];
  const markup: Range[] = [];
  const comments: Comment[] = [];
  let i = 0;
  // Front matter: a `---` block at the very top.
  if (lines.length > 1 && text.slice(lines[0]!.start, lines[0]!.end) === '---') {
    for (let j = 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (text.slice(l.start, l.end) === '---') {
        code.push([0, l.end]);
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
      blockMarkup(text, line, markup);
      i++;
      continue;
    }
    inlineRanges(text, proseStart, line.start, code, markup, comments);
    const fence = open[1]!;
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j]!;
      const close = FENCE_RE.exec(text.slice(l.start, Math.min(l.end, l.start + 16)));
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      j++;
    }
    const last = lines[Math.min(j, lines.length - 1)]!;
    code.push([line.start, last.end]);
    i = j + 1;
    proseStart = i < lines.length ? lines[i]!.start : text.length;
  }
  inlineRanges(text, proseStart, text.length, code, markup, comments);
  return { code, markup, comments };
}

/** A thematic break or a task box on a prose line. */
function blockMarkup(text: string, line: Line, out: Range[]): void {
  let at = line.start;
  while (at < line.end && isWhitespace(text[at]!)) at++;
  if (!MARKUP_FIRST[text.charCodeAt(at)]) return;
  const content = text.slice(line.start, line.end);
  // Bounded, so that a long line is not tested character by character for a rule it can't be.
  if (content.length < 80 && THEMATIC_BREAK_RE.test(content)) {
    out.push([at, line.end]);
    return;
  }
  const box = TASK_BOX_RE.exec(content);
  if (box && box[0].length - box[1]!.length < 16) out.push([line.start + box[0].length - box[1]!.length, line.start + box[0].length]);
}

function inlineRanges(text: string, start: number, end: number, out: Range[], markup: Range[], comments: Comment[]): void {
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
      else {
        close = found + 3;
        comments.push({ range: [start + at, start + close], body: [start + at + 4, start + found] });
      }
    } else if (first === 0x5b || first === 0xff3b) {
      // `[](`: a link with no text. Its target, if any, is read from the `](` next.
      markup.push([start + at, start + at + m[0].length - 1]);
      INLINE_START_RE.lastIndex = at + m[0].length - 2;
      continue;
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
