import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { WRITE_REPORT } from '../../server/src/protocol.js';
import { numberedSpeech } from '../helpers/docx.js';
import { unclosedTags } from '../helpers/html.js';
import { folderSession, openDocument } from '../helpers/lsp-session.js';

// The editor's 校对报告: the server lints the open text with the file's configuration and writes
// the page beside the file, or in the fallback folder; never over the draft.

const session = folderSession('gongwen-report-', {
  beforeRemove: (dir) => {
    if (existsSync(join(dir, 'locked'))) chmodSync(join(dir, 'locked'), 0o755);
  },
});
const { ask, file } = session;

/** Where the client lets the server write what it cannot write beside the file. */
const fallbackDir = () => join(session.dir, 'storage');
const DRAFT = '关于XX市工作的报告\n一、基本情况\n全区固定资产投资完成5.2亿元。\n二、下一步\n全区固定资产投资完成6.1亿元。\n';

describe('gongwen/writeReport', () => {
  it('writes 稿件.校对报告.html beside the draft, of the text the editor holds, and leaves the draft alone', async () => {
    const uri = file('a/讲话稿.txt', '旧的文字\n');
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    const page = join(session.dir, 'a/讲话稿.校对报告.html');
    assert.deepEqual(result.ok && [result.uri, result.findings], [pathToFileURL(page).href, 2]);
    const html = readFileSync(page, 'utf8');
    assert.equal(result.ok && result.html, html);
    assert.ok(html.includes('<h2>讲话稿.txt</h2>'));
    assert.ok(html.includes('关于<mark>XX</mark>市工作的报告'));
    assert.ok(html.includes('<code>figure-conflict</code>'));
    assert.deepEqual(unclosedTags(html), []);
    assert.equal(readFileSync(join(session.dir, 'a/讲话稿.txt'), 'utf8'), '旧的文字\n');
    // Again: the report is replaced, nothing else appears.
    assert.equal((await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() })).ok, true);
    assert.deepEqual(readdirSync(join(session.dir, 'a')).sort(), ['讲话稿.txt', '讲话稿.校对报告.html']);
  });

  it('uses the file’s configuration: its rules and its language', async () => {
    file('en/.gongwenrc.json', '{ "locale": "en", "rules": { "figure-conflict": "off" } }');
    const uri = file('en/draft.txt', DRAFT);
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    assert.ok(result.ok);
    assert.equal(result.findings, 1);
    assert.match(result.html, /<html lang="en">/);
    assert.ok(!result.html.includes('figure-conflict'));
  });

  it('an untitled document’s report goes to the fallback folder', async () => {
    const uri = 'untitled:Untitled-7';
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir(), 'Untitled-7.校对报告.html'));
  });

  it('a folder it cannot write sends the report to the fallback folder', { skip: process.getuid?.() === 0 && 'root writes anywhere' }, async () => {
    const uri = file('locked/稿.txt', DRAFT);
    chmodSync(join(session.dir, 'locked'), 0o555);
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir(), '稿.校对报告.html'));
    assert.deepEqual(readdirSync(join(session.dir, 'locked')), ['稿.txt']);
  });

  it('where the report cannot be written (a folder of its name is in the way), it goes to the fallback folder', async () => {
    const uri = file('blocked/稿.txt', DRAFT);
    mkdirSync(join(session.dir, 'blocked/稿.校对报告.html'));
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir(), '稿.校对报告.html'));
    assert.deepEqual(readdirSync(join(session.dir, 'blocked/稿.校对报告.html')), []);
  });

  it('never writes through a link to the draft', async () => {
    const uri = file('link/稿.txt', DRAFT);
    symlinkSync(join(session.dir, 'link/稿.txt'), join(session.dir, 'link/稿.校对报告.html'));
    await openDocument(session.client, uri, DRAFT);
    const result = await ask(WRITE_REPORT, { uri, fallbackDir: fallbackDir() });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(fallbackDir(), '稿.校对报告.html'));
    assert.equal(readFileSync(join(session.dir, 'link/稿.txt'), 'utf8'), DRAFT);
  });

  it('a Word view’s report is the .docx’s, beside it, by paragraphs', async () => {
    const fileUri = file('word/讲话稿.docx', numberedSpeech());
    const view = fileUri.replace(/^file:\/\//, 'gongwen-docx:');
    const text = '在全区重点项目推进会上的讲话\n一、总体情况\n全区固定资产投资累计完成X亿元。\n';
    await openDocument(session.client, view, text);
    const result = await ask(WRITE_REPORT, { uri: view, fallbackDir: fallbackDir() });
    assert.deepEqual(result.ok && fileURLToPath(result.uri), join(session.dir, 'word/讲话稿.校对报告.html'));
    assert.ok(result.ok && result.html.includes('<h2>讲话稿.docx</h2>'));
    assert.ok(result.ok && /第3段 第\d+字/.test(result.html));
  });

  it('says so for a document that is not open', async () => {
    const result = await ask(WRITE_REPORT, { uri: pathToFileURL(join(session.dir, 'nowhere.txt')).href, fallbackDir: fallbackDir() });
    assert.deepEqual(result, { ok: false, message: '文档未打开。' });
  });
});
