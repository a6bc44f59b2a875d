/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import type { PlaceholderItem } from '../../../client/src/navigation.js';
import { diagnosticsWhen, EXTENSION_ID, open, when, workspaceFile } from './helpers.js';

let api: GongwenApi;
const zh = !vscode.env.language.toLowerCase().startsWith('en');
const PLACEHOLDERS = zh ? '占位符' : 'Placeholders';
const CHECKING = `$(sync~spin) ${PLACEHOLDERS}`;
const NONE_LEFT = `$(check) ${PLACEHOLDERS}`;
const count = (n: number) => `$(edit) ${PLACEHOLDERS} ${n}`;

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

const statusShows = (expected: string | undefined) =>
  when(() => api.placeholderStatus(), (text) => text === expected, [api.onDidChangePlaceholderStatus], `the placeholder status ${expected}`);

/** Resolves once the speech length item is shown (or hidden). */
async function speechLengthShown(shown: boolean): Promise<void> {
  await when(() => api.speechLength(), (text) => (text !== undefined) === shown, [api.onDidChangeSpeechLength], `the speech length ${shown ? 'shown' : 'hidden'}`);
}

/** Closes every editor, dropping unsaved changes: closing a modified one would ask whether to save it. */
async function closeEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Every text the placeholder item takes from now on. */
function recordStatus(): { states: (string | undefined)[]; dispose(): void } {
  const states: (string | undefined)[] = [];
  const listener = api.onDidChangePlaceholderStatus((text) => states.push(text));
  return { states, dispose: () => listener.dispose() };
}

describe('a draft with more findings than the editor draws (a 合订本)', () => {
  const name = 'hedingben.txt';
  // VS Code forwards 1000 diagnostics of a file to the editor, errors first, and draws the first
  // 500 of those (client/src/marker-limit.ts).
  const DRAWN = 500;
  // A misstyled heading (a warning) first, then 1,300 blanks (errors): the editor gets blanks
  // 1–1000 and draws blanks 1–500; the heading and blanks 501–1300 are left to the extension.
  const text = ['（一）、总体情况', ...Array.from({ length: 1300 }, (_, i) => `第${i + 1}项投资X亿元。`)].join('\n') + '\n';

  after(async () => {
    await closeEditors();
    await vscode.workspace.fs.delete(workspaceFile(name));
  });

  it('marks exactly the findings the editor leaves out, follows the editor, and clears below the limit', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(name), Buffer.from(text));
    let editor = await open(name);
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (d) => d.length === 1301);
    await statusShows(count(1300));

    const marksNow = () => api.overflowMarks(uri);
    const marked = () =>
      [...marksNow()]
        .sort((a, b) => a.range.start.compareTo(b.range.start))
        .map((m) => ({ line: m.range.start.line, start: m.range.start.character, end: m.range.end.character, severity: m.severity }));
    const blanksOn = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => {
        const x = editor.document.lineAt(from + i).text.indexOf('X');
        return { line: from + i, start: x, end: x + 1, severity: vscode.DiagnosticSeverity.Error };
      });
    const marks = await when(marksNow, (m) => m.length > 0, [vscode.languages.onDidChangeDiagnostics], 'the overflow marks');
    assert.equal(marks.length, diagnostics.length - DRAWN);
    assert.deepEqual(marked(), [{ line: 0, start: 0, end: 4, severity: vscode.DiagnosticSeverity.Warning }, ...blanksOn(501, 1300)]);
    // As the editor's hover: the message, then source(code) with the code linked to the rule's page.
    for (const line of [700, 1300]) {
      const hover = marks.find((m) => m.range.start.line === line)?.hover;
      assert.match(hover?.value ?? '', /^未填写的占位符：数值（亿元）——“[^”]+”&nbsp;&nbsp;gongwen\\\(\[placeholder\]\(command:gongwen\.showRuleDoc\?%5B%22placeholder%22%5D\)\\\)$/);
      assert.deepEqual(hover?.isTrusted, { enabledCommands: ['gongwen.showRuleDoc'] }, 'the link to the rule page works');
    }

    // The markers the editor really has, walked with F8, which lists errors before warnings: back
    // from the end it goes to the last of them. Here the 1000th blank: the editor has neither the
    // heading's warning nor blanks 1001–1300.
    const lastMarker = async () => {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('editor.action.marker.prev');
      await vscode.commands.executeCommand('closeMarkersNavigation');
      return editor.selection.start;
    };
    assert.deepEqual(await lastMarker(), new vscode.Position(1000, blanksOn(1000, 1000)[0]!.start));

    // Shown again, the document gets a new editor: marked again.
    await open('outline.txt');
    assert.deepEqual(marksNow(), []);
    editor = await open(name);
    await when(marksNow, (m) => m.length === 801, [vscode.window.onDidChangeVisibleTextEditors, vscode.languages.onDidChangeDiagnostics], 'marks on the new editor');

    // 700 findings: all reach the editor, the heading's warning too, and it draws the first 500.
    await editor.edit((edit) => edit.delete(new vscode.Range(700, 0, editor.document.lineCount, 0)));
    await diagnosticsWhen(uri, (d) => d.length === 700);
    assert.deepEqual(marked(), blanksOn(500, 699));
    assert.deepEqual(await lastMarker(), new vscode.Position(0, 0));

    await editor.edit((edit) => edit.delete(new vscode.Range(450, 0, editor.document.lineCount, 0)));
    await diagnosticsWhen(uri, (d) => d.length === 450);
    assert.deepEqual(marksNow(), []);
    await statusShows(count(449));
  });
});

