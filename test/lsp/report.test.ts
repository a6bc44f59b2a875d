import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { WRITE_REPORT, type Requests } from '../../server/src/protocol.js';
import type { LspClient } from '../helpers/lsp-client.js';
import { numberedSpeech } from '../helpers/docx.js';
import { unclosedTags } from '../helpers/html.js';
import { openDocument, startSession } from '../helpers/lsp-session.js';

// The editor's 校对报告: the server lints the open text with the file's configuration and writes
// the page beside the file, or in the fallback folder; never over the draft.

let client: LspClient;
let dir: string;
let fallbackDir: string;
const DRAFT = '关于XX市工作的报告\n一、基本情况\n全区固定资产投资完成5.2亿元。\n二、下一步\n全区固定资产投资完成6.1亿元。\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-report-'));
  fallbackDir = join(dir, 'storage');
  client = await startSession({ rootPath: dir });
});

after(async () => {
  await client.shutdown();
  if (existsSync(join(dir, 'locked'))) chmodSync(join(dir, 'locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function ask<M extends keyof Requests>(method: M, params: Requests[M]['params']): Promise<Requests[M]['result']> {
  return client.request<Requests[M]['result']>(method, params);
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return pathToFileURL(path).href;
}

describe('gongwen/writeReport', () => {
  it('writes 稿件.校对报告.html beside the draft, of the text the editor holds, and leaves the draft alone', async () => {
    const uri = file('a/讲话稿.txt', '旧的文字\n');
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    const page = join(dir, 'a/讲话稿.校对报告.html');
    assert.deepEqual(result.ok && [result.uri, result.findings], [pathToFileURL(page).href, 2]);
    const html = readFileSync(page, 'utf8');
    assert.equal(result.ok && result.html, html);
    assert.ok(html.includes('<h2>讲话稿.txt</h2>'));
    assert.ok(html.includes('关于<mark>XX</mark>市工作的报告'));
    assert.ok(html.includes('<code>figure-conflict</code>'));
    assert.deepEqual(unclosedTags(html), []);
    assert.equal(readFileSync(join(dir, 'a/讲话稿.txt'), 'utf8'), '旧的文字\n');
    // Again: the report is replaced, nothing else appears.
    assert.equal((await ask(WRITE_REPORT, { uri, fallbackDir })).ok, true);
    assert.deepEqual(readdirSync(join(dir, 'a')).sort(), ['讲话稿.txt', '讲话稿.校对报告.html']);
  });

  it('uses the file’s configuration: its rules and its language', async () => {
    file('en/.gongwenrc.json', '{ "locale": "en", "rules": { "figure-conflict": "off" } }');
    const uri = file('en/draft.txt', DRAFT);
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    assert.ok(result.ok);
    assert.equal(result.findings, 1);
    assert.match(result.html, /<html lang="en">/);
    assert.ok(!result.html.includes('figure-conflict'));
  });

  it('an untitled document’s report goes to the fallback folder', async () => {
    const uri = 'untitled:Untitled-7';
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir, 'Untitled-7.校对报告.html'));
  });

  it('a folder it cannot write sends the report to the fallback folder', { skip: process.getuid?.() === 0 && 'root writes anywhere' }, async () => {
    const uri = file('locked/稿.txt', DRAFT);
    chmodSync(join(dir, 'locked'), 0o555);
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir, '稿.校对报告.html'));
    assert.deepEqual(readdirSync(join(dir, 'locked')), ['稿.txt']);
  });

  it('where the report cannot be written (a folder of its name is in the way), it goes to the fallback folder', async () => {
    const uri = file('blocked/稿.txt', DRAFT);
    mkdirSync(join(dir, 'blocked/稿.校对报告.html'));
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir, '稿.校对报告.html'));
    assert.deepEqual(readdirSync(join(dir, 'blocked/稿.校对报告.html')), []);
  });

  it('never writes through a link to the draft', async () => {
    const uri = file('link/稿.txt', DRAFT);
    symlinkSync(join(dir, 'link/稿.txt'), join(dir, 'link/稿.校对报告.html'));
    await openDocument(client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir, '稿.校对报告.html'));
    assert.equal(readFileSync(join(dir, 'link/稿.txt'), 'utf8'), DRAFT);
  });

  it('a Word view’s report is the .docx’s, beside it, by paragraphs', async () => {
    const fileUri = file('word/讲话稿.docx', numberedSpeech());
    const view = fileUri.replace(/^file:\/\//, 'gongwen-docx:');
    const text = '在全区重点项目推进会上的讲话\n一、总体情况\n全区固定资产投资累计完成X亿元。\n';
    await openDocument(client, view, text);
    const result = await ask(WRITE_REPORT, { uri: view, fallbackDir });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(dir, 'word/讲话稿.校对报告.html'));
    assert.ok(result.ok && result.html.includes('<h2>讲话稿.docx</h2>'));
    assert.ok(result.ok && /第3段 第\d+字/.test(result.html));
  });

  it('says so for a document that is not open', async () => {
    const result = await ask(WRITE_REPORT, { uri: pathToFileURL(join(dir, 'nowhere.txt')).href, fallbackDir });
    assert.deepEqual(result, { ok: false, message: '文档未打开。' });
  });
});
