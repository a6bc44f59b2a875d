import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../helpers/lsp-client.js';

// The word-usage rule's `words` from a .gongwenrc.json, in the editor (issue 17): the bundled
// server reports the user's entry and offers its fix as a quick fix.
let dir: string;
let client: LspClient;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-lsp-words-'));
  mkdirSync(join(dir, 'project'));
  writeFileSync(join(dir, 'project/.gongwenrc.json'), JSON.stringify({ rules: { 'word-usage': { words: { 协同办: '协同办公' } } } }));
  client = new LspClient();
  client.onRequest = (method, params) => (method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => ({})) : null);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    locale: 'zh-cn',
    capabilities: { workspace: { configuration: true } },
  });
  client.notify('initialized', {});
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  rmSync(dir, { recursive: true, force: true });
});

describe('word-usage words in the editor', () => {
  it('reports an entry of the project word list and fixes it with a quick fix', async () => {
    const uri = pathToFileURL(join(dir, 'project/draft.txt')).href;
    const from = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 4, text: '推进协同办建设。\n' } });
    const diagnostics = (await client.diagnostics(uri, from, 4)).filter((d) => d.code === 'word-usage');
    assert.deepEqual(
      diagnostics.map((d) => [d.message, d.range]),
      [['“协同办”应为“协同办公”（项目词表）', { start: { line: 0, character: 2 }, end: { line: 0, character: 5 } }]],
    );
    type Action = { title: string; isPreferred?: boolean; edit?: { documentChanges: { textDocument: { version: number }; edits: { newText: string }[] }[] } };
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.title, '改为「协同办公」');
    assert.equal(fix.edit!.documentChanges[0]!.textDocument.version, 4);
    assert.deepEqual(fix.edit!.documentChanges[0]!.edits.map((e) => e.newText), ['协同办公']);
  });
});
