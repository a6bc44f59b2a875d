import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { numberedSpeech } from '../helpers/docx.js';
import type { Diagnostic, LspClient } from '../helpers/lsp-client.js';
import { openDocument, replaceText, startSession } from '../helpers/lsp-session.js';
import { ROOT } from '../helpers/paths.js';

const GUARD = join(ROOT, 'test/helpers/preload/io-guard.cjs');
const VIOLATION = /^GONGWEN-IO-VIOLATION .*$/gm;

describe('the I/O guard', () => {
  it('catches and refuses file writes, network and processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-guard-'));
    try {
      const target = join(dir, 'written.txt');
      const script = `
        const fs = require('fs');
        const attempts = [
          () => fs.writeFileSync(${JSON.stringify(target)}, 'x'),
          () => fs.openSync(${JSON.stringify(target)}, 'w'),
          () => fs.createWriteStream(${JSON.stringify(target)}),
          () => fs.mkdirSync(${JSON.stringify(join(dir, 'sub'))}),
          () => fs.renameSync(${JSON.stringify(target)}, ${JSON.stringify(`${target}.2`)}),
          () => fs.promises.writeFile(${JSON.stringify(target)}, 'x').catch(() => {}),
          () => new (require('net').Socket)().connect(9, '127.0.0.1'),
          () => require('http').request('http://127.0.0.1:9/'),
          () => require('dgram').createSocket('udp4'),
          () => require('child_process').spawnSync('true'),
        ];
        for (const attempt of attempts) { try { attempt(); } catch {} }
        fs.readFileSync(${JSON.stringify(GUARD)}, 'utf8');
        fs.openSync(${JSON.stringify(GUARD)}, 'r');
      `;
      const result = spawnSync(process.execPath, ['--require', GUARD, '-e', script], { encoding: 'utf8' });
      const apis = [...result.stderr.matchAll(VIOLATION)].map((m) => m[0].split(' ')[1]);
      assert.deepEqual(apis, [
        'fs.writeFileSync',
        'fs.openSync',
        'fs.createWriteStream',
        'fs.mkdirSync',
        'fs.renameSync',
        'fs.promises.writeFile',
        'net.Socket.connect',
        'http.request',
        'dgram.createSocket',
        'child_process.spawnSync',
      ]);
      assert.deepEqual(readdirSync(dir), [], 'nothing was written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the language server', () => {
  let dir: string;
  let client: LspClient;
  let settings: Record<string, unknown> = {};
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-io-'));
    mkdirSync(join(dir, 'project'));
    writeFileSync(join(dir, 'project/.gongwenrc.json'), '{ "rules": { "placeholder": { "allow": ["X光机"], "regexPatterns": ["〔[^〕]{1,8}〕"] }, "nope": 1 } }');
    client = await startSession({
      execArgv: ['--require', GUARD],
      rootPath: dir,
      settings: () => settings,
      initializationOptions: { workspaceTrusted: false },
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no file, opens no connection and starts no process through a whole session', async () => {
    const draft = uriOf('project/draft.txt');
    const text = '关于X市X区的讲话\n一、总体情况\n三、存在问题\n(一)基础不牢\n全县粮食播种面积12.6万亩。\n全县粮食播种面积12.8万亩。\n〔单位〕采购X光机一台。\n';
    let diagnostics = await openDocument(client, draft, text);
    assert.ok(diagnostics.length >= 4);
    client.notify('gongwen/workspaceTrusted', null);
    diagnostics = await replaceText(client, draft, `${text}请于X月X日前报送。\n`, 2);

    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const diagnostic of diagnostics) {
      await client.request('textDocument/codeAction', { textDocument: { uri: draft }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    }
    await client.request('textDocument/codeAction', { textDocument: { uri: draft }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri: draft } });
    await client.request('textDocument/foldingRange', { textDocument: { uri: draft } });

    await openDocument(client, uriOf('notes.md'), '# 标题\n完成X亿元。\n```\nX\n```\n', 'markdown');
    // A Word document is read, shown and outlined without a write (only gongwen/annotateDocx writes).
    writeFileSync(join(dir, 'project/讲话稿.docx'), numberedSpeech());
    const word = await client.request<{ ok: boolean; text?: string }>('gongwen/docxText', { uri: uriOf('project/讲话稿.docx') });
    assert.ok(word.ok && word.text);
    const view = uriOf('project/讲话稿.docx').replace(/^file:\/\//, 'gongwen-docx:');
    assert.ok((await openDocument(client, view, word.text)).length >= 2);
    await client.request('textDocument/documentSymbol', { textDocument: { uri: view } });
    await openDocument(client, 'untitled:Untitled-1', 'X月X日');
    settings = { maxFileSize: 100, rules: { placeholder: { regexPatterns: ['(a+)+'] } } };
    let from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnostics(draft, from), [], 'too large now');

    writeFileSync(join(dir, 'project/.gongwenrc.json'), '{ "rules": ');
    settings = {};
    from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('project/.gongwenrc.json'), type: 2 }] });
    const fileDiagnostics: Diagnostic[] = await client.diagnostics(uriOf('project/.gongwenrc.json'), from);
    assert.equal(fileDiagnostics.length, 1);
    await client.diagnostics(draft, from);
    client.notify('textDocument/didClose', { textDocument: { uri: draft } });

    assert.equal(await client.shutdown(), 0);
    assert.match(client.stderr, /GONGWEN-IO-GUARD ready/, 'the guard was loaded');
    assert.deepEqual(client.stderr.match(VIOLATION) ?? [], []);
    assert.deepEqual(readdirSync(join(dir, 'project')).sort(), ['.gongwenrc.json', '讲话稿.docx']);
  });
});
