// A rule's tests as tables, in the manner of ESLint's RuleTester: texts it must leave alone, and
// texts with the findings it must report, the text its fixes make, and what re-linting that gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyFixes,
  defaultConfig,
  isInternalError,
  lint,
  messageFormatter,
  normalizeConfig,
  ruleById,
  type AnyRule,
  type DocFormat,
  type DocumentLayout,
  type Finding,
  type LayoutMode,
  type Fix,
  type Locale,
  type Range,
  type Severity,
} from '../../server/src/core/index.js';

export interface Case {
  readonly text: string;
  /** The rule's options, checked as a `.gongwenrc.json` would be (a `severity` may be among them). */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly format?: DocFormat;
  readonly locale?: Locale;
  /** The test's name; the text by default. */
  readonly name?: string;
  /** A Word document's formatting, for the layout rules: the text is linted as that document's. */
  readonly layout?: DocumentLayout;
  /** The configuration's `layout`; with a `layout`, `gbt9704` (checked whether or not it is a 公文) unless given. */
  readonly layoutMode?: LayoutMode;
}

export type ValidCase = string | Case;

export interface ExpectedError {
  readonly message?: string;
  readonly messageId?: string;
  /** With `messageId`: the message is that one filled with these (instead of `message`). */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly range?: Range;
  /** The text the finding covers. */
  readonly flagged?: string;
  readonly severity?: Severity;
  /** Fields the finding's data has, with these values (others may be there too). */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly related?: readonly { readonly message?: string; readonly range?: Range }[];
  readonly suggestions?: readonly ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  readonly message?: string;
  readonly fix?: Fix;
  /** The text with this suggestion applied. */
  readonly output?: string;
}

export interface InvalidCase extends Case {
  /** The findings in position order: how many, or what each has (a string is its message). */
  readonly errors: number | readonly (string | ExpectedError)[];
  /**
   * The text with every fix applied (one pass, as `applyFixes` does); `null` when no finding has a
   * fix. Required when one has: a fix nobody looked at is not tested.
   */
  readonly output?: string | null;
}

export interface RuleTests {
  readonly valid?: readonly ValidCase[];
  readonly invalid?: readonly InvalidCase[];
}

/** The description a rule made up in a test needs, so that the test shows only what it is about. */
export function testRuleMeta<const Id extends string>(id: Id) {
  return {
    id,
    category: 'placeholder',
    title: { 'zh-CN': id, en: id },
    description: { 'zh-CN': '测试用', en: 'For tests' },
    explanation: { 'zh-CN': '测试用。', en: 'For tests.' },
    defaultSeverity: 'warning',
  } as const;
}

/** Registers a test per case, under `describe(<rule id>)`. */
export function testRule(rule: string | AnyRule, tests: RuleTests): void {
  const resolved = resolveRule(rule);
  describe(`${resolved.id}: rule table`, () => {
    for (const c of tests.valid ?? []) it(`valid: ${nameOf(c)}`, () => checkValid(resolved, c));
    for (const c of tests.invalid ?? []) it(`invalid: ${nameOf(c)}`, () => checkInvalid(resolved, c));
  });
}

/** Throws unless the rule reports nothing on the case's text. */
export function checkValid(rule: string | AnyRule, valid: ValidCase): void {
  const r = resolveRule(rule);
  const c = typeof valid === 'string' ? { text: valid } : valid;
  const findings = lintCase(r, c);
  assertNoFailure(findings);
  assert.deepEqual(findings.map((f) => f.message), [], `${r.id} should report nothing on ${JSON.stringify(c.text)}`);
}

/**
 * Throws unless the rule reports the expected findings, its fixes give `output`, and re-linting
 * `output` does not find a fixed finding again (a fix that does not fix, or undoes another).
 */
export function checkInvalid(rule: string | AnyRule, c: InvalidCase): void {
  const r = resolveRule(rule);
  const findings = lintCase(r, c);
  assertNoFailure(findings);
  const locale = c.locale ?? 'zh-CN';
  if (typeof c.errors === 'number') {
    assert.equal(findings.length, c.errors, `expected ${c.errors} findings, got: ${JSON.stringify(findings.map((f) => f.message))}`);
  } else {
    assert.ok(c.errors.length > 0, 'an invalid case expects at least one finding');
    const errors = c.errors;
    const expected = errors.map((e) => (typeof e === 'string' ? e : expectedView(r, locale, e)));
    const actual = findings.map((f, i) => {
      const e = errors[i];
      return e === undefined || typeof e === 'string' ? f.message : actualView(f, e, c.text);
    });
    assert.deepEqual(actual, expected, `findings of ${r.id} on ${JSON.stringify(c.text)}`);
  }
  checkFixes(r, c, findings);
}

