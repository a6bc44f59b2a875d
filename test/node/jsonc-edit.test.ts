import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addToAllowList } from '../../server/src/node/jsonc-edit.js';
import { parseJsonc } from '../../server/src/node/jsonc.js';

const add = (source: string, entry = 'X号楼') => {
  const result = addToAllowList(source, entry);
  assert.ok(result.ok, !result.ok ? result.message : '');
  return result.text;
};
const allowOf = (text: string) => {
  const parsed = parseJsonc(text);
  assert.ok(parsed.ok);
  return (parsed.value as { rules: { placeholder: { allow: string[] } } }).rules.placeholder.allow;
};

describe('addToAllowList', () => {
  it('creates a file from nothing', () => {
    const text = add('');
    assert.equal(text, '{\n  "rules": {\n    "placeholder": {\n      "allow": ["X号楼"]\n    }\n  }\n}\n');
  });

  it('fills a file of comments only, keeping them', () => {
    const text = add('// 项目配置\n\n');
    assert.equal(text, '// 项目配置\n{\n  "rules": {\n    "placeholder": {\n      "allow": ["X号楼"]\n    }\n  }\n}\n');
    assert.deepEqual(allowOf(text), ['X号楼']);
    assert.equal(add('\uFEFF \n'), add(''));
  });

  it('appends to an existing multi-line list, keeping comments and indentation', () => {
    const source = '{\n    // 项目配置\n    "rules": {\n        "placeholder": {\n            "allow": [\n                "X光机" // 设备\n            ]\n        }\n    }\n}\n';
    const text = add(source);
    assert.equal(
      text,
      '{\n    // 项目配置\n    "rules": {\n        "placeholder": {\n            "allow": [\n                "X光机", // 设备\n                "X号楼"\n            ]\n        }\n    }\n}\n',
    );
    assert.deepEqual(allowOf(text), ['X光机', 'X号楼']);
  });

  it('appends to a one-line list on the same line', () => {
    assert.equal(add('{ "rules": { "placeholder": { "allow": ["甲"] } } }'), '{ "rules": { "placeholder": { "allow": ["甲", "X号楼"] } } }');
  });

  it('keeps a trailing comma style', () => {
    const text = add('{\n  "rules": {\n    "placeholder": {\n      "allow": [\n        "甲",\n      ],\n    },\n  },\n}\n');
    assert.equal(text, '{\n  "rules": {\n    "placeholder": {\n      "allow": [\n        "甲",\n        "X号楼",\n      ],\n    },\n  },\n}\n');
  });

  it('adds the missing levels: allow, placeholder, rules', () => {
    assert.deepEqual(allowOf(add('{ "rules": { "placeholder": { "severity": "warning" } } }')), ['X号楼']);
    assert.deepEqual(allowOf(add('{\n  "rules": {}\n}\n')), ['X号楼']);
    const text = add('{\n  "locale": "zh-CN"\n}\n');
    assert.equal(text, '{\n  "locale": "zh-CN",\n  "rules": { "placeholder": { "allow": ["X号楼"] } }\n}\n');
    assert.deepEqual(allowOf(add('{}')), ['X号楼']);
  });

  it('turns a severity string into an object that keeps the severity', () => {
    const text = add('{ "rules": { "placeholder": "warning" } }');
    assert.equal(text, '{ "rules": { "placeholder": { "severity": "warning", "allow": ["X号楼"] } } }');
  });

  it('does nothing when the entry is already there', () => {
    const source = '{ "rules": { "placeholder": { "allow": ["X号楼"] } } }';
    assert.deepEqual(addToAllowList(source, 'X号楼'), { ok: true, changed: false, text: source });
  });

  it('escapes the entry as JSON', () => {
    assert.deepEqual(allowOf(add('{}', '“X”\\')), ['“X”\\']);
  });

  it('keeps a BOM and CRLF line endings of the rest', () => {
    const text = add('\uFEFF{\r\n  "rules": { "placeholder": { "allow": ["甲"] } }\r\n}\r\n');
    assert.ok(text.startsWith('\uFEFF{\r\n'));
    assert.ok(text.endsWith('}\r\n'));
    assert.deepEqual(allowOf(text), ['甲', 'X号楼']);
  });

  it('starts a new line with the file\'s CRLF', () => {
    const text = add('{\r\n  "rules": {\r\n    "placeholder": {\r\n      "allow": [\r\n        "甲" // 注\r\n      ]\r\n    }\r\n  }\r\n}\r\n');
    assert.equal(text, '{\r\n  "rules": {\r\n    "placeholder": {\r\n      "allow": [\r\n        "甲", // 注\r\n        "X号楼"\r\n      ]\r\n    }\r\n  }\r\n}\r\n');
  });

  it('edits the last of repeated keys, the one that takes effect', () => {
    const text = add('{ "rules": { "placeholder": { "allow": ["甲"] } }, "rules": { "placeholder": { "allow": ["乙"] } } }');
    assert.deepEqual(allowOf(text), ['乙', 'X号楼']);
  });

  it('refuses to touch a broken file and says where it is broken', () => {
    const result = addToAllowList('{ "rules": { ', 'X');
    assert.ok(!result.ok);
    assert.match(result.message, /配置文件有误，请先修正：第 1 行第 14 列/);
  });

  it('refuses when rules is not an object', () => {
    const result = addToAllowList('{ "rules": [] }', 'X');
    assert.ok(!result.ok);
    assert.match(result.message, /rules 不是对象/);
  });
});
