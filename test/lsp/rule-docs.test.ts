import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LspClient } from '../helpers/lsp-client.js';
import { openDocument, startSession } from '../helpers/lsp-session.js';

// In VS Code a rule's page must not open as an editable file inside the installed extension: the
// extension gives the server a command that shows it read-only, and every link goes through it.
describe('rule page links through the client command', () => {
  let client: LspClient;
  const uri = 'untitled:Untitled-1';
  before(async () => {
    client = await startSession({ initializationOptions: { ruleDocsCommand: 'gongwen.showRuleDoc' } });
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('the diagnostic code links to the command with the rule id', async () => {
    const [first] = await openDocument(client, uri, '完成投资X亿元。');
    assert.equal(first?.codeDescription?.href, `command:gongwen.showRuleDoc?${encodeURIComponent('["placeholder"]')}`);
  });
  it('so does the hover, which names the rule in words', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    });
    assert.match(hover!.contents.value, /^\*\*公文校对 · 未填写的占位符\*\* `placeholder`/);
    // It names the command, not a key: keys differ on macOS and can be rebound.
    assert.match(hover!.contents.value, /“公文校对：填写占位符…”命令/);
    assert.doesNotMatch(hover!.contents.value, /Alt\+/);
    assert.ok(hover!.contents.value.endsWith(`[规则说明](command:gongwen.showRuleDoc?${encodeURIComponent('["placeholder"]')})`), hover!.contents.value);
  });
});
