import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseJsoncTree } from '../../../server/src/node/jsonc.js';
import { checkConfigFile, locate } from '../../../server/src/lsp/config-file-check.js';

function located(source: string, path: string): string {
  const parsed = parseJsoncTree(source);
  assert.ok(parsed.ok);
  const [start, end] = locate(parsed.node, source, path, true);
  return source.slice(start, end);
}

describe('locate: where a config path is written', () => {
  const source = '{\n  "rules": {\n    "placeholder": { "allow": ["a", 2], "regexPatterns": ["ok", "(x+)+"] },\n    "a.b": { "c": 1 },\n    "nope": "x",\n    "nope": "y"\n  }\n}';
  const cases: [string, string][] = [
    ['', '{'],
    ['rules', '"rules"'],
    ['rules.placeholder', '"placeholder"'],
    ['rules.placeholder.allow[1]', '2'],
    ['rules.placeholder.allow', '"allow"'],
    ['rules.placeholder.regexPatterns', '"(x+)+"'],
    ['rules.a.b.c', '"c": 1'],
    ['rules.nope', '"nope": "y"'],
    ['rules.placeholder.missing', '"placeholder"'],
    ['rules.placeholder.allow[9]', '"allow"'],
  ];
  const overrides = '{ "overrides": [{ "files": "a.md" }, { "files": [], "rules": { "nope": "off" } }] }';
  for (const [path, expected] of [
    ['overrides[1].files', '"files"'],
    ['overrides[1].rules.nope', '"nope": "off"'],
  ] as const) {
    it(`${path} → ${expected}`, () => assert.equal(located(overrides, path), expected));
  }
  for (const [path, expected] of cases) {
    it(`${path || '(root)'} → ${expected}`, () => assert.equal(located(source, path), expected));
  }
});

describe('checkConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-check-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a valid file: its value, no problems', () => {
    const file = checkConfigFile(write('ok.json', '{ "rules": { "placeholder": "warning" } }'), { locale: 'zh-CN', trusted: true });
    assert.deepEqual([file.raw, file.errors, file.diagnostics], [{ rules: { placeholder: 'warning' } }, [], []]);
    assert.match(file.uri, /^file:\/\/.*ok\.json$/);
  });

  it('an unreadable path and an oversized file are problems, not exceptions', () => {
    const missing = checkConfigFile(join(dir, 'missing.json'), { locale: 'en', trusted: true });
    assert.deepEqual(missing.errors, [{ path: '', message: 'cannot read the file (ENOENT)' }]);
    assert.equal(missing.raw, undefined);
    const big = checkConfigFile(write('big.json', `{"rules": {}, "x": "${'a'.repeat(1024 * 1024)}"}`), { locale: 'zh-CN', trusted: true });
    assert.match(big.errors[0]!.message, /^文件过大（1048598 字节，上限 1048576 字节），未读取$/);
    assert.equal(big.raw, undefined);
  });

  it('untrusted: the regular expressions are left out and marked, the rest is kept', () => {
    const file = checkConfigFile(write('untrusted.json', '{ "rules": { "placeholder": { "allow": ["X光机"], "regexPatterns": ["(x+)+"] } } }'), {
      locale: 'en',
      trusted: false,
    });
    assert.deepEqual(file.raw, { rules: { placeholder: { allow: ['X光机'] } } });
    assert.deepEqual(file.errors, [], 'an unsafe pattern that is not used is no error');
    assert.deepEqual(
      file.diagnostics.map((d) => [d.range.start.character, d.range.end.character, d.severity, d.message]),
      [[48, 63, 3, 'This workspace is not trusted: these regular expressions are not used until you trust it.']],
    );
  });
});
