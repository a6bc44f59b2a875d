/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { diagnosticsWhen, EXTENSION_ID, open } from './helpers.js';

// The crashes add up across these tests, as they would for a user: three restarts within three
// minutes, then the extension gives up.
describe('a language server that dies', () => {
  let api: GongwenApi;
  let uri: vscode.Uri;
  const notices: string[] = [];
  let listener: vscode.Disposable;

  before(async () => {
    api = await vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID)!.activate();
    listener = api.onDidNotifyServerHealth((message) => notices.push(message));
    uri = (await open('project/report.txt')).document.uri;
    await diagnosticsWhen(uri, (d) => d.length === 2);
  });

  after(() => listener.dispose());

  /** Kills the server and waits for its diagnostics to be cleared and, if it comes back, published again. */
  async function kill(expectBack: boolean): Promise<number> {
    const pid = api.serverProcessId();
    assert.ok(pid, 'the server runs');
    const cleared = diagnosticsWhen(uri, (d) => d.length === 0);
    process.kill(pid, 'SIGKILL');
    await cleared;
    if (expectBack) await diagnosticsWhen(uri, (d) => d.length === 2);
    return pid;
  }

  function nextNotice(): Promise<string> {
    return new Promise((resolve) => {
      const once = api.onDidNotifyServerHealth((message) => {
        once.dispose();
        resolve(message);
      });
    });
  }

  it('is restarted, the diagnostics come back, and the user is told once', async () => {
    const told = nextNotice();
    const old = await kill(true);
    assert.equal(await told, '公文校对的语言服务已重新启动。');
    const pid = api.serverProcessId();
    assert.ok(pid && pid !== old, 'a new server process');
    assert.deepEqual(notices, ['公文校对的语言服务已重新启动。']);
  });

  it('a second and third crash soon after: restarted without another message', async () => {
    await kill(true);
    await kill(true);
    assert.equal(notices.length, 1);
  });

  it('the fourth crash within three minutes: stopped, and the user is told how to report it', async () => {
    const told = nextNotice();
    await kill(false);
    const message = await told;
    assert.match(message, /^公文校对的语言服务反复崩溃，已停止。.*https:\/\/github\.com\/gongwen-lint\/gongwen-lint\/issues.*「公文校对：重新启动语言服务」/);
    assert.equal(api.serverProcessId(), undefined);
    assert.equal(notices.length, 2);
  });

  it('the restart command starts it again', async () => {
    await vscode.commands.executeCommand('gongwen.restartServer');
    await diagnosticsWhen(uri, (d) => d.length === 2);
    assert.ok(api.serverProcessId());
  });
});
