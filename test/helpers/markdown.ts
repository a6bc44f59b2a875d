import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** Every Markdown page a reader can reach: the READMEs, CONTRIBUTING.md, docs/ and the rule pages. */
export function documentationPages(): string[] {
  const md = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `${dir}/${f}`);
  return ['README.md', 'README.en.md', 'CONTRIBUTING.md', ...md('docs'), ...md('docs/rules')];
}

export interface Fence {
  readonly info: string;
  readonly lines: readonly string[];
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** Fenced code blocks, also indented ones inside list items; a fence closes with at least as many backticks. */
export function fences(text: string): Fence[] {
  const out: Fence[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const close = new RegExp(`^\\s*\`{${open[1]!.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    const indent = new RegExp(`^ {0,${lines[i]!.indexOf('`')}}`);
    out.push({ info: open[2]!.trim(), lines: lines.slice(i + 1, end).map((l) => l.replace(indent, '')), line: i + 1 });
    i = end;
  }
  return out;
}

/** The text with fenced blocks blanked (lines kept) and inline code spans removed: where links are links. */
export function prose(text: string, keepCode?: (code: string) => boolean): string {
  const lines = text.split('\n');
  for (const fence of fences(text)) {
    for (let i = fence.line - 1; i <= fence.line + fence.lines.length && i < lines.length; i++) lines[i] = '';
  }
  return lines.map((line) => line.replace(/(`+)(.+?)\1(?!`)/g, (span, _ticks, code: string) => (keepCode?.(code.trim()) ? span : ' '))).join('\n');
}

/** Inline code spans outside fenced blocks, without their backticks. */
export function inlineCode(text: string): string[] {
  const spans: string[] = [];
  prose(text, (code) => {
    spans.push(code);
    return false;
  });
  return spans;
}

/** Links and images outside code: the target as written. */
export function links(text: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  prose(text)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/!?\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push({ target: m[1]!, line: i + 1 });
    });
  return out;
}

/**
 * The anchors GitHub gives a page's headings (as github-slugger does): the heading's text in lower
 * case, without punctuation or symbols, spaces turned into hyphens, a repeat numbered -1, -2, ….
 */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of prose(text, () => true).split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}
