/// <reference types="mocha" />
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { numberedSpeech } from '../../helpers/docx.js';
import { diagnosticsWhen, EXTENSION_ID, when, workspaceFile } from './helpers.js';

// 「公文校对：生成校对报告」 in a real VS Code: the page is written beside the draft, holds its
// findings, and is shown in a panel.

let api: GongwenApi;
const DRAFT = '报告稿.txt';
const REPORT = '报告稿.校对报告.html';
const WORD = '报告稿2.docx';
const WORD_REPORT = '报告稿2.校对报告.html';
const TEXT = '关于XX市工作的报告\n一、基本情况\n全区固定资产投资完成5.2亿元。\n三、下一步\n全区固定资产投资完成6.1亿元。\n';

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

/** Runs the command and resolves with the file it reports written (the command's result and its event agree). */
async function writeReport(): Promise<vscode.Uri> {
  let fired: vscode.Uri | undefined;
  const listener = api.onDidWriteReport((uri) => (fired = uri));
  try {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.writeReport');
    assert.ok(written, 'the command returns the report it wrote');
    await when(() => fired, (uri) => uri !== undefined, [api.onDidWriteReport], 'the report event');
    assert.equal(fired!.toString(), written.toString());
    return written;
  } finally {
    listener.dispose();
  }
}

describe('the proofreading report', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [DRAFT, REPORT, WORD, WORD_REPORT]) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
  });

  it('is written beside the open draft with its findings, and shown in a panel', async () => {
    const file = workspaceFile(DRAFT);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(TEXT));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await diagnosticsWhen(file, (d) => d.length >= 3);
    const written = await writeReport();
    assert.equal(written.toString(), workspaceFile(REPORT).toString());
    assert.ok(existsSync(written.fsPath));
    const html = readFileSync(written.fsPath, 'utf8');
    assert.ok(html.includes('关于<mark>XX</mark>市工作的报告'), 'the blank, marked');
    assert.ok(html.includes('<code>heading-sequence</code>'), 'the skipped heading');
    assert.ok(html.includes('<code>figure-conflict</code>'), 'the conflicting figure');
    assert.ok(html.includes('<h2>报告稿.txt</h2>'));
    assert.equal(readFileSync(file.fsPath, 'utf8'), TEXT, 'the draft is as it was');
    assert.equal(editor.document.isDirty, false);
    // The panel beside the draft shows it.
    const tab = await when(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes(REPORT)),
      (t) => t !== undefined,
      [vscode.window.tabGroups.onDidChangeTabs],
      'a panel showing the report',
    );
    assert.ok(tab);
  });

  it('of a Word view is the .docx’s, written beside it', async () => {
    const file = workspaceFile(WORD);
    await vscode.workspace.fs.writeFile(file, numberedSpeech());
    const view = file.with({ scheme: 'gongwen-docx' });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(view));
    await diagnosticsWhen(view, (d) => d.length >= 2);
    const written = await writeReport();
    assert.equal(written.toString(), workspaceFile(WORD_REPORT).toString());
    const html = readFileSync(written.fsPath, 'utf8');
    assert.ok(html.includes(`<h2>${WORD}</h2>`));
    assert.match(html, /第\d+段 第\d+字/);
    assert.ok(html.includes('<code>placeholder</code>'));
  });
});