function checkFixes(rule: AnyRule, c: InvalidCase, findings: readonly Finding[]): void {
  const fixed = applyFixes(c.text, findings);
  if (c.output === undefined || c.output === null) {
    assert.equal(fixed.applied.length, 0, `the rule fixed the text to ${JSON.stringify(fixed.output)}: give that as the case's \`output\``);
    return;
  }
  assert.notEqual(c.output, c.text, '`output` is the text itself: no fix is expected, so leave `output` out');
  assert.equal(fixed.output, c.output, 'the text with the fixes applied');
  const again = lintCase(rule, { ...c, text: fixed.output });
  assertNoFailure(again);
  const key = (f: Finding) => `${f.message}\u0000${f.fix?.text}`;
  const fixedKeys = new Set(fixed.applied.map(key));
  const repeated = again.filter((f) => f.fix && fixedKeys.has(key(f)));
  assert.deepEqual(repeated.map((f) => f.message), [], `the fixed text ${JSON.stringify(fixed.output)} has the same fixable finding again`);
}

/** The expectation with `params` turned into the message they make. */
function expectedView(rule: AnyRule, locale: Locale, e: ExpectedError): ExpectedError {
  if (e.params === undefined) return e;
  assert.ok(e.messageId !== undefined, '`params` need a `messageId`');
  assert.equal(e.message, undefined, 'give `message` or `params`, not both');
  const { params, ...rest } = e;
  return { ...rest, message: messageFormatter<string>(rule.messages, locale)(e.messageId, params) };
}

/** The finding seen through the fields the expectation names, so that a failure shows only those. */
function actualView(f: Finding, e: ExpectedError, text: string): ExpectedError {
  const view: { -readonly [K in keyof ExpectedError]: ExpectedError[K] } = {};
  if (e.message !== undefined || e.params !== undefined) view.message = f.message;
  if (e.messageId !== undefined) view.messageId = f.messageId;
  if (e.range !== undefined) view.range = f.range;
  if (e.flagged !== undefined) view.flagged = text.slice(f.range[0], f.range[1]);
  if (e.severity !== undefined) view.severity = f.severity;
  if (e.data !== undefined) {
    const data = (f.data ?? {}) as Record<string, unknown>;
    view.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, data[k]]));
  }
  if (e.related !== undefined) {
    view.related = (f.related ?? []).map((r, i) => {
      const want = e.related![i] ?? {};
      return { ...(want.message !== undefined && { message: r.message }), ...(want.range !== undefined && { range: r.range }) };
    });
  }
  if (e.suggestions !== undefined) {
    view.suggestions = (f.suggestions ?? []).map((s, i) => {
      const want = e.suggestions![i] ?? {};
      return {
        ...(want.message !== undefined && { message: s.title }),
        ...(want.fix !== undefined && { fix: s.fix }),
        ...(want.output !== undefined && { output: applyFixes(text, [{ ...f, fix: s.fix }]).output }),
      };
    });
  }
  return view;
}

/** Lints with this rule alone, its options validated as a configuration file's are. */
function lintCase(rule: AnyRule, c: Case): Finding[] {
  const rules = [rule];
  const layoutMode = c.layoutMode ?? (c.layout ? 'gbt9704' : undefined);
  const raw = { ...(c.locale && { locale: c.locale }), ...(c.options && { rules: { [rule.id]: c.options } }), ...(layoutMode && { layout: layoutMode }) };
  const config = normalizeConfig(raw, defaultConfig(rules), 'en', {}, rules);
  assert.ok(config.ok, `the case's options are invalid: ${JSON.stringify(!config.ok && config.errors)}`);
  return lint(c.text, config.config, { format: c.format ?? 'plain', rules, ...(c.layout && { layout: c.layout }) });
}

/** A rule that throws, a fix from a rule not declared fixable, a message without its params: lint makes each a failure finding. */
function assertNoFailure(findings: readonly Finding[]): void {
  assert.deepEqual(findings.filter(isInternalError).map((f) => f.message), [], 'the rule failed');
}

function resolveRule(rule: string | AnyRule): AnyRule {
  if (typeof rule !== 'string') return rule;
  const found = ruleById(rule);
  assert.ok(found, `no rule "${rule}"`);
  return found;
}

function nameOf(c: ValidCase): string {
  const name = typeof c === 'string' ? c : (c.name ?? c.text);
  return name.length > 80 ? `${name.slice(0, 79).replaceAll('\n', '⏎')}…` : name.replaceAll('\n', '⏎');
}
