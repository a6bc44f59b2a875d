/// <reference types="mocha" />
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { EncodingHint } from '../../../client/src/encoding-hint.js';
import type { GongwenApi } from '../../../client/src/extension.js';
import type { UntitledLanguageDecision } from '../../../client/src/untitled-language.js';
import { lint } from '../../../server/src/core/index.js';
import { encode } from '../../../server/src/node/encode.js';
import { codeOf, diagnosticsWhen, EXTENSION_ID, ours, when, workspaceFile } from './helpers.js';

let api: GongwenApi;
const english = vscode.env.language.toLowerCase().startsWith('en');

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

/** A notice as a writer pastes it: VS Code's language detection takes it for Ini. */
const NOTICE =
  '关于做好X年秋冬农业生产工作的通知\n各乡镇人民政府：\n　　为做好秋冬农业生产，现将有关事项通知如下。\n一、提高思想认识\n　　各地要高度重视，于X月X日前完成小麦播种任务。\n三、强化工作保障\n　　请于【待补充】前报送进展。\n';
const FINDINGS = lint(NOTICE).map((f) => f.ruleId);
const PYTHON =
  'import os\nimport sys\n\ndef main(argv):\n    for name in argv:\n        print(os.path.basename(name))\n    return 0\n\nif __name__ == "__main__":\n    sys.exit(main(sys.argv))\n';

/** The next decision about `document`'s language; the timeout only turns a hang into a failure. */
function decision(document: () => vscode.TextDocument | undefined, timeoutMs = 20_000): Promise<UntitledLanguageDecision> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no decision about ${document()?.uri.toString()} (language ${document()?.languageId}) in ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = api.onDidDecideUntitledLanguage((d) => {
      if (d.uri !== document()?.uri.toString()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(d);
    });
  });
}

/**
 * The untitled documents of these tests. They stay open until the end: VS Code names a new one
 * after the lowest free number, and a new 「Untitled-1」 opened just after the last one was reverted
 * and closed can come back with that one's text, from a backup not yet discarded.
 */
const untitled: vscode.TextDocument[] = [];

/** A new untitled editor (plaintext, as File > New Text File makes it) with `text` pasted into it. */
async function paste(text: string, afterwards: (document: () => vscode.TextDocument | undefined) => Promise<UntitledLanguageDecision>) {
  await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
  const document = vscode.window.activeTextEditor?.document;
  assert.ok(document?.isUntitled);
  untitled.push(document);
  assert.equal(document.languageId, 'plaintext');
  const decided = afterwards(() => document);
  await vscode.env.clipboard.writeText(text);
  // Over all of it: an earlier suite's 「Untitled-1」 may still have left its text (see above).
  await vscode.commands.executeCommand('editor.action.selectAll');
  await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
  assert.equal(document.getText(), text);
  return { document, decided: await decided };
}

const sortedCodes = (list: vscode.Diagnostic[]) => list.map(codeOf).sort();

describe('a draft pasted into an untitled editor', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('untitled.keepLanguage', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    for (const document of untitled.splice(0)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('stays plaintext and checked when VS Code’s language detection switches it to a language not checked', async () => {
    assert.ok(FINDINGS.includes('placeholder') && FINDINGS.includes('heading-sequence'), FINDINGS.join());
    const { document, decided } = await paste(NOTICE, decision);
    assert.equal(decided.outcome, 'restored', JSON.stringify(decided));
    assert.equal(decided.from, 'plaintext');
    assert.notEqual(decided.to, 'plaintext');
    assert.equal(document.languageId, 'plaintext');
    // Cleared when it left plaintext (the server is told it closed): these come from linting it again.
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.length === FINDINGS.length);
    assert.deepEqual(sortedCodes(diagnostics), [...FINDINGS].sort());

    // Set back once: VS Code detects no more for this document, so a further switch is the user's.
    const next = decision(() => document);
    await vscode.languages.setTextDocumentLanguage(document, decided.to);
    assert.deepEqual(await next, { uri: document.uri.toString(), from: 'plaintext', to: decided.to, outcome: 'deliberate' });
    assert.equal(document.languageId, decided.to);
  });

  it('is left as VS Code detected it with gongwen.untitled.keepLanguage off', async () => {
    await vscode.workspace.getConfiguration('gongwen').update('untitled.keepLanguage', false, vscode.ConfigurationTarget.Global);
    const { document, decided } = await paste(NOTICE, decision);
    assert.equal(decided.outcome, 'setting off', JSON.stringify(decided));
    assert.equal(document.languageId, decided.to);
    assert.notEqual(document.languageId, 'plaintext');
    assert.deepEqual(await diagnosticsWhen(document.uri, (d) => d.length === 0), []);
  });

  it('is left as VS Code detected it when it is not Chinese', async () => {
    const { document, decided } = await paste(PYTHON, decision);
    assert.deepEqual(decided, { uri: document.uri.toString(), from: 'plaintext', to: 'python', outcome: 'not Chinese' });
    assert.equal(document.languageId, 'python');
  });

  it('keeps a language the user chose for a Chinese draft', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: NOTICE });
    untitled.push(document);
    assert.equal(document.getText(), NOTICE);
    await vscode.window.showTextDocument(document);
    await diagnosticsWhen(document.uri, (d) => d.length === FINDINGS.length);
    const decided = decision(() => document);
    await vscode.languages.setTextDocumentLanguage(document, 'ini');
    assert.deepEqual(await decided, { uri: document.uri.toString(), from: 'plaintext', to: 'ini', outcome: 'deliberate' });
    assert.equal(document.languageId, 'ini');
  });
});

