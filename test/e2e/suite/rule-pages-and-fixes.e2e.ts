/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { applyFixAll, codeOf, diagnosticsWhen, EXTENSION_ID, open, ours, when } from './helpers.js';

/** Resolves once a tab satisfying `test` is open. */
function tabWhen(test: (tab: vscode.Tab) => boolean): Promise<vscode.Tab | undefined> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(test);
  return when(find, (tab) => tab !== undefined, [vscode.window.tabGroups.onDidChangeTabs], 'the tab');
}

let drafts = 0;

/**
 * Opens an untitled plain-text draft and waits for its first diagnostics. Each draft has a name of
 * its own: a reused `Untitled-1` could still hold the findings of the draft closed before it.
 */
async function untitled(content: string, ready: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `草稿-${++drafts}.txt` });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  const editor = await vscode.window.showTextDocument(document);
  await diagnosticsWhen(document.uri, ready);
  return editor;
}

describe('rule pages', () => {
  it('a diagnostic\'s rule link shows the page as a read-only preview, which is not linted', async () => {
    const editor = await untitled('完成投资X亿元。', (d) => d.length === 1);
    const [finding] = ours(editor.document.uri);
    const target = typeof finding!.code === 'object' ? finding!.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    // What VS Code's opener does with the link the user clicks.
    await vscode.commands.executeCommand(target!.path, ...(JSON.parse(decodeURIComponent(target!.query)) as unknown[]));
    const tab = await tabWhen((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
    assert.match(tab!.label, /placeholder\.md/);
    const root = extension().extensionUri.path;
    assert.deepEqual(
      vscode.workspace.textDocuments.filter((d) => d.uri.path.startsWith(`${root}/`)).map((d) => d.uri.toString()),
      [],
      'no editor of the installed files',
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a file inside the extension is never linted, even when opened by hand', async () => {
    const own = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extension().extensionUri, 'docs/rules/placeholder.md'));
    await vscode.window.showTextDocument(own);
    // The server answers in order: once a draft opened after the page is linted, the page would have been.
    const later = await untitled('完成投资X亿元。', (d) => d.length === 1);
    assert.equal(ours(later.document.uri).length, 1);
    assert.deepEqual(ours(own.uri), []);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('quick fixes a writer can trust', () => {
  const titles = async (uri: vscode.Uri, d: vscode.Diagnostic) =>
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range)).map((a) => a.title);

  it('allow-list only for a term, with the whole term; no fill-all for figures', async () => {
    const editor = await untitled('会场设在X号楼三层。完成投资X亿元，增长X%；新增X亿元，增长X%。', (d) => d.length === 5);
    const uri = editor.document.uri;
    const [building, ...figures] = ours(uri).sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(await titles(uri, building!), ['填写占位符…', '“X号楼”不是占位符：在本项目中不再报告“X号楼”（加入允许列表）']);
    for (const figure of figures) assert.deepEqual(await titles(uri, figure), ['填写占位符…'], figure.message);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('「全部填写」 from the palette refuses figures: one value into every X% is never meant', async () => {
    const api = await extension().activate();
    const editor = await untitled('增长X%，占比X%，在X区、X区召开。', (d) => d.length === 4);
    const asked: string[] = [];
    api.setPrompter(async (options) => {
      asked.push(options.title ?? '');
      return undefined;
    });
    try {
      editor.selection = new vscode.Selection(0, 2, 0, 2);
      await vscode.commands.executeCommand('gongwen.fillAllPlaceholders');
      assert.deepEqual(asked, [], 'no question for a figure');
      editor.selection = new vscode.Selection(0, 11, 0, 11);
      await vscode.commands.executeCommand('gongwen.fillAllPlaceholders');
      assert.equal(asked.length, 1, 'the district is asked once');
      assert.match(asked[0]!, /^全部填写：2 处“X区”/);
    } finally {
      api.setPrompter(undefined);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a refused answer leaves the sentence in view', async () => {
    const api = await extension().activate();
    const editor = await untitled('全区固定资产投资累计完成X亿元。', (d) => d.length === 1);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    let shown: vscode.InputBoxOptions | undefined;
    api.setPrompter(async (options) => {
      shown = options;
      return undefined;
    });
    try {
      await vscode.commands.executeCommand('gongwen.fillPlaceholder');
    } finally {
      api.setPrompter(undefined);
    }
    assert.equal(shown?.title, '全区固定资产投资累计完成【X】亿元。');
    assert.equal(await shown?.validateInput?.('很多'), '请输入数字，如 12.5、1,234、3.2万');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('「修复全部可自动修复的问题」 from the palette fixes the document as one edit', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('gongwen.fixAll'));
    const editor = await untitled('一、甲\n二、乙\n四、丙\n(一)丁\n', (d) => d.some((x) => codeOf(x) === 'heading-sequence'));
    await vscode.commands.executeCommand('gongwen.fixAll');
    assert.equal(editor.document.getText(), '一、甲\n二、乙\n三、丙\n（一）丁\n');
    await diagnosticsWhen(editor.document.uri, (d) => d.length === 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '一、甲\n二、乙\n四、丙\n(一)丁\n', 'one undo step');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('source.fixAll.gongwen applies the punctuation, number-usage and format fixes with the others; the draft re-lints clean', async () => {
    const draft = [
      '各区人民政府:',
      '　　根据《关于加快发展的意见》（市政发[2025]8号）精神,全年投资增长10-20%,新增就业3-5万人。',
      '　　第一、稳增长;其二、保民生。二○二五年是收官之年。',
      '',
      '附件 1．实施方案',
      '　　　2．任务清单',
      '',
    ].join('\n');
    const editor = await untitled(draft, (d) => d.length === 10);
    const uri = editor.document.uri;
    assert.deepEqual(
      [...new Set(ours(uri).map(codeOf))].sort(),
      ['date-format', 'document-number', 'gongwen-elements', 'number-range', 'ordinal-punctuation', 'punctuation-width'],
    );
    await applyFixAll(uri);
    // In passes: once ; is ；, 其二 is read as a series item and written 第二，.
    assert.equal(
      editor.document.getText(),
      [
        '各区人民政府：',
        '　　根据《关于加快发展的意见》（市政发〔2025〕8号）精神，全年投资增长10%～20%，新增就业3万～5万人。',
        '　　第一，稳增长；第二，保民生。二〇二五年是收官之年。',
        '',
        '附件：1．实施方案',
        '　　　2．任务清单',
        '',
      ].join('\n'),
    );
    await diagnosticsWhen(uri, (d) => d.length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('wraps long lines of .gw drafts by default', async () => {
    const editor = await open('highlight.gw');
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
  });
});

function extension(): vscode.Extension<GongwenApi> {
  return vscode.extensions.getExtension(EXTENSION_ID)!;
}
