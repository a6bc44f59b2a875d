/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { formatSpeechStats, speechStats } from '../../../server/src/core/index.js';
import { EXTENSION_ID, open, when } from './helpers.js';

let api: GongwenApi;
const locale = vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

/** Resolves once the status bar shows `expected`. */
async function statusShows(expected: string | undefined): Promise<void> {
  await when(() => api.speechLength(), (text) => text === expected, [api.onDidChangeSpeechLength], `the speech length ${JSON.stringify(expected)}`);
}

describe('speech length in the status bar', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('speechRate', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('shows the length and reading time of the sample draft', async () => {
    const editor = await open('speech-draft.txt');
    const stats = speechStats(editor.document.getText(), 'plain', 220);
    assert.ok(stats.characters > 500, `${stats.characters} characters`);
    await statusShows(formatSpeechStats(stats, locale));
  });

  it('follows edits and gongwen.speechRate', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '一、总体情况\n同志们：今年增长6.2%。\n' });
    const editor = await vscode.window.showTextDocument(document);
    // 总体情况 4 + 同志们 3 + 今年增长 4 + 6.2% 4: the marker and the punctuation are not read aloud.
    await statusShows(locale === 'en' ? '15 chars · ~1 min' : '15 字 · 约 1 分钟');
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), '这'.repeat(425)));
    await statusShows(locale === 'en' ? '440 chars · ~2 min' : '440 字 · 约 2 分钟');
    await vscode.workspace.getConfiguration('gongwen').update('speechRate', 60, vscode.ConfigurationTarget.Workspace);
    await statusShows(locale === 'en' ? '440 chars · ~7 min' : '440 字 · 约 7 分钟');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('is hidden for a language that is not linted', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"a": "一二三"}' });
    await vscode.window.showTextDocument(document);
    await statusShows(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