/** The first hint about `uri` from now on. */
function hintFor(uri: vscode.Uri, all: EncodingHint[], timeoutMs = 20_000): Promise<EncodingHint> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no encoding hint about ${uri.path} in ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = api.onDidShowEncodingHint((hint) => {
      if (hint.uri !== uri.toString()) return;
      all.push(hint);
      clearTimeout(timer);
      listener.dispose();
      resolve(hint);
    });
  });
}

/** Resolves once a diagnostics event for `uri` has come in while `when` holds. */
function diagnosticsEvent(uri: vscode.Uri, when: () => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no diagnostics event for ${uri.path} in ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || !when()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** Resolves once `document` has changed (its text or state) so that `ready` holds. */
function documentChange(document: vscode.TextDocument, ready: (document: vscode.TextDocument) => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${document.uri.path} did not reach the expected state in ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !ready(document)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

describe('a GBK draft opened as UTF-8', () => {
  const MESSAGE = english
    ? 'This file does not seem to be UTF-8 (perhaps GBK/GB18030): opened as UTF-8 it shows garbled text, and it was not checked.'
    : '此文件似乎不是 UTF-8 编码（可能是 GBK/GB18030），按 UTF-8 打开显示为乱码，未检查。';
  const REOPEN = english ? 'Reopen with GB18030' : '以 GB18030 重新打开';
  const files = ['gbk-notice.txt', 'gbk-edited.txt'];

  before(() => {
    const encoded = encode(NOTICE, 'gb18030', false);
    assert.ok(encoded.ok);
    for (const name of files) writeFileSync(workspaceFile(name).fsPath, encoded.bytes);
  });

  after(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    for (const name of files) rmSync(workspaceFile(name).fsPath, { force: true });
  });

  it('is not checked and gets one hint, whose button reopens it in GB18030 and has it checked', async () => {
    const uri = workspaceFile('gbk-notice.txt');
    const hints: EncodingHint[] = [];
    const first = hintFor(uri, hints);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const hint = await first;
    assert.equal(hint.message, MESSAGE);
    assert.deepEqual(hint.actions, [REOPEN]);
    assert.match(document.getText(), /\uFFFD/);
    // Not a ✓: the status bar says the draft was not checked.
    await when(() => api.placeholderStatus(), (text) => text === '$(warning) 占位符 未检查', [api.onDidChangePlaceholderStatus], 'the status 未检查');
    const more = api.onDidShowEncodingHint((h) => h.uri === uri.toString() && hints.push(h));
    try {
      // A change of language reaches the server as a close and an open: it tells again, the client says nothing.
      for (const language of ['markdown', 'plaintext']) {
        const published = diagnosticsEvent(uri, () => document.languageId === language);
        await vscode.languages.setTextDocumentLanguage(document, language);
        await published;
        assert.deepEqual(ours(uri), []);
      }
      assert.equal(await hint.run(REOPEN), 'reopened');
      assert.equal(document.getText(), NOTICE);
      assert.equal((document as vscode.TextDocument & { encoding?: string }).encoding, 'gb18030');
      const diagnostics = await diagnosticsWhen(uri, (d) => d.length === FINDINGS.length);
      assert.deepEqual(sortedCodes(diagnostics), [...FINDINGS].sort());
      await when(() => api.placeholderStatus(), (text) => text !== undefined && !text.includes('未检查'), [api.onDidChangePlaceholderStatus], 'the status after the check');
      assert.equal(hints.length, 1, hints.map((h) => h.uri).join());
    } finally {
      more.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('with unsaved changes, leaves the reopening to VS Code’s encoding picker', async () => {
    const uri = workspaceFile('gbk-edited.txt');
    const first = hintFor(uri, []);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const hint = await first;
    // VS Code tells the extension host that the document is dirty just after the edit.
    const dirty = documentChange(editor.document, (d) => d.isDirty);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'X')));
    await dirty;
    try {
      // VS Code refuses to reopen it: the button opens VS Code's encoding picker, which the test closes.
      let settled = false;
      const asked = hint.run(REOPEN).finally(() => (settled = true));
      const deadline = Date.now() + 20_000;
      while (!settled) {
        if (Date.now() > deadline) assert.fail('the encoding picker did not open');
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(await asked, 'asked');
      assert.match(editor.document.getText(), /\uFFFD/);
      assert.ok(editor.document.isDirty);
      assert.deepEqual(ours(uri), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
