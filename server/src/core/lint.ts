import { defaultConfig, defaultRuleConfig, type Config } from './config/config.js';
import { SourceDocument } from './model/document.js';
import { silencedRanges, withoutSilenced } from './config/directives.js';
import { applyFixes } from './fix.js';
import type { DocumentLayout } from './model/layout.js';
import type { ModelCache } from './model/model-cache.js';
import { RULES } from './registry.js';
import { format, messageFormatter, type AnyRule, type Report } from './rule.js';
import type { DocFormat, Finding, InternalErrorData, Locale, Severity } from './types.js';

export interface LintOptions {
  /** How the text is structured; `.md` files are `markdown`, everything else `plain`. */
  readonly format?: DocFormat;
  /** Reused parts of the model from earlier lints of the same document (an editor's keystrokes). */
  readonly cache?: ModelCache;
  /** The rules to run, instead of every registered one (a rule's tests run it alone). */
  readonly rules?: readonly AnyRule[];
  /** A Word document's formatting, for the layout rules (GB/T 9704-2012); none for a text file. */
  readonly layout?: DocumentLayout;
}

/** Measures each rule (the benchmark's per-rule table); the clock comes from outside the pure core. */
export interface RuleTimer {
  now(): number;
  record(ruleId: string, ms: number): void;
}

const DEFAULT_CONFIG = defaultConfig();

const INTERNAL_ERROR: Readonly<Record<Locale, string>> = {
  'zh-CN': '规则「{id}」内部错误，已跳过：{reason}',
  en: 'rule "{id}" failed internally and was skipped: {reason}',
};

/**
 * Lints `text` with every enabled rule, sharing one parsed document. Findings are sorted by position.
 * A rule that throws is contained: the others still report, and one finding names the failed rule.
 */
export function lint(text: string, config: Config = DEFAULT_CONFIG, options: LintOptions = {}): Finding[] {
  const doc = new SourceDocument(text, options.format ?? 'plain', options.cache);
  if (options.layout) doc.readLayout = options.layout;
  return lintDocument(doc, config, undefined, options.rules);
}

/** Lints a parsed document; the caller may keep `doc` to reuse its outline (symbols, folding). */
export function lintDocument(doc: SourceDocument, config: Config = DEFAULT_CONFIG, timer?: RuleTimer, rules: readonly AnyRule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  doc.configuredDate = config.documentDate;
  doc.configuredType = config.documentType;
  doc.layoutMode = config.layout ?? 'auto';
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? defaultRuleConfig(rule);
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const write = messageFormatter<string>(rule.messages, config.locale);
    const report = (r: Report<object, string>) => findings.push(toFinding(rule, r.convention ? 'hint' : severity, r, write));
    const started = timer?.now();
    try {
      rule.check({ doc, options: setting.options, format: write, report });
      if (timer) timer.record(rule.id, timer.now() - started!);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const message = format(INTERNAL_ERROR[config.locale], { id: rule.id, reason });
      const data: InternalErrorData = { internalError: true };
      findings.push({ ruleId: rule.id, severity: 'error', message, range: [0, 0], data });
    }
  }
  // Stable: findings at the same place keep the registry's order.
  return withoutSilenced(findings, silencedRanges(doc)).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/**
 * A finding with only the fields the report has, its messages written in the user's language;
 * built field by field (object spread is slow here). A fix from a rule not declared fixable is a
 * bug of the rule: it fails like one, so no test can miss it.
 */
function toFinding(rule: AnyRule, severity: Severity, r: Report<object, string>, write: (id: string, params?: Report['params']) => string): Finding {
  if (r.fix && !rule.fixable) throw new Error(`a fix from a rule not declared fixable (message "${r.messageId}")`);
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: rule.id,
    severity,
    messageId: r.messageId,
    message: write(r.messageId, r.params),
    range: r.range,
  };
  if (r.fix) finding.fix = r.fix;
  if (r.suggestions) finding.suggestions = r.suggestions.map((s) => ({ title: write(s.messageId, s.params), fix: s.fix }));
  if (r.related) finding.related = r.related.map((l) => ({ range: l.range, message: write(l.messageId, l.params) }));
  if (r.group !== undefined) finding.group = r.group;
  if (r.data) finding.data = r.data;
  return finding;
}

export interface FixTextResult {
  readonly output: string;
  /** How many fixes were applied, over all passes. */
  readonly fixed: number;
  /** The findings of the last lint, of the fixed text. */
  readonly remaining: readonly Finding[];
}

/**
 * Applies every fix, re-linting between passes because one fix can enable another (a renumbered
 * heading after its marker style was corrected); at most `maxPasses` passes, so it always ends.
 * `only` limits the fixes to some rules, as `source.fixAll` and "fix all of this rule" do.
 */
export function fixText(
  text: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions & { readonly only?: (finding: Finding) => boolean; readonly maxPasses?: number } = {},
): FixTextResult {
  let output = text;
  let fixed = 0;
  let findings = lint(output, config, options);
  for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
    const fixable = findings.filter((f) => f.fix && (options.only?.(f) ?? true));
    if (fixable.length === 0) break;
    const result = applyFixes(output, fixable);
    if (result.applied.length === 0 || result.output === output) break;
    fixed += result.applied.length;
    output = result.output;
    findings = lint(output, config, options);
  }
  return { output, fixed, remaining: findings };
}
