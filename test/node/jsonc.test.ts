import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBlankJsonc, parseJsonc } from '../../server/src/node/jsonc.js';

describe('parseJsonc', () => {
  it('accepts comments, trailing commas and a BOM', () => {
    const source = '\uFEFF{\n  // 规则\n  "rules": { "placeholder": "warning", /* 级别 */ },\n  "list": [1, 2,],\n}';
    assert.deepEqual(parseJsonc(source), { ok: true, value: { rules: { placeholder: 'warning' }, list: [1, 2] } });
  });
  it('keeps strings that look like comments', () => {
    assert.deepEqual(parseJsonc('{"a": "http://x/*y*/"}'), { ok: true, value: { a: 'http://x/*y*/' } });
  });
  it('makes __proto__ an own key, not the prototype', () => {
    const result = parseJsonc('{"__proto__": {"polluted": true}}');
    assert.ok(result.ok);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(Object.keys(result.value as object), ['__proto__']);
  });
  const errors: [string, string][] = [
    ['{\n  "rules": {\n    "placeholder": \n  }\n}', '第 4 行第 3 列：意外的“}”，此处应为值'],
    ['{"a": 1 "b": 2}', '第 1 行第 9 列：意外的“"”，此处应为“,”或“}”'],
    ['{a: 1}', '第 1 行第 2 列：意外的“a”，此处应为带引号的属性名'],
    ['{"a": [1, 2}', '第 1 行第 12 列：意外的“}”，此处应为“,”或“]”'],
    ['{"a": 1', '第 1 行第 8 列：文件意外结束，此处应为“,”或“}”'],
    ['', '第 1 行第 1 列：文件意外结束，此处应为值'],
    ['{} x', '第 1 行第 4 列：意外的“x”，此处应为文件结尾'],
    ['{"a": "b\n"}', '第 1 行第 9 列：意外的“\n”，此处应为字符串结束的“"”'],
    ['[1 x]', '第 1 行第 4 列：意外的“x”，此处应为“,”或“]”'],
    ['{"a": 1,', '第 1 行第 9 列：文件意外结束，此处应为带引号的属性名'],
    ['\uFEFF{\r\n  "a": tru\r\n}', '第 2 行第 8 列：意外的“t”，此处应为值'],
    ['{ /* 说明 */ } /* 未完', '第 1 行第 19 列：文件意外结束，此处应为注释结束的“*/”'],
  ];
  for (const [source, message] of errors) {
    it(`locates the error in ${JSON.stringify(source)}`, () => {
      const result = parseJsonc(source);
      assert.ok(!result.ok);
      assert.equal(result.error.message, message);
    });
  }
  it('rejects nesting deep enough to overflow a recursive parser', () => {
    const result = parseJsonc('['.repeat(100_000));
    assert.ok(!result.ok);
    assert.match(result.error.message, /嵌套/);
  });
  it('speaks English on request', () => {
    const result = parseJsonc('{"a" 1}', 'en');
    assert.ok(!result.ok);
    assert.equal(result.error.message, 'line 1, column 6: unexpected "1", expected ":"');
  });
});

describe('isBlankJsonc', () => {
  it('is true for no value at all: nothing, whitespace, comments, a BOM', () => {
    for (const source of ['', ' \r\n\t', '\uFEFF', '// 稍后填写\n', '/* a */ // b', '\uFEFF\n/* 多行\n注释 */\n']) assert.ok(isBlankJsonc(source), JSON.stringify(source));
  });
  it('is false for a value, a stray character or an unclosed comment', () => {
    for (const source of ['{}', '// a\n1', 'x', '/* a', '/', '{ "rules": ', '[']) assert.equal(isBlankJsonc(source), false, JSON.stringify(source));
  });
});
