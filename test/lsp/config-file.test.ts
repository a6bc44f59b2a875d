import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, LspClient } from '../helpers/lsp-client.js';
import { announcedProblems, openDocument, rangeOf, replaceText, shownMessages, startSession } from '../helpers/lsp-session.js';

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

/** What the server asked the client to announce after `from`: [uri, [text, line, character] of each problem]. */
const announced = (from: number) => announcedProblems(client, from).map((a) => [a.uri, a.problems.map((p) => [p.text, p.line, p.character])]);

describe('an invalid .gongwenrc.json', () => {
  it('a syntax error: a diagnostic at its place in the file, marked as such, announced once, and linting goes on with defaults', async () => {
    writeFileSync(rc, '{ "rules": { "placeholder": "warning" } }');
    assert.deepEqual((await openDocument(client, draftUri(), '完成X亿元。\n')).map((d) => d.severity), [2]);
    const source = '{\n  "rules": {\n    "placeholder": "warning"\n  \n}';
    const { file, draft, from } = await writeConfig(source);
    const message = '第 5 行第 2 列：文件意外结束，此处应为“,”或“}”';
    assert.deepEqual(file.map(brief), [[{ start: { line: 4, character: 1 }, end: { line: 4, character: 2 } }, 1, message]]);
    assert.deepEqual(file[0]!.data as unknown, { syntax: true }, 'the client shows it only while the JSON language service does not');
    assert.deepEqual(draft.map((d) => d.severity), [1], 'the whole file is ignored: the default severity applies');
    assert.deepEqual(announced(from), [[rcUri, [[message, 4, 1]]]]);
    assert.deepEqual(shownMessages(client, from), [], 'the client decides whether to show it');
  });

  it('an empty file, or one with only comments, is no configuration: no problem, the defaults apply', async () => {
    for (const source of ['', '  \n', '\uFEFF// 稍后填写\n/* rules */\n']) {
      const { file, draft, from } = await writeConfig(source);
      assert.deepEqual(file, [], JSON.stringify(source));
      assert.deepEqual(draft.map((d) => d.severity), [1]);
      assert.deepEqual(announced(from), []);
    }
    const unclosed = await writeConfig('/* rules');
    assert.deepEqual(unclosed.file.map((d) => d.message), ['第 1 行第 9 列：文件意外结束，此处应为注释结束的“*/”']);
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
      '未知规则「nope」；各规则见 https://github.com/gongwen-lint/gongwen-lint/blob/main/docs/rules',
      '应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string ("loud")',
      '应为字符串，实际为 number (2)',
      '「(a+)+$」可能发生灾难性回溯：重复的分组「(a+)+」内含量词或“|”',
      '应为布尔值（true/false），实际为 string ("no")',
    ]);
    assert.deepEqual(draft.map((d) => d.severity), [1], 'the invalid severity falls back to the default');
    const sent = announcedProblems(client, from);
    assert.equal(sent.length, 1, 'one notification for the file, not one per problem');
    assert.deepEqual(
      sent[0]!.problems.map((p) => ({ line: p.line, character: p.character })),
      file.map((d) => d.range.start),
      'each where its diagnostic starts, for the client to open the file there',
    );
    assert.equal(sent[0]!.problems.length, 6);
    assert.equal(sent[0]!.problems[0]!.text, 'locale: 应为 "zh-CN" 或 "en"，实际为 string ("fr")');
    assert.deepEqual(shownMessages(client, from), []);
  });

  it('the valid parts of an invalid file apply', async () => {
    const from = client.notifications.length;
    const figures = '全县粮食播种面积12.6万亩。\n全县粮食播种面积12.8万亩。\n';
    const diagnostics = await replaceText(client, draftUri(), figures, 2);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['figure-conflict', 1]]);
    assert.equal(announcedProblems(client, from).length, 0, 'nothing is announced again while typing');
  });

  it('more documents under the file, saving it unchanged, fixing part of it: no new message', async () => {
    let from = client.notifications.length;
    await openDocument(client, otherUri(), 'X月X日');
    otherOpen = true;
    assert.equal(announcedProblems(client, from).length, 0, 'not once per linted document');

    const again = await writeConfig(invalid);
    assert.equal(again.file.length, 6, 'the diagnostics stay');
    assert.equal(announcedProblems(client, again.from).length, 0, 'the same problems are not announced twice');

    const fewer = invalid.replace('    "nope": "off",\n', '').replace('"fr"', '"en"');
    const partly = await writeConfig(fewer);
    assert.equal(partly.file.length, 4);
    assert.equal(announcedProblems(client, partly.from).length, 0, 'fixing some of them raises nothing new');

    from = client.notifications.length;
    const worse = await writeConfig(fewer.replace('"figure-conflict": "error"', '"figure-conflict": 3'));
    assert.equal(worse.file.length, 5);
    const sent = announcedProblems(client, from);
    assert.equal(sent.length, 1, 'a new problem is announced');
    assert.match(sent[0]!.problems[0]!.text, /^rules\.figure-conflict: 应为 .*实际为 number \(3\)$/, 'the new one first');
    assert.equal(sent[0]!.problems.length, 5, 'with the others');
  });

  it('clears the file’s diagnostics once it is fixed, and then uses it', async () => {
    const { file, draft, from } = await writeConfig('{ "rules": { "figure-conflict": "info" } }\n');
    assert.deepEqual(file, []);
    assert.deepEqual(draft.map((d) => [d.code, d.severity]), [['figure-conflict', 3]]);
    assert.equal(announcedProblems(client, from).length, 0);
  });

  it('a problem that comes back after a fix is announced again', async () => {
    const { file, from } = await writeConfig('{ "rules": { "nope": "off" } }');
    assert.deepEqual(file.map((d) => d.range), [rangeOf('{ "rules": { "nope": "off" } }', '"nope": "off"')]);
    assert.equal(announcedProblems(client, from).length, 1);
  });

  it('typing with auto save, A → B → A: each problem announced once until the file is valid', async () => {
    const a = '{ "rules": { "placeholdr": "off" } }';
    const b = '{ "rules": { "placeholder": "of" } }';
    const first = await writeConfig(a);
    assert.deepEqual(first.file.map((d) => d.message), ['未知规则「placeholdr」，是否要写「placeholder」？']);
    assert.deepEqual(announced(first.from), [[rcUri, [['rules.placeholdr: 未知规则「placeholdr」，是否要写「placeholder」？', 0, 13]]]]);
    const second = await writeConfig(b);
    assert.deepEqual(announced(second.from), [[rcUri, [['rules.placeholder: 应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string ("of")，是否要写 "off"？', 0, 13]]]]);
    const third = await writeConfig(a);
    assert.equal(third.file.length, 1);
    assert.deepEqual(announced(third.from), [], 'A was announced already');
    await writeConfig('{}');
    const again = await writeConfig(a);
    assert.equal(announced(again.from).length, 1, 'after the file was valid, A is news again');
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

describe('a deleted folder', () => {
  it('takes the diagnostics of the config files in it along, though only the folder is announced', async () => {
    const folder = join(dir, 'gone');
    const nested = join(folder, 'sub/.gongwenrc.json');
    const nestedUri = pathToFileURL(nested).href;
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(nested, '{ "rules": { "placeholdr": "off" } }');
    const draft = pathToFileURL(join(folder, 'sub/draft.txt')).href;
    let from = client.notifications.length;
    await openDocument(client, draft, '完成X亿元。\n');
    assert.equal((await client.diagnostics(nestedUri, from)).length, 1);
    client.notify('textDocument/didClose', { textDocument: { uri: draft } });
    rmSync(folder, { recursive: true, force: true });
    from = client.notifications.length;
    // VS Code's watcher reports a deleted folder once, for the folder alone.
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(folder).href, type: 3 }] });
    assert.deepEqual(await client.diagnostics(nestedUri, from), []);
  });
});
