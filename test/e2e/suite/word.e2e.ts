/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { buildDocx, numberedSpeech, p } from '../../helpers/docx.js';
import { codeOf, diagnosticsWhen, EXTENSION_ID, screenshot, when, workspaceFile } from './helpers.js';

// A Word document in VS Code: its text shown read-only and linted, its outline, no edits, the
// annotated copy, and the view following the file on disk.

let api: GongwenApi;
const zh = !vscode.env.language.toLowerCase().startsWith('en');
const PLACEHOLDERS = zh ? '占位符' : 'Placeholders';
const NAME = '讲话稿.docx';
const COPY = '讲话稿.校对.docx';

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

const codes = (diagnostics: vscode.Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${codeOf(d)}`).sort().join(' ');

/** Resolves with the active text editor once it shows `uri`. */
const activeEditorShows = (uri: vscode.Uri) =>
  when(
    () => vscode.window.activeTextEditor,
    (editor) => editor?.document.uri.toString() === uri.toString(),
    [vscode.window.onDidChangeActiveTextEditor],
    `an editor showing ${uri.toString()}`,
  );

describe('a Word document', () => {
  const file = workspaceFile(NAME);
  const view = file.with({ scheme: 'gongwen-docx' });

  before(async () => {
    await vscode.workspace.fs.writeFile(file, numberedSpeech());
  });

  after(async () => {
    api.setConfirmer(undefined);
    api.setPrompter(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [NAME, COPY, '损坏.docx']) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
  });

  it('opens in VS Code as its text, read-only, linted like a draft: a heading skipped only in Word’s numbering, a blank', async () => {
    // The default editor of *.docx hands over to the text view.
    await vscode.commands.executeCommand('vscode.open', file);
    const editor = await activeEditorShows(view);
    assert.equal(editor!.document.getText().split('\n')[5], '三、存在问题');
    assert.ok(editor!.document.uri.path.endsWith(`/${NAME}`), 'the tab shows the file name');
    const diagnostics = await diagnosticsWhen(view, (d) => codes(d) === '2:placeholder 5:heading-sequence');
    assert.match(diagnostics.find((d) => codeOf(d) === 'heading-sequence')!.message, /「一、」之后应为「二、」，这里是「三、」|"一、".*"二、".*"三、"/);
    await when(() => api.placeholderStatus(), (text) => text === `$(edit) ${PLACEHOLDERS} 1`, [api.onDidChangePlaceholderStatus], 'one placeholder in the status bar');

    const blank = diagnostics.find((d) => codeOf(d) === 'placeholder')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', view, blank.range.start);
    assert.ok(hovers.some((h) => h.contents.length > 0), 'a hover on the blank');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['一、总体情况', ['（一）项目进展']],
        ['三、存在问题', []],
      ],
    );
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', view);
    assert.ok(folds.some((f) => f.start === 1 && f.end >= 4), JSON.stringify(folds));

    await screenshot('word-view', '.monaco-editor .squiggly-error');
  });

  it('offers no quick fix that would edit it, and the fill command leaves it alone', async () => {
    for (const diagnostic of await diagnosticsWhen(view, (d) => d.length === 2)) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', view, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const ours = actions.filter((a) => a.diagnostics?.some((d) => d.source === 'gongwen'));
      assert.deepEqual(ours.filter((a) => a.edit !== undefined || a.command?.command !== 'gongwen.allowPlaceholder').map((a) => a.title), [], codeOf(diagnostic));
    }
    let asked = false;
    api.setPrompter(async () => {
      asked = true;
      return '12.5';
    });
    await vscode.window.showTextDocument(view);
    await vscode.commands.executeCommand('gongwen.fillPlaceholder');
    assert.equal(asked, false, 'no value asked for');
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false);
  });

  it('writes the copy with comments beside the file, asking before it replaces one', async () => {
    const copy = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.annotateDocx', view);
    assert.equal(copy?.toString(), workspaceFile(COPY).toString());
    const bytes = await vscode.workspace.fs.readFile(workspaceFile(COPY));
    assert.ok(bytes.length > 0);

    const asked: string[] = [];
    api.setConfirmer(async (message) => {
      asked.push(message);
      return false;
    });
    assert.equal(await vscode.commands.executeCommand('gongwen.annotateDocx', file), undefined, 'declined: not replaced');
    assert.equal(asked.length, 1);
    assert.ok(asked[0]!.includes(COPY), asked[0]);
    api.setConfirmer(async () => true);
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('gongwen.annotateDocx', file))?.toString(), workspaceFile(COPY).toString());
  });

  it('follows the file on disk', async () => {
    await vscode.workspace.fs.writeFile(file, numberedSpeech('12.5'));
    await diagnosticsWhen(view, (d) => codes(d) === '5:heading-sequence');
    assert.match(vscode.workspace.textDocuments.find((d) => d.uri.toString() === view.toString())!.getText(), /完成12\.5亿元/);
  });

  it('puts a term on the allow-list of the .gongwenrc.json nearest the .docx: the one quick fix it offers', async () => {
    const folder = workspaceFile('word');
    const rc = workspaceFile('word/.gongwenrc.json');
    const hall = workspaceFile('word/会场.docx');
    await vscode.workspace.fs.writeFile(rc, Buffer.from('{}\n'));
    await vscode.workspace.fs.writeFile(hall, buildDocx({ body: p('会场设在X号楼三层。') }));
    try {
      await vscode.commands.executeCommand('gongwen.checkDocx', hall);
      const hallView = hall.with({ scheme: 'gongwen-docx' });
      const [building] = await diagnosticsWhen(hallView, (d) => d.length === 1);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', hallView, building!.range, vscode.CodeActionKind.QuickFix.value);
      const allow = actions.find((a) => a.command?.command === 'gongwen.allowPlaceholder');
      assert.ok(allow?.command, actions.map((a) => a.title).join(', '));
      // Not awaited: the command then waits on its message's button.
      void vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
      await diagnosticsWhen(hallView, (d) => d.length === 0);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(rc)), /"allow":\s*\[\s*"X号楼"\s*\]/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('says what is wrong, and opens no view, for a file that is not a Word document', async () => {
    const broken = workspaceFile('损坏.docx');
    await vscode.workspace.fs.writeFile(broken, Buffer.from('不是压缩包'));
    const shown: string[] = [];
    const listener = api.onDidShowDocxProblem((message) => shown.push(message));
    try {
      assert.equal(await vscode.commands.executeCommand('gongwen.checkDocx', broken), undefined);
      assert.equal(shown.length, 1);
      assert.match(shown[0]!, zh ? /^损坏\.docx：不是有效的 \.docx 文件/ : /^损坏\.docx：not a valid \.docx file/);
      // Opened from the Explorer: the same message, and the Word editor stays with it instead of an empty view.
      const again = when(() => shown.length, (n) => n === 2, [api.onDidShowDocxProblem], 'the message again');
      await vscode.commands.executeCommand('vscode.open', broken);
      await again;
      assert.equal(shown[1], shown[0]);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.ok(tab?.input instanceof vscode.TabInputCustom && tab.input.viewType === 'gongwen.docxView', tab?.label);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.with({ scheme: 'gongwen-docx' }).toString()));
    } finally {
      listener.dispose();
    }
  });
});
