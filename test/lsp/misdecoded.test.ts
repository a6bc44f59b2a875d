import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { encode } from '../../server/src/node/encode.js';
import { NOT_CHECKED } from '../../server/src/protocol.js';
import type { LspClient } from '../helpers/lsp-client.js';
import { openDocument, replaceText, startSession } from '../helpers/lsp-session.js';
import { ROOT } from '../helpers/paths.js';

const DRAFT = readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8');
const encoded = encode(DRAFT, 'gb18030', false);
assert.ok(encoded.ok);
/** The sample draft saved as GBK and opened as UTF-8, as VS Code shows it. */
const GARBLED = new TextDecoder('utf-8').decode(encoded.bytes);

let client: LspClient;

before(async () => {
  client = await startSession();
});

after(async () => {
  await client.shutdown();
});

/** What the server told about the documents after `from`: it tells before it publishes, so this is complete once the diagnostics are in. */
const told = (from: number) => client.sent(NOT_CHECKED, from).map((m) => m.params);

describe('a document decoded with the wrong encoding', () => {
  const uri = 'file:///drafts/gbk-draft.txt';

  it('is not linted, and the client is told', async () => {
    // Linted, the mojibake would give bogus findings (the X of 「X年X月」 survives as ASCII).
    assert.ok(lint(GARBLED).length > 0);
    const from = client.notifications.length;
    assert.deepEqual(await openDocument(client, uri, GARBLED), []);
    assert.deepEqual(told(from), [{ uri, version: 1, reason: 'misdecoded' }]);
    const request = { textDocument: { uri } };
    assert.deepEqual(await client.request('textDocument/documentSymbol', request), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', request), []);
  });

  it('is told with each version it skips, so that the client never mistakes it for a clean draft', async () => {
    const from = client.notifications.length;
    assert.deepEqual(await replaceText(client, uri, `${GARBLED}X`, 2), []);
    assert.deepEqual(await replaceText(client, uri, `${GARBLED}XX`, 3), []);
    assert.deepEqual(told(from), [
      { uri, version: 2, reason: 'misdecoded' },
      { uri, version: 3, reason: 'misdecoded' },
    ]);
  });

  it('is linted once reopened with the right encoding, and nothing is told', async () => {
    const from = client.notifications.length;
    const diagnostics = await replaceText(client, uri, DRAFT, 4);
    assert.deepEqual(diagnostics.length, lint(DRAFT).length);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(told(from), []);
  });

  it('is told again when it is garbled again after being sound, and when reopened', async () => {
    let from = client.notifications.length;
    assert.deepEqual(await replaceText(client, uri, GARBLED, 5), []);
    assert.deepEqual(told(from), [{ uri, version: 5, reason: 'misdecoded' }]);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    from = client.notifications.length;
    assert.deepEqual(await openDocument(client, uri, GARBLED, 'plaintext', 6), []);
    assert.deepEqual(told(from), [{ uri, version: 6, reason: 'misdecoded' }]);
  });
});

describe('a sound document', () => {
  it('is linted, also with a stray replacement character, and nothing is told', async () => {
    const from = client.notifications.length;
    const withStray = DRAFT.replace('同志们', '同\uFFFD们');
    const diagnostics = await openDocument(client, 'file:///drafts/utf8-draft.txt', withStray);
    assert.equal(diagnostics.length, lint(withStray).length);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(told(from), []);
  });
});
