/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { diagnosticsWhen, EXTENSION_ID, open, ours, workspaceFile } from './helpers.js';

describe('an invalid .gongwenrc.json', () => {
  it('is marked where it is wrong while the drafts are still linted; fixing it clears the marks', async () => {
    const rc = workspaceFile('project/.gongwenrc.json');
    const original = await vscode.workspace.fs.readFile(rc);
    const report = (await open('project/report.txt')).document.uri;
    await diagnosticsWhen(report, (d) => d.length === 2);
    try {
      await vscode.workspace.fs.writeFile(rc, Buffer.from('{\n  "rules": { "placeholder": "loud", "nope": "off" }\n}\n'));
      const marks = await diagnosticsWhen(rc, (d) => d.length === 2);
      assert.deepEqual(
        marks.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity]),
        [
          [1, 13, 34, vscode.DiagnosticSeverity.Error],
          [1, 36, 49, vscode.DiagnosticSeverity.Error],
        ],
      );
      assert.match(marks[1]!.message, /^未知规则「nope」/);
      const drafts = await diagnosticsWhen(report, (d) => d.length === 2);
      assert.ok(drafts.every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the default severity');
    } finally {
      await vscode.workspace.fs.writeFile(rc, original);
    }
    await diagnosticsWhen(rc, (d) => d.length === 0);
  });
});

/** Every source's diagnostics: ours and the JSON language service's. */
const all = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri);
const fromJson = (uri: vscode.Uri) => all(uri).filter((d) => d.source !== 'gongwen');

/** Resolves on the next diagnostics change of `uri`, from any source; `cancel` stops listening. */
function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 20_000): { changed: Promise<void>; cancel: () => void } {
  let listener: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => {
      listener?.dispose();
      reject(new Error(`no diagnostics change for ${uri.path} in ${timeoutMs} ms`));
    }, timeoutMs);
    listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      listener?.dispose();
      resolve();
    });
  });
  return { changed, cancel: () => (clearTimeout(timer), listener?.dispose()) };
}

/** Replaces the editor's whole text and saves it, as a writer would. */
async function replaceAndSave(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text));
  assert.ok(await document.save(), 'saved');
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const documentation = (item: vscode.CompletionItem) => (typeof item.documentation === 'string' ? item.documentation : item.documentation?.value);

