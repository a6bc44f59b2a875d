import assert from 'node:assert/strict';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../server/src/docx/read.js';
import { ANNOTATE_DOCX, COMMANDS, DOCX_TEXT, docxFileOf } from '../../server/src/protocol.js';
import type { Diagnostic } from '../helpers/lsp-client.js';
import { buildDocx, numberedSpeech, p, r, withDeclaredSize } from '../helpers/docx.js';
import { NO_LIBREOFFICE, saveAsDoc } from '../helpers/libreoffice.js';
import { openDocument, replaceText, folderSession } from '../helpers/lsp-session.js';

// The Word view: the server reads a .docx for the extension, lints its text as a draft, offers no
// edits on it, and writes the annotated copy on request.

let settings: Record<string, unknown> = {};
const session = folderSession('gongwen-docx-view-', { settings: () => settings });
const { ask, file } = session;

/** The Word view of a file URI, as VS Code writes it: `gongwen-docx:/path`. */
const viewOf = (fileUri: string) => fileUri.replace(/^file:\/\//, 'gongwen-docx:');
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`).sort();

describe('the Word view URI', () => {
  it('leads back to its file, with or without an authority, and nothing else', () => {
    assert.equal(docxFileOf('gongwen-docx:/home/me/%E8%AE%B2%E8%AF%9D%E7%A8%BF.docx'), 'file:///home/me/%E8%AE%B2%E8%AF%9D%E7%A8%BF.docx');
    assert.equal(docxFileOf('gongwen-docx://server/share/a.docx'), 'file://server/share/a.docx');
    assert.equal(docxFileOf('file:///home/me/a.docx'), undefined);
    assert.equal(docxFileOf('untitled:Untitled-1'), undefined);
  });
});

describe('gongwen/docxText', () => {
  it('gives the text with Word’s numbering written in, one line a paragraph', async () => {
    const uri = file('view/讲话稿.docx', numberedSpeech());
    const result = await ask(DOCX_TEXT, { uri });
    assert.deepEqual(result, {
      ok: true,
      text: '在全区重点项目推进会上的讲话\n一、总体情况\n全区固定资产投资累计完成X亿元。\n（一）项目进展\n重点项目进展顺利。\n三、存在问题\n要压实责任，加快推进。',
    });
  });

  it('says what is wrong with a file it cannot read, and what to do', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const cases: [string, string, RegExp][] = [
      // With LibreOffice, the .doc is converted — this one is no document at all.
      ['旧格式.doc', file('bad/旧格式.doc', ole), NO_LIBREOFFICE ? /^旧格式\.doc：这是 Word 97–2003（\.doc）或 WPS（\.wps）的二进制格式.*另存为” \.docx/ : /^旧格式\.doc：LibreOffice 未能将它转换为 \.docx/],
      ['加密.docx', file('bad/加密.docx', new Uint8Array([...ole, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])])), /^加密\.docx：文档设置了打开密码/],
      ['损坏.docx', file('bad/损坏.docx', strToU8('不是压缩包')), /^损坏\.docx：不是有效的 \.docx 文件/],
      ['炸弹.docx', file('bad/炸弹.docx', withDeclaredSize(zipSync({ 'word/document.xml': new Uint8Array(1024 * 1024).fill(0x20) }), 2 * 1024 ** 3)), /^炸弹\.docx：解压后过大/],
      ['missing', pathToFileURL(join(session.dir, 'bad/没有.docx')).href, /^没有\.docx：无法读取（ENOENT）$/],
      ['a folder', pathToFileURL(join(session.dir, 'bad')).href, /^bad：无法读取（EISDIR）$/],
      ['not a file URI', 'untitled:Untitled-1', /^只能检查本机磁盘上的 Word 文档：untitled:Untitled-1$/],
      ['not a string', 42 as unknown as string, /^只能检查本机磁盘上的 Word 文档：42$/],
    ];
    // Over 64 MB (a sparse file): refused from its size, never read.
    const huge = file('bad/巨大.docx', new Uint8Array(0));
    truncateSync(join(session.dir, 'bad/巨大.docx'), 65 * 1024 * 1024);
    cases.push(['huge', huge, /^巨大\.docx：Word 文档过大（68157440 字节，上限 67108864 字节）$/]);
    for (const [name, uri, message] of cases) {
      const result = await ask(DOCX_TEXT, { uri });
      assert.equal(result.ok, false, name);
      assert.match(result.ok ? '' : result.message, message, name);
    }
  });
});

describe('the Word view', () => {
  let fileUri: string;
  let view: string;
  let text: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    fileUri = file('view/讲话稿.docx', numberedSpeech());
    view = viewOf(fileUri);
    const result = await ask(DOCX_TEXT, { uri: fileUri });
    assert.ok(result.ok);
    text = result.text;
    // Linted whatever its language and gongwen.languages say.
    settings = { languages: ['markdown'] };
    diagnostics = await openDocument(session.client, view, text, 'plaintext');
  });

  after(() => {
    settings = {};
  });

  it('is linted like a draft: the skipped heading exists only through the numbering', () => {
    assert.deepEqual(codes(diagnostics), ['2:placeholder', '5:heading-sequence']);
    assert.match(diagnostics.find((d) => d.code === 'heading-sequence')!.message, /「一、」之后应为「二、」，这里是「三、」/);
  });

  it('offers no quick fix that edits it, and no fix-all; only the allow-list, which edits .gongwenrc.json', async () => {
    for (const diagnostic of diagnostics) {
      const actions = await session.client.request<{ title: string; edit?: unknown; command?: { command: string } }[]>('textDocument/codeAction', {
        textDocument: { uri: view },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      assert.deepEqual(actions.filter((a) => a.edit !== undefined || a.command?.command !== COMMANDS.allow), [], String(diagnostic.code));
    }
    const whole = { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } };
    const fixAll = await session.client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: view }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(fixAll, []);
    // The same text in a draft does get its fixes: the difference is the view.
    const draft = pathToFileURL(join(session.dir, 'view/draft.txt')).href;
    settings = {};
    const draftDiagnostics = await openDocument(session.client, draft, text);
    const heading = draftDiagnostics.find((d) => d.code === 'heading-sequence')!;
    const actions = await session.client.request<{ edit?: unknown }[]>('textDocument/codeAction', { textDocument: { uri: draft }, range: heading.range, context: { diagnostics: [heading] } });
    assert.ok(actions.some((a) => a.edit !== undefined));
  });

  it('has the outline of its numbered headings', async () => {
    const symbols = await session.client.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: view } });
    assert.deepEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['一、总体情况', ['（一）项目进展']],
        ['三、存在问题', []],
      ],
    );
  });

  it('is configured as its file: the .gongwenrc.json beside the .docx applies', async () => {
    file('configured/.gongwenrc.json', strToU8('{ "rules": { "heading-sequence": "off" } }'));
    const configured = file('configured/讲话稿.docx', numberedSpeech());
    const result = await ask(DOCX_TEXT, { uri: configured });
    assert.ok(result.ok);
    assert.deepEqual(codes(await openDocument(session.client, viewOf(configured), result.text)), ['2:placeholder']);
  });

  it('follows the file: its new text is linted anew', async () => {
    writeFileSync(join(session.dir, 'view/讲话稿.docx'), numberedSpeech('12.5'));
    const result = await ask(DOCX_TEXT, { uri: fileUri });
    assert.ok(result.ok);
    assert.deepEqual(codes(await replaceText(session.client, view, result.text, 2)), ['5:heading-sequence']);
  });
});

describe('gongwen/annotateDocx', () => {
  it('writes the copy beside the file, a comment per finding, asks before replacing it, and never touches the original', async () => {
    const uri = file('annotate/讲话稿.docx', numberedSpeech());
    const original = readFileSync(join(session.dir, 'annotate/讲话稿.docx'));
    const copyUri = pathToFileURL(join(session.dir, 'annotate/讲话稿.校对.docx')).href;

    assert.deepEqual(await ask(ANNOTATE_DOCX, { uri, force: false }), { ok: true, uri: copyUri, comments: 2, revisions: 0 });
    const copy = readDocx(readFileSync(join(session.dir, 'annotate/讲话稿.校对.docx')), { allParts: true });
    assert.ok(copy.ok);
    const comments = new TextDecoder().decode(copy.document.parts!['word/comments.xml']);
    assert.equal(comments.match(/<w:comment /g)?.length, 2);
    assert.match(comments, /未填写的占位符/);
    assert.match(comments, /序号不连续/);

    assert.deepEqual(await ask(ANNOTATE_DOCX, { uri, force: false }), { ok: false, exists: copyUri });
    assert.deepEqual(await ask(ANNOTATE_DOCX, { uri, force: true }), { ok: true, uri: copyUri, comments: 2, revisions: 0 });
    assert.deepEqual(await ask(ANNOTATE_DOCX, { uri: copyUri, force: true }), { ok: false, message: '讲话稿.校对.docx 已是校对副本，不再为它生成副本' });
    assert.deepEqual(readFileSync(join(session.dir, 'annotate/讲话稿.docx')), original);
    assert.deepEqual(readdirSync(join(session.dir, 'annotate')).sort(), ['讲话稿.docx', '讲话稿.校对.docx']);
  });

  it('uses the file’s configuration and writes nothing for a file it cannot read', async () => {
    const uri = file('annotate-config/讲话稿.docx', numberedSpeech());
    writeFileSync(join(session.dir, 'annotate-config/.gongwenrc.json'), '{ "rules": { "placeholder": "off" } }');
    const result = await ask(ANNOTATE_DOCX, { uri, force: false });
    assert.equal(result.ok && result.comments, 1);
    const broken = file('annotate-bad/损坏.docx', strToU8('不是压缩包'));
    const failed = await ask(ANNOTATE_DOCX, { uri: broken, force: false });
    assert.match(!failed.ok && 'message' in failed ? failed.message : '', /^损坏\.docx：不是有效的 \.docx 文件/);
    assert.deepEqual(readdirSync(join(session.dir, 'annotate-bad')), ['损坏.docx']);
  });

  it('a .doc is read through LibreOffice: the text of its .docx, and a .docx copy with the certain fix as a tracked change (when installed)', { skip: NO_LIBREOFFICE }, async () => {
    const docx = buildDocx({ body: [p('关于召开推进会的通知'), p(['参会人员有', r(':', '<w:b/>'), '张三、李四。'])].join('') });
    const uri = file('annotate-doc/通知.doc', saveAsDoc(docx));
    assert.deepEqual(await ask(DOCX_TEXT, { uri }), { ok: true, text: '关于召开推进会的通知\n参会人员有:张三、李四。' });
    const result = await ask(ANNOTATE_DOCX, { uri, force: false });
    assert.ok(result.ok && result.comments >= 1 && result.revisions === 1, JSON.stringify(result));
    assert.equal(result.uri, pathToFileURL(join(session.dir, 'annotate-doc/通知.校对.docx')).href);
    const copy = readDocx(readFileSync(join(session.dir, 'annotate-doc/通知.校对.docx')));
    assert.ok(copy.ok);
    assert.equal(copy.document.text, '关于召开推进会的通知\n参会人员有：张三、李四。');
    assert.deepEqual(readdirSync(join(session.dir, 'annotate-doc')).sort(), ['通知.doc', '通知.校对.docx']);
  });
});
