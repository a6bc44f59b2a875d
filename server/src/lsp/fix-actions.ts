import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { applyFixes, format, ruleById, type Finding, type Fix, type Locale } from '../core/index.js';
import { isHighSurrogate, isLowSurrogate } from '../core/text/chars.js';
import { FIX_ALL_KIND } from '../protocol.js';
import { findingOf } from './diagnostics.js';

const TITLES = {
  'zh-CN': {
    fix: '改为「{text}」',
    remove: '删除「{old}」',
    group: '依次重新编号（{n} 处）',
    rule: '修复本文中所有“{rule}”问题（{n} 处）',
    all: '修复本文中所有可自动修复的问题',
  },
  en: {
    fix: 'Change to "{text}"',
    remove: 'Delete "{old}"',
    group: 'Renumber in order ({n})',
    rule: 'Fix all "{rule}" problems in this document ({n})',
    all: 'Fix all auto-fixable problems',
  },
} as const;

/**
 * Quick fixes from the findings' fixes: this one; all of its group (a renumbered run); all of its
 * rule in the document. `findings` are those of the current version, so edits land where they should.
 */
export function fixActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  locale: Locale,
): CodeAction[] {
  const t = TITLES[locale];
  const text = document.getText();
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(document, diagnostic, findings);
    if (!finding) continue;
    // Suggestions are offered, never preferred: the writer decides (the announced count or the list may be wrong).
    for (const suggestion of finding.suggestions ?? []) actions.push(action(document, suggestion.title, [diagnostic], [suggestion.fix], false));
    if (!finding.fix) continue;
    const fix = finding.fix;
    const old = text.slice(fix.range[0], fix.range[1]);
    const title = fix.text === '' ? format(t.remove, { old }) : format(t.fix, { text: fix.text });
    actions.push(action(document, title, [diagnostic], [fix], true));

    const group = finding.group;
    if (group !== undefined && !offered.has(group)) {
      const members = findings.filter((f) => f.fix && f.group === group);
      if (members.length > 1) {
        offered.add(group);
        actions.push(action(document, format(t.group, { n: members.length }), [diagnostic], fixesOf(text, members), false));
      }
    }
    if (!offered.has(finding.ruleId)) {
      const ofRule = findings.filter((f) => f.fix && f.ruleId === finding.ruleId);
      if (ofRule.length > 1) {
        offered.add(finding.ruleId);
        const title = format(t.rule, { rule: ruleById(finding.ruleId)?.title[locale] ?? finding.ruleId, n: ofRule.length });
        actions.push(action(document, title, [diagnostic], fixesOf(text, ofRule), false));
      }
    }
  }
  return actions;
}

/** `source.fixAll.gongwen`: every fix, over as many passes as needed, as small edits. */
export function fixAllAction(document: TextDocument, fixedText: string, locale: Locale): CodeAction | undefined {
  const before = document.getText();
  if (fixedText === before) return undefined;
  return {
    title: TITLES[locale].all,
    kind: FIX_ALL_KIND,
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: minimalEdits(document, before, fixedText) }] },
  };
}

/** The fixes that apply together: no two overlap. */
function fixesOf(text: string, findings: readonly Finding[]): Fix[] {
  return applyFixes(text, findings).applied.map((f) => f.fix!);
}

function action(document: TextDocument, title: string, diagnostics: Diagnostic[], fixes: readonly Fix[], preferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    ...(preferred && { isPreferred: true }),
    // Versioned: VS Code refuses the edit if the document changed since.
    edit: {
      documentChanges: [
        {
          textDocument: { uri: document.uri, version: document.version },
          edits: fixes.map((fix) => ({
            range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
            newText: fix.text,
          })),
        },
      ],
    },
  };
}

/**
 * Edits turning `before` into `after`, one per changed line when the line count is the same (fixes
 * change markers inside lines), else one for the changed middle.
 */
export function minimalEdits(document: TextDocument, before: string, after: string): TextEdit[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const edit = (start: number, end: number, newText: string): TextEdit => ({
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    newText,
  });
  if (a.length !== b.length) {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    return [edit(prefix, before.length - suffix, after.slice(prefix, after.length - suffix))];
  }
  const edits: TextEdit[] = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      let p = 0;
      while (p < x.length && p < y.length && x[p] === y[p]) p++;
      // Edits never start or end inside a surrogate pair.
      if (p > 0 && isHighSurrogate(x.charCodeAt(p - 1))) p--;
      let s = 0;
      while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
      if (s > 0 && isLowSurrogate(x.charCodeAt(x.length - s))) s--;
      edits.push(edit(offset + p, offset + x.length - s, y.slice(p, y.length - s)));
    }
    offset += x.length + 1;
  }
  return edits;
}
