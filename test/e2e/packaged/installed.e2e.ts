// Runs in a VS Code into which the .vsix from `npm run package` was installed, with no extension
// under development but this probe: the packaged bundle alone must lint.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { numberedSpeech } from '../../helpers/docx.js';

const ID = 'gongwen-lint.gongwen-lint';

describe('the installed .vsix', () => {
  it('is installed from the package, activates on a text file and lints it', async () => {
    const extension = vscode.extensions.getExtension(ID);
    assert.ok(extension, `${ID} is not installed`);
    assert.match(extension.extensionPath, /gongwen-lint\.gongwen-lint-\d+\.\d+\.\d+$/);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'speech-draft.txt'));
    await vscode.window.showTextDocument(document);
    const diagnostics = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const ours = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gongwen');
      const timer = setTimeout(() => reject(new Error('no diagnostics from the packaged server')), 30_000);
      const check = () => {
        const found = ours();
        if (found.length >= 31) {
          clearTimeout(timer);
          listener.dispose();
          resolve(found);
        }
      };
      const listener = vscode.languages.onDidChangeDiagnostics(check);
      check();
    });
    assert.ok(extension.isActive);
    const codes = new Set(diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))));
    assert.ok(codes.has('placeholder') && codes.has('figure-conflict'), [...codes].join(', '));
    // The rule pages travel in the package; the link shows the installed copy as a read-only preview.
    const target = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.target : undefined)).find(Boolean);
    assert.equal(target?.scheme, 'command', target?.toString());
    const [id] = JSON.parse(decodeURIComponent(target.query)) as string[];
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', `${id}.md`));
    const preview = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no preview of the rule page')), 30_000);
      const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
        const shown = vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label.includes(`${id}.md`));
        if (!shown) return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand(target.path, id);
    await preview;
  });

  it('opens a .docx as its text and lints it, numbering included', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const file = vscode.Uri.joinPath(folder.uri, '安装版.docx');
    await vscode.workspace.fs.writeFile(file, numberedSpeech());
    const view = file.with({ scheme: 'gongwen-docx' });
    const codes = () => vscode.languages.getDiagnostics(view).map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))).sort().join(' ');
    const linted = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the Word view was not linted: ${codes()}`)), 30_000);
      const listener = vscode.languages.onDidChangeDiagnostics(() => {
        if (codes() !== 'heading-sequence placeholder') return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('vscode.open', file);
    await linted;
    await vscode.workspace.fs.delete(file);
  });
});
