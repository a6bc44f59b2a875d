import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defineRule, RULES, type Range } from '../../server/src/core/index.js';
import { ROOT } from './paths.js';
import { checkInvalid, checkValid, testRuleMeta, type InvalidCase } from './rule-tester.js';

// A small rule to test the tester with: 帐号 is written 账号. Each variant breaks one thing.
interface Variant {
  readonly fixable?: boolean;
  readonly fixText?: string;
  readonly throws?: boolean;
  readonly withoutParams?: boolean;
}

const MESSAGES = {
  typo: { 'zh-CN': '应为「{expected}」，这里是「{found}」', en: 'Should be "{expected}", not "{found}"' },
  first: { 'zh-CN': '全文第一处', en: 'The first one' },
  suggestion: { 'zh-CN': '改为「{expected}」', en: 'Change to "{expected}"' },
};

function typoRule(variant: Variant = {}) {
  return defineRule<{ mode: 'strict' | 'loose' }, { readonly word: string }>()({
    ...testRuleMeta('test-typo'),
    fixable: variant.fixable ?? true,
    options: {
      mode: { type: 'enum', values: ['strict', 'loose'], default: 'strict', description: { 'zh-CN': '模式', en: 'Mode' } },
    },
    messages: MESSAGES,
    check(ctx) {
      if (variant.throws) throw new Error('boom');
      const text = ctx.doc.text;
      for (let at = text.indexOf('帐号'); at >= 0; at = text.indexOf('帐号', at + 2)) {
        const range: Range = [at, at + 2];
        ctx.report({
          range,
          messageId: 'typo',
          params: variant.withoutParams ? {} : { expected: '账号', found: '帐号' },
          fix: { range: [at, at + 1], text: variant.fixText ?? '账' },
          related: [{ range: [text.indexOf('帐号'), text.indexOf('帐号') + 2], messageId: 'first' }],
          suggestions: [{ messageId: 'suggestion', params: { expected: '账户' }, fix: { range, text: '账户' } }],
          data: { word: '帐号' },
        });
      }
    },
  });
}

const rule = typoRule();
const good: InvalidCase = {
  text: '登录帐号',
  errors: [
    {
      message: '应为「账号」，这里是「帐号」',
      messageId: 'typo',
      range: [2, 4],
      flagged: '帐号',
      severity: 'warning',
      data: { word: '帐号' },
      related: [{ message: '全文第一处', range: [2, 4] }],
      suggestions: [{ message: '改为「账户」', fix: { range: [2, 4], text: '账户' }, output: '登录账户' }],
    },
  ],
  output: '登录账号',
};
const fails = (c: InvalidCase, message: RegExp, r = rule) => assert.throws(() => checkInvalid(r, c), message);

describe('rule tester', () => {
  it('passes a rule that does what its table says', () => {
    checkValid(rule, '登录账号');
    checkValid(rule, { text: '登录账号', options: { mode: 'loose' } });
    checkInvalid(rule, good);
    checkInvalid(rule, { text: '帐号与帐号', errors: 2, output: '账号与账号' });
    checkInvalid(rule, { text: '帐号', errors: [{ messageId: 'typo', params: { expected: '账号', found: '帐号' } }], output: '账号' });
    checkInvalid(rule, { text: '帐号', locale: 'en', errors: ['Should be "账号", not "帐号"'], output: '账号' });
  });

  it('fails a valid case with a finding', () => {
    assert.throws(() => checkValid(rule, '帐号'), /should report nothing/);
  });

  const wrong: [string, InvalidCase['errors'], RegExp][] = [
    ['count', 2, /expected 2 findings/],
    ['no findings expected at all', [], /at least one finding/],
    ['message', ['应为「账户」，这里是「帐号」'], /findings of test-typo/],
    ['message id', [{ messageId: 'first' }], /findings of test-typo/],
    ['params', [{ messageId: 'typo', params: { expected: '帐户', found: '帐号' } }], /findings of test-typo/],
    ['range', [{ range: [1, 4] }], /findings of test-typo/],
    ['flagged text', [{ flagged: '录帐号' }], /findings of test-typo/],
    ['severity', [{ severity: 'error' }], /findings of test-typo/],
    ['data', [{ data: { word: '账号' } }], /findings of test-typo/],
    ['related message', [{ related: [{ message: '前文' }] }], /findings of test-typo/],
    ['suggestion output', [{ suggestions: [{ output: '登录帐户' }] }], /findings of test-typo/],
  ];
  for (const [what, errors, message] of wrong) {
    it(`fails on a wrong ${what}`, () => fails({ ...good, errors }, message));
  }

  it('fails when a fix is not matched by `output`', () => {
    fails({ ...good, output: undefined }, /give that as the case's `output`/);
    fails({ ...good, output: null }, /give that as the case's `output`/);
    fails({ ...good, output: '登录帐户' }, /the text with the fixes applied/);
    fails({ ...good, output: good.text }, /leave `output` out/);
  });

  it('fails when the fixed text has the same fixable finding again', () => {
    fails({ text: '帐号', errors: 1, output: '帐号帐号' }, /same fixable finding again/, typoRule({ fixText: '帐号帐' }));
  });

  it('fails when a rule not declared fixable gives a fix', () => {
    fails(good, /not declared fixable/, typoRule({ fixable: false }));
  });

  it('fails when the rule throws or leaves a message slot unfilled', () => {
    fails(good, /the rule failed[\s\S]*boom/, typoRule({ throws: true }));
    assert.throws(() => checkValid(typoRule({ throws: true }), '账号'), /the rule failed/);
    fails(good, /the rule failed[\s\S]*has no param "expected"/, typoRule({ withoutParams: true }));
  });

  it('fails on options the rule does not accept', () => {
    assert.throws(() => checkValid(rule, { text: '账号', options: { mode: 'lose' } }), /options are invalid[\s\S]*did you mean \\"loose\\"/);
    assert.throws(() => checkValid(rule, { text: '账号', options: { mood: 'loose' } }), /options are invalid/);
  });
});

describe('rule tests', () => {
  for (const r of RULES) {
    it(`${r.id} has its table in test/core/rules/${r.id}.test.ts`, () => {
      const path = join(ROOT, `test/core/rules/${r.id}.test.ts`);
      assert.ok(existsSync(path), `${path} is missing`);
      assert.match(readFileSync(path, 'utf8'), new RegExp(`testRule\\('${r.id}',`));
    });
  }
});
