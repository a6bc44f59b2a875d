import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { annotateDocx, type Annotation } from '../../server/src/docx/annotate.js';
import { partText } from '../../server/src/docx/package.js';
import { readDocx, type DocxDocument } from '../../server/src/docx/read.js';
import { child, childrenNamed, innerText, parseXml, type XmlElement } from '../../server/src/docx/xml.js';
import { onPath } from '../../server/src/node/on-path.js';
import { buildDocx, GONGWEN_LEVELS, lists, p, r, W_NS } from '../helpers/docx.js';

const OPTIONS = { author: '公文校对', initials: '校', date: '2026-12-02T08:00:00Z' };

function read(bytes: Uint8Array): DocxDocument {
  const result = readDocx(bytes, { allParts: true });
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return result.document;
}

/** Each comment of an annotated copy: its id, its text, and the document text its range covers. */
function comments(bytes: Uint8Array): { id: string; text: string; covers: string }[] {
  const parts = unzipSync(bytes);
  const document = parseXml(partText(parts['word/document.xml']!));
  const covered = new Map<string, string>();
  const open = new Set<string>();
  const walk = (e: XmlElement) => {
    if (e.name === 'w:commentRangeStart') {
      open.add(e.attrs['w:id']!);
      covered.set(e.attrs['w:id']!, '');
    } else if (e.name === 'w:commentRangeEnd') {
      open.delete(e.attrs['w:id']!);
    } else if (e.name === 'w:t') {
      for (const id of open) covered.set(id, covered.get(id)! + innerText(e));
      return;
    } else if (e.name === 'w:del') {
      return;
    }
    for (const c of e.children) if (c.kind === 'element') walk(c);
  };
  walk(document);
  const list = childrenNamed(child(parseXml(partText(parts['word/comments.xml']!)), 'w:comments')!, 'w:comment');
  return list.map((c) => ({ id: c.attrs['w:id']!, text: innerText(c), covers: covered.get(c.attrs['w:id']!) ?? '(no range)' }));
}

const at = (document: DocxDocument, needle: string, text = needle): Annotation => {
  const start = document.text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { range: [start, start + needle.length], text };
};

describe('docx annotation', () => {
  const DRAFT = buildDocx({
    numbering: lists([1, GONGWEN_LEVELS]),
    body: [
      p('总体情况', { numId: 1, ilvl: 0 }),
      p(['全区投资累计完成', r('X', '<w:b/>'), r('亿元，同比增长', '<w:i/>'), 'X%。']),
      '<w:p><w:r><w:t>完成</w:t></w:r><w:ins w:id="7" w:author="甲"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id="8" w:author="甲"><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:t>任务。</w:t></w:r></w:p>',
    ].join(''),
  });

  it('anchors each comment on exactly the characters of its finding, splitting runs and keeping their formatting', () => {
    const document = read(DRAFT);
    const annotations = [at(document, 'X亿元', '甲'), at(document, '同比', '乙'), at(document, '一、总体', '丙'), at(document, '新增任务', '丁'), at(document, '%。', '戊')];
    const bytes = annotateDocx(document, annotations, OPTIONS);
    assert.deepEqual(
      comments(bytes).map((c) => [c.text, c.covers]),
      [
        ['甲', 'X亿元'],
        ['乙', '同比'],
        // A finding inside a numbering label anchors where the paragraph's own text begins.
        ['丙', '总体'],
        ['丁', '新增任务'],
        ['戊', '%。'],
      ],
    );
    const copy = read(bytes);
    assert.equal(copy.text, document.text, 'the same text, numbering included');
    const runs = copy.paragraphs[1]!.pieces.map((piece) => [document.text.slice(0, 0) + innerText(piece.t), child(child(piece.run, 'w:rPr'), 'w:b') ? 'b' : child(child(piece.run, 'w:rPr'), 'w:i') ? 'i' : '']);
    assert.deepEqual(runs, [
      ['全区投资累计完成', ''],
      ['X', 'b'],
      ['亿元', 'i'],
      ['，', 'i'],
      ['同比', 'i'],
      ['增长', 'i'],
      ['X', ''],
      ['%。', ''],
    ]);
  });

  it('the original document is left as read; comments already there are kept and ours numbered after them', () => {
    const existing = buildDocx({
      body: '<w:p><w:commentRangeStart w:id="4"/><w:r><w:t>已有批注的段落，共X项。</w:t></w:r><w:commentRangeEnd w:id="4"/><w:r><w:commentReference w:id="4"/></w:r></w:p>',
      extra: { 'word/comments.xml': strToU8(`<w:comments xmlns:w="${W_NS}"><w:comment w:id="4" w:author="审核人"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>`) },
    });
    const document = read(existing);
    const before = JSON.stringify(document.tree);
    const bytes = annotateDocx(document, [at(document, 'X', '占位符')], OPTIONS);
    assert.equal(JSON.stringify(document.tree), before);
    assert.deepEqual(
      comments(bytes).map((c) => [c.id, c.text, c.covers]),
      [
        ['4', '请核实', '已有批注的段落，共X项。'],
        ['5', '占位符', 'X'],
      ],
    );
  });

  it('adds the comments part to the relationships and content types, and mammoth reads the copy with the same text', async () => {
    const document = read(DRAFT);
    const bytes = annotateDocx(document, [at(document, 'X亿元', '未填写')], OPTIONS);
    const parts = unzipSync(bytes);
    assert.match(partText(parts['word/_rels/document.xml.rels']!), /relationships\/comments" Target="comments\.xml"/);
    assert.match(partText(parts['[Content_Types].xml']!), /PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"/);
    const [original, copy] = await Promise.all([mammoth.extractRawText({ buffer: Buffer.from(DRAFT) }), mammoth.extractRawText({ buffer: Buffer.from(bytes) })]);
    assert.equal(copy.value, original.value);
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['comment-reference => sup'] });
    assert.match(html.value, /未填写/, 'mammoth finds our comment');
    assert.deepEqual(html.messages.filter((m) => m.type === 'error'), []);
  });

  it('LibreOffice opens the copy, with its text and both comments (when installed)', { skip: !onPath('soffice') && 'LibreOffice is not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-'));
    try {
      const document = read(DRAFT);
      writeFileSync(join(dir, 'copy.docx'), annotateDocx(document, [at(document, 'X亿元', '未填写'), at(document, '新增任务', '核对')], OPTIONS));
      // Flat ODF: the text and the comments (office:annotation) as LibreOffice read them.
      const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fodt', '--outdir', dir, join(dir, 'copy.docx')], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
      const odf = readFileSync(join(dir, 'copy.fodt'), 'utf8');
      const annotations = [...odf.matchAll(/<office:annotation(?=[\s>])[^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      assert.equal(annotations.length, 2);
      assert.ok(annotations[0]!.includes('未填写') && annotations[1]!.includes('核对'), JSON.stringify(annotations));
      const body = odf.replace(/<office:annotation(?=[\s>])[\s\S]*?<\/office:annotation>/g, '').replace(/<[^>]+>/g, '');
      assert.ok(body.includes('全区投资累计完成X亿元，同比增长X%。'), body);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
