import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CATEGORIES,
  defineRule,
  isFindingOf,
  isInternalError,
  lint,
  normalizeConfig,
  RULES,
  type Finding,
  type MessageParams,
} from '../../server/src/core/index.js';
import { testRuleMeta } from '../helpers/rule-tester.js';

// How a rule's reports become findings: messages from its table in the user's language, fixes only
// from a rule declared fixable, data of the rule's declared type.
const MESSAGES = {
  counted: { 'zh-CN': '列出{count}项，方向{direction}', en: '{count} listed, {direction}' },
  up: { 'zh-CN': '向上', en: 'up' },
  unit: { 'zh-CN': '{kind}（{unit}）', en: '{kind} ({unit})' },
  plain: { 'zh-CN': '无参数', en: 'no params' },
  related: { 'zh-CN': '在此', en: 'here' },
  suggestion: { 'zh-CN': '改为{to}', en: 'change to {to}' },
};

function probe(report: { readonly messageId: keyof typeof MESSAGES; readonly params?: MessageParams<keyof typeof MESSAGES>; readonly fix?: boolean }, fixable = true) {
  return defineRule<Record<string, never>, { readonly n: number }>()({
    ...testRuleMeta('probe'),
    fixable,
    options: {},
    messages: MESSAGES,
    check(ctx) {
      ctx.report({
        range: [0, 1],
        messageId: report.messageId,
        ...(report.params && { params: report.params }),
        ...(report.fix && { fix: { range: [0, 1], text: '乙' } }),
        suggestions: [{ messageId: 'suggestion', params: { to: '丙' }, fix: { range: [0, 1], text: '丙' } }],
        related: [{ range: [1, 2], messageId: 'related' }],
        group: 'g',
        data: { n: 1 },
      });
    },
  });
}

const run = (rule: ReturnType<typeof probe>, locale: 'zh-CN' | 'en' = 'zh-CN'): Finding[] =>
  lint('甲乙', normalizeConfig({ locale }).config, { rules: [rule] });

describe('reports become findings', () => {
  it('fills the message, its suggestions and related places from the table, in the locale', () => {
    const rule = probe({ messageId: 'counted', params: { count: { count: 2 }, direction: { messageId: 'up' } }, fix: true });
    const [zh] = run(rule);
    assert.equal(zh!.message, '列出两项，方向向上');
    assert.equal(zh!.messageId, 'counted');
    assert.deepEqual(zh!.suggestions, [{ title: '改为丙', fix: { range: [0, 1], text: '丙' } }]);
    assert.deepEqual(zh!.related, [{ range: [1, 2], message: '在此' }]);
    assert.equal(zh!.group, 'g');
    assert.deepEqual(zh!.fix, { range: [0, 1], text: '乙' });
    assert.equal(run(rule, 'en')[0]!.message, '2 listed, up');
  });

  it('fills a referenced message with its own params', () => {
    const rule = probe({ messageId: 'counted', params: { count: 12, direction: { messageId: 'unit', params: { kind: '数值', unit: '亿元' } } } });
    assert.equal(run(rule)[0]!.message, '列出12项，方向数值（亿元）');
    assert.equal(run(rule, 'en')[0]!.message, '12 listed, 数值 (亿元)');
  });

  it('makes a rule that leaves a slot unfilled or names no message fail, as a rule that throws', () => {
    const missing = run(probe({ messageId: 'counted', params: { count: 2 } }));
    assert.equal(missing.length, 1);
    assert.ok(isInternalError(missing[0]!));
    assert.match(missing[0]!.message, /规则「probe」内部错误.*has no param "direction"/);
    const unknown = run(probe({ messageId: 'nope' as 'plain' }));
    assert.match(unknown[0]!.message, /no message "nope"/);
  });

  it('makes a fix from a rule not declared fixable a failure of that rule; the other rules still report', () => {
    const findings = lint('甲X亿元', undefined, { rules: [probe({ messageId: 'plain', fix: true }, false), RULES[0]!] });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, isInternalError(f)]),
      [
        ['probe', true],
        ['placeholder', false],
      ],
    );
    assert.match(findings[0]!.message, /not declared fixable/);
    assert.equal(run(probe({ messageId: 'plain', fix: true }))[0]!.fix?.text, '乙', 'declared fixable, the fix is kept');
  });
});

describe('finding data', () => {
  it('is typed by rule through isFindingOf, which leaves out the finding of a rule that failed', () => {
    const [blank] = lint('完成X亿元');
    assert.ok(blank && isFindingOf(blank, 'placeholder'));
    // Typed: `kind` and `what` are PlaceholderData's, no cast.
    assert.deepEqual([blank.data?.kind, blank.data?.what], ['number', '数值（亿元）']);
    assert.equal(isFindingOf(blank, 'heading-sequence'), false);
    const failed: Finding = { ruleId: 'placeholder', severity: 'error', message: 'x', range: [0, 0], data: { internalError: true } };
    assert.equal(isFindingOf(failed, 'placeholder'), false);
  });
});

describe('categories', () => {
  it('are listed once each, and every rule names one of them', () => {
    const ids = CATEGORIES.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of RULES) assert.ok(ids.includes(rule.category), rule.id);
  });
});
