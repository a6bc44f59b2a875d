import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { LspClient } from '../helpers/lsp-client.js';
import { openDocument, rangeOf, shownMessages, startSession } from '../helpers/lsp-session.js';

let dir: string;
let client: LspClient;
const RC = '{\n  "rules": {\n    "placeholder": { "allow": ["X光机"], "patterns": ["（单位名称）"], "regexPatterns": ["〔[^〕]{1,8}〕"] }\n  }\n}\n';
const TEXT = '〔单位〕采购X光机一台，（单位名称）完成X亿元；【项目】。\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-trust-'));
  mkdirSync(join(dir, 'project'));
  writeFileSync(join(dir, 'project/.gongwenrc.json'), RC);
  client = await startSession({
    rootPath: dir,
    initializationOptions: { workspaceTrusted: false },
    settings: () => ({ rules: { placeholder: { regexPatterns: ['【[^】]{1,4}】'] } } }),
  });
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

const texts = (list: { range: { start: { character: number }; end: { character: number } } }[]) =>
  list.map((d) => TEXT.slice(d.range.start.character, d.range.end.character));

describe('an untrusted workspace', () => {
  const uri = () => pathToFileURL(join(dir, 'project/draft.txt')).href;
  const rcUri = () => pathToFileURL(join(dir, 'project/.gongwenrc.json')).href;

  it('lints without the workspace’s regular expressions; allow-lists and literal patterns still apply', async () => {
    const from = client.notifications.length;
    const diagnostics = await openDocument(client, uri(), TEXT);
    assert.deepEqual(texts(diagnostics), ['（单位名称）', 'X']);
    const file = await client.diagnostics(rcUri(), from);
    assert.deepEqual(
      file.map((d) => [d.range, d.severity, d.message]),
      [[rangeOf(RC, '"regexPatterns"'), 3, '此工作区不受信任，这里的正则表达式不会使用；信任此工作区后生效。']],
    );
    assert.deepEqual(shownMessages(client, from), [], 'no warning: nothing is wrong');
  });

  it('uses them from the moment the user trusts the workspace', async () => {
    const from = client.notifications.length;
    client.notify('gongwen/workspaceTrusted', null);
    assert.deepEqual(await client.diagnostics(rcUri(), from), []);
    assert.deepEqual(texts(await client.diagnostics(uri(), from)), ['〔单位〕', '（单位名称）', 'X', '【项目】']);
  });
});