// The user's steps in code-server, where auto save is on by default: creating the file, editing it
// in an editor, and a file written by something else while it is not open.
describe('a .gongwenrc.json as the writer lives it', () => {
  let api: GongwenApi;
  const toasts: string[] = [];
  let listener: vscode.Disposable;
  const folder = workspaceFile('fresh');
  const rc = workspaceFile('fresh/sub/.gongwenrc.json');
  const draft = workspaceFile('fresh/sub/draft.txt');
  const severities = (d: vscode.Diagnostic[]) => d.map((x) => x.severity);

  before(async () => {
    api = await vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID)!.activate();
    listener = api.onDidNotifyConfigProblems((message) => toasts.push(message));
    await vscode.workspace.fs.writeFile(workspaceFile('fresh/.gongwenrc.json'), Buffer.from('{ "rules": { "placeholder": "warning" } }\n'));
    await vscode.workspace.fs.writeFile(draft, Buffer.from('完成X亿元。\n'));
    await open('fresh/sub/draft.txt');
    await diagnosticsWhen(draft, (d) => severities(d).join() === String(vscode.DiagnosticSeverity.Warning));
  });

  after(async () => {
    listener.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('a new, empty file is no configuration: no toast, no diagnostics, the defaults apply', async () => {
    await vscode.workspace.fs.writeFile(rc, new Uint8Array());
    // The nearest file now applies: it is empty, so the draft is checked with the defaults.
    await diagnosticsWhen(draft, (d) => severities(d).join() === String(vscode.DiagnosticSeverity.Error));
    assert.deepEqual(all(rc), []);
    assert.deepEqual(toasts, []);
  });

  it('open in an editor, saved broken: our diagnostics alone (the JSON schema completes but adds none), and no toast', async () => {
    const editor = await vscode.window.showTextDocument(rc);
    assert.equal(editor.document.languageId, 'jsonc');
    // A duplicate key, which only the JSON language service reports, makes each of its passes visible.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '{ "rules": { "placeholder": "" }, "locale": "en", "locale": "en" }'));
    const inValue = new vscode.Position(0, 29);
    let items: vscode.CompletionItem[] = [];
    // Until the JSON service has our schema (it gets it after it starts), ask again after each of its passes.
    for (;;) {
      const pass = nextDiagnosticsChange(rc);
      items = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', rc, inValue)).items;
      if (items.some((i) => label(i) === '"warning"')) {
        pass.cancel();
        break;
      }
      await pass.changed;
    }
    assert.deepEqual(
      ['"off"', '"hint"', '"info"', '"warning"', '"error"'].map((l) => documentation(items.find((i) => label(i) === l)!)),
      ['关闭 Off', '建议 Hint', '提示 Information', '警告 Warning', '错误 Error'],
    );

    const broken = [
      '{',
      '  "rules": {',
      '    "placeholder": "warning",',
      '    "placeholdr": "off",',
      '    "heading-level": "loud",',
      '    "figure-conflict": "off",',
      '    "figure-conflict": "info"',
      '  }',
      '}',
      '',
    ].join('\n');
    await replaceAndSave(editor, broken);
    const marks = await diagnosticsWhen(
      rc,
      (d) => d.filter((x) => x.source === 'gongwen').length === 2 && d.filter((x) => x.range.start.line === 5 || x.range.start.line === 6).length === 2,
      20_000,
      all,
    );
    assert.deepEqual(
      marks.map((d) => [d.range.start.line, d.source === 'gongwen' ? 'gongwen' : 'json', d.message]).sort(),
      [
        [3, 'gongwen', '未知规则「placeholdr」，是否要写「placeholder」？'],
        [4, 'gongwen', '应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string ("loud")'],
        [5, 'json', 'Duplicate object key'],
        [6, 'json', 'Duplicate object key'],
      ],
      'no "Property placeholdr is not allowed" nor "Value is not accepted" from the schema',
    );
    await diagnosticsWhen(draft, (d) => severities(d).join() === String(vscode.DiagnosticSeverity.Warning));
    assert.deepEqual(toasts, [], 'the writer is looking at the file');
  });

  it('a syntax error while the file is open is reported once, by the JSON service; ours is back when it is closed', async () => {
    const editor = await vscode.window.showTextDocument(rc);
    await replaceAndSave(editor, '{\n  "rules": { "placeholder": "warning"\n');
    // The whole file is ignored now: the server has read it once the draft has the defaults.
    await diagnosticsWhen(draft, (d) => severities(d).join() === String(vscode.DiagnosticSeverity.Error));
    const json = await diagnosticsWhen(rc, (d) => d.length > 0, 20_000, fromJson);
    assert.ok(json.every((d) => d.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(json.map((d) => d.message)));
    assert.deepEqual(ours(rc), [], 'held back while the JSON service reports it');

    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const back = await diagnosticsWhen(rc, (d) => d.length === 1 && d[0]!.source === 'gongwen', 20_000, all);
    assert.equal(back[0]!.message, '第 3 行第 1 列：文件意外结束，此处应为“,”或“}”');
    assert.deepEqual(toasts, []);
  });

  it('written broken while it is not open: one toast naming it relative to the workspace, with "did you mean"; the same problems again: none', async () => {
    await vscode.workspace.fs.writeFile(rc, Buffer.from('{ "rules": { "heading-sequnce": "off", "count-mismatch": "loud" } }\n'));
    await diagnosticsWhen(rc, (d) => d.length === 2 && d[0]!.message.includes('heading-sequnce'));
    assert.deepEqual(toasts, [
      '公文校对：fresh/sub/.gongwenrc.json 中的配置有误，有误的部分已忽略，按默认值检查。rules.heading-sequnce: 未知规则「heading-sequnce」，是否要写「heading-sequence」？（+1）',
    ]);
    await vscode.workspace.fs.writeFile(rc, Buffer.from('{\n  "rules": {\n    "heading-sequnce": "off",\n    "count-mismatch": "loud"\n  }\n}\n'));
    await diagnosticsWhen(rc, (d) => d.length === 2 && d[0]!.range.start.line === 2);
    assert.equal(toasts.length, 1, 'announced once');
  });
});
