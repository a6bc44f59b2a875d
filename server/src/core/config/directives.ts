import type { SourceDocument } from '../model/document.js';
import { containing } from '../text/ranges.js';
import { isInternalError, type Finding, type Range } from '../types.js';

// The inside of a comment that is a directive: ` gongwen-disable placeholder, figure-conflict `. No
// rule list means every rule.
const DIRECTIVE_RE = /^[ \t]*gongwen-(disable-next-line|disable|enable)\b(.*?)[ \t]*$/;
const BLANK_RE = /^[ \t]*$/;

interface Silence {
  /** The rules silenced; undefined for all of them but `except`. */
  readonly rules: ReadonlySet<string> | undefined;
  readonly except: ReadonlySet<string>;
  readonly range: Range;
}

/**
 * The parts of a document its author silenced with comments alone on their line (in Markdown
 * `<!-- gongwen-disable [rules] -->`): `gongwen-disable [rules]` up to a matching
 * `gongwen-enable [rules]` (or the end), `gongwen-disable-next-line [rules]` for the line after the
 * comment. The reader gives the comments: none inside code (examples, not directives), none at
 * all in plain text.
 */
export function silencedRanges(doc: SourceDocument): Silence[] {
  const text = doc.text;
  if (doc.comments.length === 0 || !text.includes('gongwen-')) return [];
  const out: Silence[] = [];
  let open: { rules: Set<string> | undefined; except: Set<string>; start: number }[] = [];
  const lines = doc.lines;
  for (const comment of doc.comments) {
    const i = containing(lines, comment.range[0]);
    const line = lines[i]!;
    if (comment.range[1] > line.end || !BLANK_RE.test(text.slice(line.start, comment.range[0])) || !BLANK_RE.test(text.slice(comment.range[1], line.end))) continue;
    const m = DIRECTIVE_RE.exec(text.slice(comment.body[0], comment.body[1]));
    if (!m) continue;
    const list = m[2]!.split(/[\s,，、]+/).filter(Boolean);
    const rules = list.length > 0 ? new Set(list) : undefined;
    const at = lines[i]!.start;
    if (m[1] === 'disable-next-line') {
      const next = lines[i + 1];
      if (next) out.push({ rules, except: new Set(), range: [next.start, next.end] });
    } else if (m[1] === 'disable') {
      open.push({ rules, except: new Set(), start: at });
    } else {
      for (const o of open) out.push({ rules: o.rules && new Set(o.rules), except: new Set(o.except), range: [o.start, at] });
      if (!rules) {
        open = [];
        continue;
      }
      for (const o of open) {
        o.start = at;
        if (o.rules) for (const r of rules) o.rules.delete(r);
        else for (const r of rules) o.except.add(r);
      }
      open = open.filter((o) => !o.rules || o.rules.size > 0);
    }
  }
  for (const o of open) out.push({ rules: o.rules, except: o.except, range: [o.start, text.length] });
  return out;
}

/** Findings minus those the document silenced; internal errors always stay. */
export function withoutSilenced(findings: Finding[], silences: readonly Silence[]): Finding[] {
  if (silences.length === 0) return findings;
  const silenced = (f: Finding) =>
    silences.some(
      (s) => (s.rules ? s.rules.has(f.ruleId) : !s.except.has(f.ruleId)) && s.range[0] <= f.range[0] && f.range[0] < s.range[1],
    );
  return findings.filter((f) => isInternalError(f) || !silenced(f));
}
