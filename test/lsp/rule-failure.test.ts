import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LspClient } from '../helpers/lsp-client.js';
import { openDocument, replaceText, shownMessages, startSession } from '../helpers/lsp-session.js';
import { ROOT } from '../helpers/paths.js';

let client: LspClient;

before(async () => {
  client = await startSession({
    execArgv: ['--require', join(ROOT, 'test/helpers/preload/failing-pattern.cjs')],
    // The preload makes this pattern throw wherever the placeholder rule uses it.
    settings: () => ({ rules: { placeholder: { regexPatterns: ['GONGWEN_TEST_FAILURE'] } } }),
  });
});

after(async () => {
  assert.equal(await client.shutdown(), 0, 'the server is still running and shuts down cleanly');
});

describe('a rule that throws', () => {
  it('the other rules still report; the failure is no diagnostic but one message naming the rule', async () => {
    const uri = 'untitled:failing';
    const from = client.notifications.length;
    const diagnostics = await openDocument(client, uri, '一、甲\n三、乙\n完成X亿元。\n');
    assert.deepEqual(diagnostics.map((d) => d.code), ['heading-sequence']);
    assert.deepEqual(shownMessages(client, from), [
      {
        type: 2,
        message: '公文校对：规则「placeholder」内部错误，已跳过：injected failure。其他规则照常检查。请将此问题报告到 https://github.com/gongwen-lint/gongwen-lint/issues',
      },
    ]);
    assert.match(client.stderr + JSON.stringify(client.sent('window/logMessage', from)), /规则「placeholder」内部错误/);
  });

  it('is not announced again while typing', async () => {
    const uri = 'untitled:failing';
    const from = client.notifications.length;
    for (let version = 2; version <= 5; version++) {
      const diagnostics = await replaceText(client, uri, `一、甲\n三、乙\n完成X亿元。${'。'.repeat(version)}\n`, version);
      assert.deepEqual(diagnostics.map((d) => d.code), ['heading-sequence']);
    }
    assert.equal(shownMessages(client, from).length, 0);
  });

  it('quick fixes and fix-all still work', async () => {
    const uri = 'untitled:failing';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request<{ kind: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.gongwen']);
  });
});
