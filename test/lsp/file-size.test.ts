import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { NOT_CHECKED } from '../../server/src/protocol.js';
import type { LspClient } from '../helpers/lsp-client.js';
import { openDocument, replaceText, shownMessages, startSession } from '../helpers/lsp-session.js';

let dir: string;
let client: LspClient;
let settings: Record<string, unknown> = { maxFileSize: 1000 };
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-size-'));
  client = await startSession({ settings: () => settings, rootPath: dir });
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

// 400 UTF-16 code units but 1200 UTF-8 bytes: the limit is on bytes.
const LARGE = `完成X亿元。${'一'.repeat(394)}`;
const SMALL = '完成X亿元。';

describe('gongwen.maxFileSize', () => {
  it('a document over the limit is not linted; its diagnostics are cleared and the user told once', async () => {
    const uri = uriOf('large.txt');
    assert.equal((await openDocument(client, uri, SMALL)).length, 1);
    const from = client.notifications.length;
    assert.deepEqual(await replaceText(client, uri, LARGE, 2), []);
    assert.deepEqual(await replaceText(client, uri, `${LARGE}X月`, 3), []);
    assert.deepEqual(await replaceText(client, uri, `${LARGE}X月X日`, 4), []);
    assert.deepEqual(shownMessages(client, from), [
      { type: 3, message: '公文校对：large.txt 有 1.2 KB，超过上限 1000 字节（设置 gongwen.maxFileSize），未检查。' },
    ]);
    // Each skipped version is announced to the client, whose status bar then says 「未检查」, not ✓.
    assert.deepEqual(client.sent(NOT_CHECKED, from).map((m) => m.params), [2, 3, 4].map((version) => ({ uri, version, reason: 'tooLarge' })));
  });

  it('nor are its outline and quick fixes computed', async () => {
    const uri = uriOf('large.txt');
    const request = { textDocument: { uri } };
    assert.deepEqual(await client.request('textDocument/documentSymbol', request), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', request), []);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(await client.request('textDocument/codeAction', { ...request, range, context: { diagnostics: [], only: ['source.fixAll'] } }), []);
  });

  it('once it is small enough again it is linted, and growing again is not announced twice', async () => {
    const uri = uriOf('large.txt');
    const from = client.notifications.length;
    assert.equal((await replaceText(client, uri, SMALL, 5)).length, 1);
    assert.deepEqual(await replaceText(client, uri, LARGE, 6), []);
    assert.equal(shownMessages(client, from).length, 0);
  });

  it('a raised limit applies at once; a reopened document is announced again', async () => {
    const uri = uriOf('large.txt');
    settings = { maxFileSize: 1200 };
    let from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await client.diagnostics(uri, from)).length, 1);

    settings = { maxFileSize: 1000 };
    client.notify('textDocument/didClose', { textDocument: { uri } });
    from = client.notifications.length;
    assert.deepEqual(await openDocument(client, uri, LARGE, 'plaintext', 7), []);
    assert.equal(shownMessages(client, from).length, 1);
  });

  it('the default limit (4 MB) keeps a pasted 6.5 MB log from being linted', async () => {
    settings = {};
    const uri = uriOf('log.txt');
    const from = client.notifications.length;
    const text = 'X年X月X日 INFO request handled\n'.repeat(200_000);
    assert.deepEqual(await openDocument(client, uri, text), []);
    assert.match(shownMessages(client, from)[0]!.message, /^公文校对：log\.txt 有 6\.5 MB，超过上限 4\.0 MB（设置 gongwen\.maxFileSize），未检查。$/);
  });
});
