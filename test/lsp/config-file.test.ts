import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, LspClient } from '../helpers/lsp-client.js';
import { openDocument, rangeOf, replaceText, shownMessages, startSession } from '../helpers/lsp-session.js';

let dir: string;
let rc: string;
let rcUri: string;
let client: LspClient;
let settings: Record<string, unknown> = {};
const draftUri = () => pathToFileURL(join(dir, 'project/draft.txt')).href;
const otherUri = () => pathToFileURL(join(dir, 'project/other.txt')).href;
let otherOpen = false;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-config-'));
  mkdirSync(join(dir, 'project'));
  rc = join(dir, 'project/.gongwenrc.json');
  rcUri = pathToFileURL(rc).href;
  client = await startSession({ settings: () => settings, rootPath: dir });
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes the config file, tells the server as VS Code's watcher would, and waits for the file's and the draft's diagnostics. */
async function writeConfig(source: string): Promise<{ file: Diagnostic[]; draft: Diagnostic[]; from: number }> {
  const from = client.notifications.length;
  writeFileSync(rc, source);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
  const file = await client.diagnostics(rcUri, from);
  const draft = await client.diagnostics(draftUri(), from);
  // Every open document is re-linted; waiting for all keeps their diagnostics out of the next step.
  if (otherOpen) await client.diagnostics(otherUri(), from);
  return { file, draft, from };
}

const brief = (d: Diagnostic) => [d.range, d.severity, d.message];

describe('an invalid .gongwenrc.json', () => {
  it('a syntax error: a diagnostic at its place in the file, one message, and linting goes on with defaults', async () => {
    writeFileSync(rc, '{ "rules": { "placeholder": "warning" } }');
    assert.deepEqual((await openDocument(client, draftUri(), '完成X亿元。\n')).map((d) => d.severity), [2]);
    const source = '{\n  "rules": {\n    "placeholder": "warning"\n  \n}';
    const { file, draft, from } = await writeConfig(source);
    assert.deepEqual(file.map(brief), [
      [{ start: { line: 4, character: 1 }, end: { line: 4, character: 2 } }, 1, '第 5 行第 2 列：文件意外结束，此处应为“,”或“}”'],
    ]);
    assert.deepEqual(draft.map((d) => d.severity), [1], 'the whole file is ignored: the default severity applies');
    const shown = shownMessages(client, from);
    assert.equal(shown.length, 1);
    assert.equal(shown[0]!.type, 2);
    assert.equal(shown[0]!.message, `公文校对：${rc} 中的配置有误，有误的部分已忽略，按默认值检查。第 5 行第 2 列：文件意外结束，此处应为“,”或“}”`);
  });

  const invalid = [
    '{',
    '  "locale": "fr",',
    '  "rules": {',
    '    "nope": "off",',
    '    "placeholder": { "severity": "loud", "allow": ["X光机", 2], "regexPatterns": ["〔[^〕]{1,8}〕", "(a+)+$"] },',
    '    "heading-level": { "allowArabicUnderChinese": "no" },',
    '    "figure-conflict": "error"',
    '  }',
    '}',
    '',
  ].join('\n');

  it('unknown keys and rules, wrong types, unsafe patterns: each marked where it is written', async () => {
    const { file, draft, from } = await writeConfig(invalid);
    assert.deepEqual(file.map((d) => [d.range, d.severity, d.source, d.code]), [
      [rangeOf(invalid, '"locale": "fr"'), 1, 'gongwen', 'config'],
      [rangeOf(invalid, '"nope": "off"'), 1, 'gongwen', 'config'],
      [rangeOf(invalid, '"severity": "loud"'), 1, 'gongwen', 'config'],
      [rangeOf(invalid, '2'), 1, 'gongwen', 'config'],
      [rangeOf(invalid, '"(a+)+$"'), 1, 'gongwen', 'config'],
      [rangeOf(invalid, '"allowArabicUnderChinese": "no"'), 1, 'gongwen', 'config'],
    ]);
    assert.deepEqual(file.map((d) => d.message), [
      '应为 "zh-CN" 或 "en"，实际为 string ("fr")',
      '未知规则「nope」；可用规则：placeholder, heading-sequence, heading-style, heading-level, enumeration-sequence, count-mismatch, figure-conflict, ratio-mismatch, share-over-limit',
      '应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string ("loud")',
      '应为字符串，实际为 number (2)',
      '「(a+)+$」可能发生灾难性回溯：重复的分组「(a+)+」内含量词或“|”',
      '应为布尔值（true/false），实际为 string ("no")',
    ]);
    assert.deepEqual(draft.map((d) => d.severity), [1], 'the invalid severity falls back to the default');
    const shown = shownMessages(client, from);
    assert.equal(shown.length, 1, 'one message for the file, not one per problem');
    assert.equal(shown[0]!.message, `公文校对：${rc} 中的配置有误，有误的部分已忽略，按默认值检查。locale: 应为 "zh-CN" 或 "en"，实际为 string ("fr")（+5）`);
  });

  it('the valid parts of an invalid file apply', async () => {
    const from = client.notifications.length;
    const figures = '全县粮食播种面积12.6万亩。\n全县粮食播种面积12.8万亩。\n';
    const diagnostics = await replaceText(client, draftUri(), figures, 2);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['figure-conflict', 1]]);
    assert.equal(shownMessages(client, from).length, 0, 'nothing is shown again while typing');
  });

  it('more documents under the file, saving it unchanged, fixing part of it: no new message', async () => {
    let from = client.notifications.length;
    await openDocument(client, otherUri(), 'X月X日');
    otherOpen = true;
    assert.equal(shownMessages(client, from).length, 0, 'not once per linted document');

    const again = await writeConfig(invalid);
    assert.equal(again.file.length, 6, 'the diagnostics stay');
    assert.equal(shownMessages(client, again.from).length, 0, 'the same problems are not shown twice');

    const fewer = invalid.replace('    "nope": "off",\n', '').replace('"fr"', '"en"');
    const partly = await writeConfig(fewer);
    assert.equal(partly.file.length, 4);
    assert.equal(shownMessages(client, partly.from).length, 0, 'fixing some of them raises nothing new');

    from = client.notifications.length;
    const worse = await writeConfig(fewer.replace('"figure-conflict": "error"', '"figure-conflict": 3'));
    assert.equal(worse.file.length, 5);
    const shown = shownMessages(client, from);
    assert.equal(shown.length, 1, 'a new problem is shown');
    assert.match(shown[0]!.message, /rules\.figure-conflict: 应为 .*实际为 number \(3\)（\+4）$/);
  });

  it('clears the file’s diagnostics once it is fixed, and then uses it', async () => {
    const { file, draft, from } = await writeConfig('{ "rules": { "figure-conflict": "info" } }\n');
    assert.deepEqual(file, []);
    assert.deepEqual(draft.map((d) => [d.code, d.severity]), [['figure-conflict', 3]]);
    assert.equal(shownMessages(client, from).length, 0);
  });

  it('a problem that comes back after a fix is shown again', async () => {
    const { file, from } = await writeConfig('{ "rules": { "nope": "off" } }');
    assert.deepEqual(file.map((d) => d.range), [rangeOf('{ "rules": { "nope": "off" } }', '"nope": "off"')]);
    assert.equal(shownMessages(client, from).length, 1);
  });

  it('a config file that is not an object, and one with a BOM and CRLF', async () => {
    const array = await writeConfig('\n[1, 2]');
    assert.deepEqual(array.file.map(brief), [
      [{ start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, 1, '配置应为 JSON 对象，实际为 array'],
    ]);
    const bom = await writeConfig('\uFEFF{\r\n  "rules": { "nope": 1 }\r\n}\r\n');
    assert.deepEqual(bom.file.map((d) => d.range), [{ start: { line: 1, character: 13 }, end: { line: 1, character: 22 } }]);
  });

  it('clears the diagnostics of a deleted config file', async () => {
    const from = client.notifications.length;
    rmSync(rc);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 3 }] });
    assert.deepEqual(await client.diagnostics(rcUri, from), []);
    assert.deepEqual((await client.diagnostics(draftUri(), from)).map((d) => [d.code, d.severity]), [['figure-conflict', 2]], 'the defaults apply');
    await client.diagnostics(otherUri(), from);
  });
});

