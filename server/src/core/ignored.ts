import type { Line } from './document.js';
import type { DocFormat, Range } from './types.js';

// URLs and e-mail addresses run until whitespace, CJK text or CJK punctuation.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef<>"'）》】]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_RE = /(`+)[^`]*?\1|<!--[\s\S]*?-->|\]\([^)\s]*(?:\s+"[^"]*")?\)|<[a-z][\w+.-]*:[^\s<>]*>/g;

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
  for (const m of chunk.matchAll(INLINE_RE)) {
    // A link target keeps its `]`: only `(…)` is not prose.
    const skip = m[0].startsWith('](') ? 1 : 0;
    out.push([start + m.index + skip, start + m.index + m[0].length]);
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
