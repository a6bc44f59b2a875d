import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRegexSafety } from '../../../server/src/core/config/regex-safety.js';

describe('checkRegexSafety', () => {
  const safe = ['〔[^〕]{1,8}〕', 'X+亿元', '(?:某|X)亿元', '(?<name>甲)乙', '[(+*)]+', '\\(待\\)+', '(ab)?c', 'a{2,5}b*'];
  const unsafe = ['(a+)+b', '(a|aa)*', '(?:\\s*,)*$', '(a*)*', '(x+x+)+y', '(.{1,3}){2,}', '(a?)+', '(?:a|b){30}', '(甲)\\1', '\\k<n>(?<n>a)'];
  for (const source of safe) it(`accepts ${source}`, () => assert.equal(checkRegexSafety(source), undefined));
  for (const source of unsafe) it(`rejects ${source}`, () => assert.ok(checkRegexSafety(source)));
  it('rejects what does not compile', () => assert.match(checkRegexSafety('[abc')!['zh-CN'], /不是有效的正则表达式/));
});
