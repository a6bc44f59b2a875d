import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx, GONGWEN_LEVELS, lists, p, r, withDeclaredSize } from '../helpers/docx.js';
import { writeFileIn } from '../helpers/files.js';
import { NO_LIBREOFFICE, saveAsDoc } from '../helpers/libreoffice.js';
import { readDocx } from '../../server/src/docx/read.js';
import { runCli } from '../helpers/run.js';

/** A PATH without soffice (the CLI runs as node by its absolute path). */
const NO_SOFFICE_PATH = '/nonexistent';

let dir: string;
const file = (name: string, content: string | Uint8Array) => writeFileIn(dir, name, content);
type JsonReport = { filePath: string; messages: { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] };
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[];
const findings = (report: JsonReport | undefined) => report!.messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.message}`);

/** A draft whose headings are Word's automatic numbering, with a skipped (三) made by a second list instance starting at 4. */
const NUMBERED = buildDocx({
  numbering: lists([1, GONGWEN_LEVELS], [2, GONGWEN_LEVELS, '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride>', 1]),
  body: [
    p('关于做好秋冬季农业生产工作的讲话'),
    p('总体情况', { numId: 1, ilvl: 0 }),
    p('粮食生产总体稳定。', { numId: 1, ilvl: 1 }),
    p('农村环境持续改善。', { numId: 1, ilvl: 1 }),
    p('基层治理不断加强。', { numId: 2, ilvl: 1 }),
    p(['全区固定资产投资累计完成', 'X', '亿元，同比增长', 'X', '%。']),
  ].join(''),
});
const SAME_AS_TEXT = ['关于做好秋冬季农业生产工作的讲话', '一、总体情况', '（一）粮食生产总体稳定。', '（二）农村环境持续改善。', '（四）基层治理不断加强。', '全区固定资产投资累计完成X亿元，同比增长X%。'].join('\n');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-docx-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI on Word documents', () => {
  it('a .docx whose headings are automatic numbering gives the findings of the same draft saved as text', async () => {
    const docx = file('same/讲话稿.docx', NUMBERED);
    const txt = file('same/讲话稿.txt', SAME_AS_TEXT);
    const [a, b] = await Promise.all([runCli(['--format', 'json', docx]), runCli(['--format', 'json', txt])]);
    assert.equal(a.code, 1);
    assert.ok(findings(json(a.stdout)[0]).some((f) => f.includes('heading-sequence')), 'the skipped （三） is seen through the numbering');
    assert.deepEqual(findings(json(a.stdout)[0]), findings(json(b.stdout)[0]));
  });

  it('stylish output names the paragraph and its opening words', async () => {
    const docx = file('stylish/讲话稿.docx', NUMBERED);
    const result = await runCli([docx]);
    assert.match(result.stdout, /\n {2}第5段 {2}（四）基层治理不断加强。\n {4}1 +错误 +序号不连续：「（二）」之后应为「（三）」/);
    assert.match(result.stdout, /\n {2}第6段 {2}全区固定资产投资累计完成X亿元，同比增长…\n {4}13 +错误/);
  });

  it('a placeholder split across three runs is found once; deleted text is not linted, inserted text is', async () => {
    const body = [
      p(['会议在', r('X', '<w:b/>'), r('X'), r('市', '<w:i/>'), '召开。']),
      '<w:p><w:r><w:t>完成投资</w:t></w:r><w:del w:id="1" w:author="甲"><w:r><w:delText>X</w:delText></w:r></w:del><w:ins w:id="2" w:author="甲"><w:r><w:t>X</w:t></w:r></w:ins><w:r><w:t>亿元。</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>增长</w:t></w:r><w:del w:id="3" w:author="甲"><w:r><w:delText>X</w:delText></w:r></w:del><w:r><w:t>5%。</w:t></w:r></w:p>',
    ].join('');
    const result = await runCli(['--format', 'json', file('runs/稿.docx', buildDocx({ body }))]);
    assert.deepEqual(
      json(result.stdout)[0]!.messages.map((m) => [m.line, m.column, m.endColumn, m.ruleId]),
      [
        [1, 4, 6, 'placeholder'],
        [2, 5, 6, 'placeholder'],
      ],
    );
  });

  it('--fix reports and never writes a .docx; --stats counts its text', async () => {
    const path = file('fix/稿.docx', NUMBERED);
    const result = await runCli(['--fix', path]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--fix 不改写 Word 文档/);
    assert.deepEqual(readFileSync(path), Buffer.from(NUMBERED));
    const stats = await runCli(['--stats', '--format', 'json', path]);
    assert.equal(stats.code, 0);
    assert.equal((JSON.parse(stats.stdout) as { files: { characters: number }[] }).files[0]!.characters > 50, true);
  });

  it('a directory picks up .docx files, but not Word\'s lock files', async () => {
    file('folder/甲.docx', NUMBERED);
    file('folder/~$甲.docx', strToU8('lock'));
    const result = await runCli(['--format', 'json', join(dir, 'folder')]);
    assert.deepEqual(
      json(result.stdout).map((f) => f.filePath.split('/').pop()),
      ['甲.docx'],
    );
  });

  it('--annotate writes 稿.校对.docx with one comment per finding; the original stays byte for byte; an existing copy needs --force', async () => {
    const path = file('annotate/讲话稿.docx', NUMBERED);
    const copy = join(dir, 'annotate/讲话稿.校对.docx');
    const first = await runCli(['--annotate', '--format', 'json', path]);
    assert.equal(first.code, 1);
    const count = json(first.stdout)[0]!.messages.length;
    assert.equal(count, 3);
    // The one fix (（四） → （三）) is inside Word's numbering, which a tracked change cannot hold.
    assert.match(first.stderr, /已生成 .*讲话稿\.校对\.docx（3 条批注，0 处修订）/);
    assert.deepEqual(readFileSync(path), Buffer.from(NUMBERED));
    const comments = new TextDecoder().decode(unzipSync(readFileSync(copy))['word/comments.xml']);
    assert.equal(comments.match(/<w:comment /g)?.length, count);
    assert.match(comments, /w:author="公文校对"/);
    assert.match(comments, /序号不连续：「（二）」之后应为「（三）」，这里是「（四）」<\/w:t>.*建议：将「四」改为「三」<\/w:t>.*（公文校对 · heading-sequence）/);
    const again = await runCli(['--annotate', path]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /已存在，未覆盖；加 --force 覆盖/);
    const forced = await runCli(['--annotate', '--force', path]);
    assert.equal(forced.code, 1);
    const text = await runCli(['--annotate', file('annotate/稿.txt', '完成X亿元。')]);
    assert.equal(text.code, 2);
    assert.match(text.stderr, /--annotate 只用于 Word 文档/);
    assert.deepEqual(readdirSync(join(dir, 'annotate')).sort(), ['稿.txt', '讲话稿.docx', '讲话稿.校对.docx']);
  });

  it('binary, encrypted, corrupt and bomb-like files: a clear message each, exit 2, nothing written', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const cases: [string, Uint8Array, RegExp][] = [
      ['bad/旧格式.doc', ole, /Word 97–2003（\.doc）或 WPS（\.wps）的二进制格式.*另存为” \.docx；或安装 LibreOffice（使 soffice 在 PATH 中），即自动转换后检查/],
      ['bad/另存.wps', strToU8('{\\rtf1 文字}'), /二进制格式/],
      ['bad/加密.docx', new Uint8Array([...ole, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])]), /设置了打开密码/],
      ['bad/损坏.docx', strToU8('不是压缩包'), /不是有效的 \.docx 文件/],
      ['bad/空包.docx', zipSync({ 'a.txt': strToU8('x') }), /没有 Word 正文/],
      ['bad/炸弹.docx', withDeclaredSize(zipSync({ 'word/document.xml': new Uint8Array(1024 * 1024).fill(0x20) }), 2 * 1024 ** 3), /解压后过大/],
    ];
    for (const [name, bytes, message] of cases) {
      const path = file(name, bytes);
      // Without LibreOffice on the PATH: the .doc and .wps are told how to convert.
      const result = await runCli(['--format', 'json', path], { env: { PATH: NO_SOFFICE_PATH } });
      assert.equal(result.code, 2, name);
      assert.match(result.stderr, message, name);
      assert.deepEqual(json(result.stdout), [], name);
    }
    assert.deepEqual(readdirSync(join(dir, 'bad')).sort(), cases.map(([name]) => name.slice(4)).sort(), 'no file written');
  });

  /** A draft with certain fixes (half-width marks in Chinese, a skipped heading written as text) across formatted runs. */
  const FIXABLE = buildDocx({
    body: [
      p('关于做好秋冬季农业生产工作的讲话'),
      p(['一、总体', r('情况', '<w:b/>')]),
      p(['全区投资完成', r('5', '<w:i/>'), '亿元,同比增长3%。']),
      p('三、主要做法'),
      '<w:p><w:r><w:t>参会人员有</w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>:张三</w:t></w:r></w:hyperlink><w:r><w:t>、李四。</w:t></w:r></w:p>',
    ].join(''),
  });

  it('--annotate writes each certain fix as a tracked change: read back, the copy is what --fix makes of the same text; --annotate=comments writes none', async () => {
    const docx = file('revise/讲话稿.docx', FIXABLE);
    const document = readDocx(FIXABLE);
    assert.ok(document.ok);
    const txt = file('revise/讲话稿.txt', document.document.text);
    const [annotated, fixed] = await Promise.all([runCli(['--annotate', docx]), runCli(['--fix-dry-run', '--format', 'json', txt])]);
    assert.equal(annotated.code, 1, annotated.stderr);
    assert.match(annotated.stderr, /已生成 .*讲话稿\.校对\.docx（3 条批注，3 处修订）/);
    const output = (JSON.parse(fixed.stdout) as { output?: string }[])[0]!.output!;
    assert.ok(output.includes('二、主要做法') && output.includes('亿元，同比') && output.includes('有：张三'), output);
    const copy = readFileSync(join(dir, 'revise/讲话稿.校对.docx'));
    const back = readDocx(copy);
    assert.ok(back.ok);
    assert.equal(back.document.text, output);
    assert.equal(new TextDecoder().decode(unzipSync(copy)['word/document.xml']).match(/<w:ins /g)?.length, 3);
    assert.deepEqual(readFileSync(docx), Buffer.from(FIXABLE));

    const comments = await runCli(['--annotate=comments', '--force', docx]);
    assert.match(comments.stderr, /已生成 .*讲话稿\.校对\.docx（3 条批注）/);
    const plain = readFileSync(join(dir, 'revise/讲话稿.校对.docx'));
    assert.doesNotMatch(new TextDecoder().decode(unzipSync(plain)['word/document.xml']), /<w:(ins|del) /);
    const same = readDocx(plain);
    assert.ok(same.ok);
    assert.equal(same.document.text, document.document.text);
    const wrong = await runCli(['--annotate=revisions-only', docx]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--annotate 只接受 --annotate=comments/);
  });

  it('a .doc (and the same bytes as .wps) is converted by LibreOffice and gives the findings of the .docx; its annotated copy is a .docx (when installed)', { skip: NO_LIBREOFFICE }, async () => {
    const docx = file('doc/讲话稿.docx', FIXABLE);
    const doc = saveAsDoc(FIXABLE);
    const path = file('doc/讲话稿.doc', doc);
    const wps = file('doc/另存.wps', doc);
    const temp = join(dir, 'doc-tmp');
    mkdirSync(temp);
    const env = { TMPDIR: temp };
    const [a, b, c] = await Promise.all([runCli(['--format', 'json', docx]), runCli(['--format', 'json', path], { env }), runCli(['--format', 'json', wps], { env })]);
    assert.equal(b.code, 1, b.stderr);
    assert.match(b.stderr, /讲话稿\.doc：已由 LibreOffice 转换为临时 \.docx 后检查/);
    assert.ok(findings(json(a.stdout)[0]).length >= 3);
    assert.deepEqual(findings(json(b.stdout)[0]), findings(json(a.stdout)[0]));
    assert.deepEqual(findings(json(c.stdout)[0]), findings(json(a.stdout)[0]));
    const annotated = await runCli(['--annotate', path], { env });
    assert.equal(annotated.code, 1, annotated.stderr);
    assert.match(annotated.stderr, /已生成 .*讲话稿\.校对\.docx（3 条批注，3 处修订；原文件经 LibreOffice 转换，副本为 \.docx 格式）/);
    const copy = readDocx(readFileSync(join(dir, 'doc/讲话稿.校对.docx')));
    assert.ok(copy.ok);
    assert.ok(copy.document.text.includes('二、主要做法'), copy.document.text);
    assert.deepEqual(readFileSync(path), Buffer.from(doc), 'the .doc is never written');
    // WPS may save a .doc as RTF: LibreOffice reads that too.
    const rtf = file('doc/rtf.doc', '{\\rtf1\\ansi\\uc0 \\u20250\\u35758\\u22312 XX\\u24066\\u21484\\u24320\\u12290\\par}');
    const fromRtf = await runCli(['--format', 'json', rtf], { env });
    assert.deepEqual(findings(json(fromRtf.stdout)[0]).map((f) => f.split(' ').slice(0, 2).join(' ')), ['1:4-6 placeholder']);
    assert.deepEqual(readdirSync(temp), [], 'the temporary folders are removed');
  });

  it('a corrupt .doc with LibreOffice installed: a clean message, exit 2, nothing written (when installed)', { skip: NO_LIBREOFFICE }, async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(7)]);
    const path = file('corrupt-doc/坏.doc', ole);
    const temp = join(dir, 'corrupt-tmp');
    mkdirSync(temp);
    const result = await runCli(['--annotate', path], { env: { TMPDIR: temp } });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /坏\.doc：LibreOffice 未能将它转换为 \.docx.*请在 Word 或 WPS 中打开/);
    assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
    const noise = file('corrupt-doc/乱码.doc', new Uint8Array(300).fill(0x9c));
    const other = await runCli(['--format', 'json', noise], { env: { TMPDIR: temp } });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /乱码\.doc：LibreOffice 未能将它转换为 \.docx/);
    assert.deepEqual(readdirSync(join(dir, 'corrupt-doc')).sort(), ['乱码.doc', '坏.doc']);
    assert.deepEqual(readFileSync(path), Buffer.from(ole));
    assert.deepEqual(readdirSync(temp), []);
  });
});