describe('the placeholder status item', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    await closeEditors();
  });

  it('checks before it counts: no ✓ before the first diagnostics, nor while the server restarts', async () => {
    const recorded = recordStatus();
    try {
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '请于X月X日前报送。' });
      await vscode.window.showTextDocument(document);
      await statusShows(count(2));
      assert.ok(!recorded.states.includes(NONE_LEFT), JSON.stringify(recorded.states));
      recorded.states.length = 0;
      const restarting = vscode.commands.executeCommand('gongwen.restartServer');
      await statusShows(CHECKING);
      await restarting;
      await statusShows(count(2));
      assert.deepEqual(recorded.states, [CHECKING, count(2)]);
    } finally {
      recorded.dispose();
    }
  });

  it('follows a change of language, and of gongwen.languages, at once (with the speech length)', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '请于X月X日前报送。' });
    await vscode.window.showTextDocument(document);
    await statusShows(count(2));
    await speechLengthShown(true);

    await vscode.languages.setTextDocumentLanguage(document, 'json');
    await statusShows(undefined);
    await speechLengthShown(false);
    const recorded = recordStatus();
    try {
      await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      await statusShows(count(2));
      assert.deepEqual(recorded.states, [CHECKING, count(2)]);
      await speechLengthShown(true);
    } finally {
      recorded.dispose();
    }

    await vscode.workspace.getConfiguration('gongwen').update('languages', ['markdown'], vscode.ConfigurationTarget.Workspace);
    await statusShows(undefined);
    await speechLengthShown(false);
    await vscode.workspace.getConfiguration('gongwen').update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    await statusShows(count(2));
    await speechLengthShown(true);
  });

  it('Alt+/ on a draft without blanks says so in the status bar, as Alt+. does', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '今年完成投资100亿元。' });
    await vscode.window.showTextDocument(document);
    await statusShows(NONE_LEFT);
    const messages: string[] = [];
    const asked: string[] = [];
    const listener = api.onDidShowStatusMessage((message) => messages.push(message));
    api.setPrompter(async (options) => {
      asked.push(options.prompt ?? '');
      return undefined;
    });
    try {
      await vscode.commands.executeCommand('gongwen.fillPlaceholder');
      await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    } finally {
      api.setPrompter(undefined);
      listener.dispose();
    }
    const message = zh ? '$(check) 没有占位符' : '$(check) No placeholders';
    assert.deepEqual(messages, [message, message]);
    assert.deepEqual(asked, []);
  });
});

describe('the placeholder list', () => {
  after(closeEditors);

  it('shows the words around each blank and its kind, starts at the cursor and keeps document order under a filter', async () => {
    const content = [
      '全年共完成固定资产投资X亿元。',
      '同比增长X%。',
      '其中民间投资X亿元。',
      '投资X亿元用于民生。',
      '在市委市政府的坚强领导下，全市上下团结一心、攻坚克难，全年实现地区生产总值X亿元，经济运行稳中有进。',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsWhen(document.uri, (d) => d.length === 5);
    editor.selection = new vscode.Selection(2, 0, 2, 0);

    const shown = new Promise<vscode.QuickPick<PlaceholderItem>>((resolve) => {
      const listener = api.onDidShowPlaceholderList((pick) => {
        listener.dispose();
        resolve(pick);
      });
    });
    const listing = vscode.commands.executeCommand('gongwen.listPlaceholders');
    const pick = await shown;
    const line = (item: PlaceholderItem | undefined) => (item ? document.positionAt(item.blank.range[0]).line : undefined);
    /** The line of the row the widget makes active next, after `action`. */
    const activeAfter = async (action: () => unknown) => {
      const changed = new Promise<number | undefined>((resolve) => {
        const listener = pick.onDidChangeActive((rows) => {
          listener.dispose();
          resolve(line(rows[0]));
        });
      });
      await action();
      return changed;
    };
    const selectNext = () => vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');

    assert.deepEqual(
      pick.items.map((item) => [item.label, item.description]),
      [
        ['全年共完成固定资产投资【X】亿元。', '数值（亿元） · 第 1 行'],
        ['同比增长【X】%。', '百分比 · 第 2 行'],
        ['其中民间投资【X】亿元。', '数值（亿元） · 第 3 行'],
        ['投资【X】亿元用于民生。', '数值（亿元） · 第 4 行'],
        ['…，全年实现地区生产总值【X】亿元，经济运行稳中有进。', '数值（亿元） · 第 5 行'],
      ],
    );
    // The row at the cursor is active in the widget itself: one down from it is the next blank.
    // (The widget may first echo the row it was given: wait for the one after it.)
    assert.equal(line(pick.activeItems[0]), 2);
    await selectNext();
    await when(() => line(pick.activeItems[0]), (l) => l === 3, [pick.onDidChangeActive], 'the row after the one at the cursor');

    // Filtered, the rows keep document order: a sort by match would put 「投资【X】…」 first.
    // (While it filters, the widget may report no active row for a moment.)
    const first =
      (await activeAfter(() => (pick.value = '投资'))) ??
      (await when(() => line(pick.activeItems[0]), (l) => l !== undefined, [pick.onDidChangeActive], 'an active row under the filter'));
    const order = [first, await activeAfter(selectNext), await activeAfter(selectNext)];
    assert.deepEqual(order, [0, 2, 3]);

    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await listing;
    const chosen = vscode.window.activeTextEditor!;
    assert.equal(chosen.document, document);
    assert.equal(chosen.selection.start.line, 3);
    assert.equal(chosen.selection.start.character, 2);
    assert.equal(chosen.selection.end.character, 3);
  });
});