describe('invalid settings', () => {
  it('an unsafe pattern in the settings: one message naming it, the rest applies', async () => {
    settings = { rules: { placeholder: { severity: 'warning', regexPatterns: ['(a|aa)*b'] } } };
    const from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(draftUri(), from);
    await client.diagnostics(otherUri(), from);
    const shown = shownMessages(client, from);
    assert.equal(shown.length, 1, 'once, although two documents use these settings');
    assert.equal(
      shown[0]!.message,
      '公文校对：设置 gongwen.* 中的配置有误，有误的部分已忽略，按默认值检查。gongwen.rules.placeholder.regexPatterns: 「(a|aa)*b」可能发生灾难性回溯：重复的分组「(a|aa)*」内含量词或“|”',
    );
    assert.deepEqual((await client.diagnostics(otherUri(), from)).map((d) => d.severity), [2, 2], 'the valid severity applies');
  });

  it('another settings change that leaves the problem: not shown again', async () => {
    settings = { ...settings, enable: true };
    const from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(draftUri(), from);
    await client.diagnostics(otherUri(), from);
    assert.equal(shownMessages(client, from).length, 0);
    settings = { maxFileSize: 'big' };
    const next = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(draftUri(), next);
    await client.diagnostics(otherUri(), next);
    assert.deepEqual(shownMessages(client, next).map((m) => m.message), [
      '公文校对：设置 gongwen.* 中的配置有误，有误的部分已忽略，按默认值检查。gongwen.maxFileSize: 应为正整数（字节数），如 4194304',
    ]);
    settings = {};
  });
});
