import { splitsPair } from './text/chars.js';
import type { Fix, Finding } from './types.js';

export interface FixResult {
  readonly output: string;
  /** Findings whose fix was applied. */
  readonly applied: readonly Finding[];
  /** Findings without a fix, or whose fix overlapped an applied one or was out of range. */
  readonly remaining: readonly Finding[];
}

const BOM = '\uFEFF';

/**
 * Applies the findings' fixes to `text`: in position order, skipping any fix that overlaps one
 * already taken (two insertions at one point overlap), that lies outside the text, or that would
 * split a surrogate pair. A leading BOM is never removed or moved. This is the only code that edits text.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const floor = text.startsWith(BOM) ? 1 : 0;
  const candidates = findings
    .map((finding, order) => ({ finding, order, fix: finding.fix }))
    .filter((c): c is { finding: Finding; order: number; fix: Fix } => c.fix !== undefined)
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.order - b.order);
  const applied: Finding[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let lastEnd = -1;
  for (const { finding, fix } of candidates) {
    const [start, end] = fix.range;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= floor && start <= end && end <= text.length;
    const overlaps = start < lastEnd || (start === lastEnd && start === end);
    if (!valid || overlaps || splitsPair(text, start) || splitsPair(text, end)) continue;
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastEnd = end;
    applied.push(finding);
  }
  if (applied.length === 0) return { output: text, applied, remaining: findings.slice() };
  parts.push(text.slice(cursor));
  const taken = new Set(applied);
  return { output: parts.join(''), applied, remaining: findings.filter((f) => !taken.has(f)) };
}

