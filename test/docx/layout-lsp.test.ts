import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readDocx } from '../../server/src/docx/read.js';
import { ANNOTATE_DOCX, DOCX_TEXT } from '../../server/src/protocol.js';
import type { Diagnostic } from '../helpers/lsp-client.js';
import { openDocument, folderSession } from '../helpers/lsp-session.js';
import { gongwen, wpsSpeech } from './layout-samples.js';

// The language server reads a .docx's layout beside its text: in the Word view, and for the annotated copy.

let settings: Record<string, unknown> = {};
const session = folderSession('gongwen-layout-lsp-', { settings: () => settings });
const { ask, file } = session;

const layoutCodes = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => String(d.code).startsWith('layout-')).map((d) => `${d.range.start.line}:${String(d.code)}`);

async function openView(fileUri: string): Promise<Diagnostic[]> {
  const result = await ask(DOCX_TEXT, { uri: fileUri });
  assert.ok(result.ok);
  return openDocument(session.client, fileUri.replace(/^file:\/\//, 'gongwen-docx:'), result.text);
}

describe('layout in the language server', () => {
  it('the Word view of a 公文 shows its layout findings', async () => {
    const diagnostics = await openView(file('view/通知.docx', gongwen({ titleSize: 18 })));
    assert.deepEqual(layoutCodes(diagnostics), ['4:layout-title']);
    assert.match(diagnostics.find((d) => d.code === 'layout-title')!.message, /§7\.3\.1/);
  });

  it('the view is linted with the layout read with its text: the file is read once (a .doc converted once)', async () => {
    const uri = file('once/通知.docx', gongwen({ titleSize: 18 }));
    const result = await ask(DOCX_TEXT, { uri });
    assert.ok(result.ok);
    // Gone after the text was read: the layout still comes with it.
    rmSync(fileURLToPath(uri));
    const diagnostics = await openDocument(session.client, uri.replace(/^file:\/\//, 'gongwen-docx:'), result.text);
    assert.deepEqual(layoutCodes(diagnostics), ['4:layout-title']);
  });

  it('gongwen.layout "off" turns them off; a speech draft gets them only with "gbt9704"', async () => {
    settings = { layout: 'off' };
    assert.deepEqual(layoutCodes(await openView(file('off/通知.docx', gongwen({ titleSize: 18 })))), []);
    settings = {};
    assert.deepEqual(layoutCodes(await openView(file('speech/讲话.docx', wpsSpeech()))), []);
    settings = { layout: 'gbt9704' };
    assert.equal(layoutCodes(await openView(file('speech-asked/讲话.docx', wpsSpeech()))).length, 8);
    settings = {};
  });

  it('the annotated copy comments the layout findings, with the file’s configuration', async () => {
    const uri = file('annotate/讲话.docx', wpsSpeech());
    file('annotate/.gongwenrc.json', '{ "layout": "gbt9704" }');
    const result = await ask(ANNOTATE_DOCX, { uri, force: false });
    assert.ok(result.ok);
    const copy = readDocx(readFileSync(join(session.dir, 'annotate/讲话.校对.docx')), { allParts: true });
    assert.ok(copy.ok);
    const comments = new TextDecoder().decode(copy.document.parts!['word/comments.xml']);
    assert.match(comments, /GB\/T 9704-2012 §5\.2\.1/);
    assert.match(comments, /layout-body/);
  });
});
