import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { applyFixes, type Finding, type Fix } from '../../server/src/core/index.js';
import { annotateDocx, type Annotation } from '../../server/src/docx/annotate.js';
import { annotationsOf } from '../../server/src/docx/annotations.js';
import { partText } from '../../server/src/docx/package.js';
import { readDocx, type DocxDocument } from '../../server/src/docx/read.js';
import { child, childrenNamed, innerText, parseXml, type XmlElement } from '../../server/src/docx/xml.js';
import { onPath } from '../../server/src/node/on-path.js';
import { buildDocx, GONGWEN_LEVELS, lists, p, r, W_NS } from '../helpers/docx.js';
import { NO_LIBREOFFICE, textAfterTrackedChanges } from '../helpers/libreoffice.js';

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

/** A finding with a fix, as a rule would report it: its range is the fix's unless given. */
const fixing = (fix: Fix, range: Fix['range'] = fix.range): Finding => ({ ruleId: 'test-rule', severity: 'warning', message: `改为「${fix.text}」`, range, fix });

/** The copy with revisions, and what the test compares it with: the fixes applyFixes takes among those tracked. */
function revise(bytes: Uint8Array, fixes: (document: DocxDocument) => Finding[]) {
  const document = read(bytes);
  const findings = fixes(document);
  const annotations = annotationsOf(document, findings, 'zh-CN', { revisions: true });
  const copy = annotateDocx(document, annotations, OPTIONS);
  const tracked = findings.filter((_, i) => annotations[i]!.revision);
  return { document, findings, annotations, copy, tracked, expected: applyFixes(document.text, tracked).output };
}

/** Every w:ins and w:del of a copy's body: kind, id, author, date, its text. */
function revisions(bytes: Uint8Array): { kind: string; id: string; author: string; date: string; text: string }[] {
  const out: { kind: string; id: string; author: string; date: string; text: string }[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === 'w:ins' || e.name === 'w:del') out.push({ kind: e.name, id: e.attrs['w:id']!, author: e.attrs['w:author']!, date: e.attrs['w:date']!, text: innerText(e) });
    for (const c of e.children) if (c.kind === 'element') walk(c);
  };
  walk(parseXml(partText(unzipSync(bytes)['word/document.xml']!)));
  return out;
}

/** Drafts with what makes runs hard: formatting, split runs, hyperlinks, revisions, fields, tabs, numbering, tables. */
const HARD = buildDocx({
  numbering: lists([1, GONGWEN_LEVELS]),
  body: [
    p('总体情况', { numId: 1, ilvl: 0 }),
    p(['会议在', r('X', '<w:b/>'), r('X'), r('市', '<w:i/>'), '召开,参会人员有:张三、李四。']),
    '<w:p><w:r><w:t>详见</w:t></w:r><w:hyperlink w:anchor="note"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>通知全文,附件</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>完成</w:t></w:r><w:ins w:id="7" w:author="甲" w:date="2026-01-01T00:00:00Z"><w:r><w:t>新增任务</w:t></w:r></w:ins><w:del w:id="8" w:author="甲"><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:t>目标。</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页,共</w:t><w:tab/><w:t>5页</w:t></w:r></w:p>',
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t>表内文字,</w:t></w:r><w:r><w:t>共计</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    p('加强', { numId: 1, ilvl: 1 }),
    '<w:p><w:r><w:t>软回车</w:t><w:br/><w:t>之后,</w:t></w:r></w:p>',
    p(''),
    p(['末段', r('文字', '<w:color w:val="FF0000"/>')]),
  ].join(''),
});

/** More containers and run contents: smart tags, content controls, simple fields, moves, several w:t and tabs in one run, a non-breaking hyphen, entities, characters outside the BMP. */
const ODD = buildDocx({
  body: [
    '<w:p><w:smartTag w:uri="u" w:element="place"><w:r><w:t>北京市</w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>海淀区</w:t></w:r></w:sdtContent></w:sdt><w:fldSimple w:instr=" DATE "><w:r><w:t>2026年1月5号</w:t></w:r></w:fldSimple></w:p>',
    '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙,丙</w:t><w:noBreakHyphen/><w:t>丁 &amp; 戊 &lt;己&gt;</w:t></w:r><w:moveTo w:id="3" w:author="乙"><w:r><w:t>移来的字</w:t></w:r></w:moveTo></w:p>',
    '<w:p><w:ins w:id="4" w:author="甲"><w:hyperlink w:anchor="a"><w:r><w:t>链接𠀀字</w:t></w:r></w:hyperlink></w:ins><w:customXml w:element="x"><w:r><w:t xml:space="preserve"> 两端空格 </w:t></w:r></w:customXml></w:p>',
    p([r('一', '<w:sz w:val="32"/>'), r('二', '<w:sz w:val="28"/>'), r('三'), r('四', '<w:u w:val="single"/>')]),
  ].join(''),
});

describe('docx tracked changes (修订)', () => {
  it('writes a fix as w:del of the old runs and w:ins of the new text, keeping their formatting, with its comment on the same characters', () => {
    const { copy, expected, tracked, findings } = revise(HARD, (d) => [
      fixing({ range: [d.text.indexOf('XX'), d.text.indexOf('XX') + 3], text: '某某县' }),
      fixing({ range: [d.text.indexOf(',参会'), d.text.indexOf(',参会') + 1], text: '，' }),
      fixing({ range: [d.text.indexOf('末段文字'), d.text.indexOf('末段文字') + 4], text: '结尾' }),
    ]);
    assert.equal(tracked.length, findings.length);
    assert.equal(read(copy).text, expected);
    assert.ok(expected.includes('会议在某某县召开，参会人员有'), expected);
    const ours = revisions(copy).filter((c) => c.author === '公文校对');
    // Neighbouring runs share one w:del.
    assert.deepEqual(
      ours.map((c) => [c.kind, c.text]),
      [
        ['w:del', 'XX市'],
        ['w:ins', '某某县'],
        ['w:del', ','],
        ['w:ins', '，'],
        ['w:del', '末段文字'],
        ['w:ins', '结尾'],
      ],
    );
    assert.ok(ours.every((c) => c.date === OPTIONS.date));
    const ids = [...revisions(copy).map((c) => c.id), ...comments(copy).map((c) => c.id)];
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    // The bold X stays bold when deleted; the replacement takes the first deleted run's properties.
    const xml = partText(unzipSync(copy)['word/document.xml']!);
    assert.match(xml, /<w:del [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:delText xml:space="preserve">X<\/w:delText><\/w:r><w:r>/);
    assert.match(xml, /<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">某某县<\/w:t><\/w:r><\/w:ins>/);
    // The comment spans the deleted runs and the inserted one: read without deletions, it covers the new text.
    assert.deepEqual(
      comments(copy).map((c) => [c.covers, c.text]),
      [
        ['某某县', '改为「某某县」已作修订：将「XX市」改为「某某县」（公文校对 · test-rule）'],
        ['，', '改为「，」已作修订：将「,」改为「，」（公文校对 · test-rule）'],
        ['结尾', '改为「结尾」已作修订：将「末段文字」改为「结尾」（公文校对 · test-rule）'],
      ],
    );
  });

  it('insertions, deletions, fixes at run boundaries, in hyperlinks, in another reviewer\'s insertion, in fields and tables', () => {
    const { copy, expected, tracked, findings, document } = revise(HARD, (d) => {
      const at = (needle: string, offset = 0) => d.text.indexOf(needle) + offset;
      return [
        fixing({ range: [at('会议在'), at('会议在')], text: '本次' }),
        fixing({ range: [at('召开'), at('召开') + 2], text: '' }),
        fixing({ range: [at('通知全文,'), at('通知全文,') + 0], text: '《' }),
        fixing({ range: [at('全文,附件'), at('全文,附件') + 3], text: '文，' }),
        fixing({ range: [at('附件。') + 2, at('附件。') + 2], text: '等' }),
        fixing({ range: [at('新增任务', 2), at('新增任务', 4)], text: '工作' }),
        fixing({ range: [at('目标。'), at('目标。') + 2], text: '指标' }),
        fixing({ range: [at('页,共'), at('页,共') + 2], text: '页，' }),
        fixing({ range: [at('表内文字,'), at('表内文字,') + 5], text: '表格文字，' }),
        fixing({ range: [at('共计'), at('共计') + 2], text: '合计' }),
      ];
    });
    assert.equal(tracked.length, findings.length, 'each is tracked');
    assert.equal(read(copy).text, expected);
    assert.notEqual(expected, document.text);
    assert.ok(expected.includes('本次会议在XX市,参会') && expected.includes('详见《通知文，附件等。') && expected.includes('完成新增工作指标。'), expected);
    // Deleting text another reviewer inserted: our w:del inside their w:ins.
    assert.match(partText(unzipSync(copy)['word/document.xml']!), /<w:ins w:id="7" w:author="甲"[^>]*><w:r><w:t[^>]*>新增<\/w:t><\/w:r><w:commentRangeStart w:id="5"\/><w:del [^>]*><w:r><w:delText[^>]*>任务<\/w:delText><\/w:r><\/w:del><w:ins /);
  });

  it('fixes inside a numbering label, across paragraphs, over a tab or in a paragraph with a line break stay comments; overlapping ones are chosen as applyFixes does', () => {
    const { copy, expected, annotations, document } = revise(HARD, (d) => {
      const at = (needle: string, offset = 0) => d.text.indexOf(needle) + offset;
      return [
        fixing({ range: [0, 1], text: '二' }),
        fixing({ range: [at('李四。'), at('详见') + 1], text: '李四' }),
        fixing({ range: [at('共\t5'), at('共\t5') + 3], text: '共5' }),
        fixing({ range: [at('之后,'), at('之后,') + 3], text: '以后，' }),
        fixing({ range: [at('末段'), at('末段') + 2], text: '最后' }),
        fixing({ range: [at('末段', 1), at('末段', 3)], text: '尾文' }),
        fixing({ range: [at('加强'), at('加强')], text: '进一步' }),
      ];
    });
    assert.deepEqual(
      annotations.map((a) => a.revision?.text ?? null),
      [null, null, null, null, '最后', null, '进一步'],
    );
    assert.equal(read(copy).text, expected);
    assert.ok(expected.includes('最后文字') && expected.includes('（一）进一步加强'), expected);
    assert.equal(comments(copy).length, 7, 'every finding keeps its comment');
    assert.match(comments(copy)[0]!.text, /建议：将「一」改为「二」/);
    assert.equal(document.text.split('\n').length, expected.split('\n').length);
  });

  it('whatever the fixes, the copy read back is the text with the tracked ones applied (many random fixes on each paragraph)', () => {
    let seed = 20;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['', '，', '某', '《通知》', 'A&B<C>', '𠀀'];
    let trackedTotal = 0;
    for (let round = 0; round < 300; round++) {
      const draft = round % 2 === 0 ? HARD : ODD;
      const { copy, expected, tracked } = revise(draft, (d) =>
        Array.from({ length: 1 + random(8) }, () => {
          const start = random(d.text.length + 1);
          const end = Math.min(d.text.length, start + random(5));
          return fixing({ range: [start, end], text: pieces[random(pieces.length)]! }, [Math.max(0, start - random(3)), end]);
        }),
      );
      trackedTotal += tracked.length;
      assert.equal(read(copy).text, expected, `round ${round}`);
      assert.equal(read(copy).paragraphs.length, read(draft).paragraphs.length);
    }
    assert.ok(trackedTotal > 150, `${trackedTotal} fixes tracked`);
  });

  it('a document without paragraphs: nothing to track, nothing thrown', () => {
    const { copy, annotations } = revise(buildDocx({ body: '' }), () => [fixing({ range: [0, 0], text: '某' })]);
    assert.equal(annotations[0]!.revision, undefined);
    assert.equal(read(copy).text, '');
  });

  it('with comments only, no revision is written and the text is unchanged', () => {
    const document = read(HARD);
    const at = document.text.indexOf(',参会');
    const annotations = annotationsOf(document, [fixing({ range: [at, at + 1], text: '，' })], 'en', { revisions: false });
    const copy = annotateDocx(document, annotations, OPTIONS);
    assert.deepEqual(revisions(copy).filter((c) => c.author === '公文校对'), []);
    assert.equal(read(copy).text, document.text);
    assert.match(comments(copy)[0]!.text, /Suggestion: change "," to "，"/);
  });

  it('LibreOffice opens the copy: accepting all changes gives the fixed text, rejecting them the original (when installed)', { skip: NO_LIBREOFFICE }, async () => {
    const draft = buildDocx({
      body: [
        p(['会议在', r('X', '<w:b/>'), r('X'), r('市', '<w:i/>'), '召开,参会人员有:张三、李四。']),
        '<w:p><w:r><w:t>详见</w:t></w:r><w:hyperlink w:anchor="note"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>通知全文,附件</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>',
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表内文字,</w:t></w:r><w:r><w:t>共计</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        p(['末段', r('文字', '<w:color w:val="FF0000"/>'), '。']),
        '<w:p><w:r><w:t>完成</w:t></w:r><w:ins w:id="7" w:author="甲" w:date="2026-01-01T00:00:00Z"><w:r><w:t>新增任务</w:t></w:r></w:ins><w:r><w:t>目标,</w:t><w:tab/><w:t>共5项,</w:t></w:r></w:p>',
      ].join(''),
    });
    const { copy, expected, tracked, document } = revise(draft, (d) => {
      const at = (needle: string, offset = 0) => d.text.indexOf(needle) + offset;
      return [
        fixing({ range: [at('XX市'), at('XX市') + 3], text: '某某县' }),
        fixing({ range: [at(',参会'), at(',参会') + 1], text: '，' }),
        fixing({ range: [at('有:') + 1, at('有:') + 2], text: '：' }),
        fixing({ range: [at('会议'), at('会议')], text: '本次' }),
        fixing({ range: [at('全文,'), at('全文,') + 3], text: '文，' }),
        fixing({ range: [at('附件。') + 2, at('附件。') + 2], text: '等' }),
        fixing({ range: [at('文字,'), at('文字,') + 3], text: '内容，' }),
        fixing({ range: [at('末段文字'), at('末段文字') + 4], text: '' }),
        fixing({ range: [at('任务目标'), at('任务目标') + 4], text: '工作指标' }),
        fixing({ range: [at('标,') + 1, at('标,') + 2], text: '，' }),
        fixing({ range: [at('5项,', 2), at('5项,', 3)], text: '。' }),
      ];
    });
    assert.equal(tracked.length, 11);
    assert.equal(read(copy).text, expected);
    assert.ok(expected.endsWith('完成新增工作指标，\t共5项。'), expected);
    assert.equal(textAfterTrackedChanges(copy, 'accept'), expected);
    // Rejecting all rejects the other reviewer's insertion too.
    assert.equal(textAfterTrackedChanges(copy, 'reject'), document.text.replace('新增任务', ''));
    const mammothText = await mammoth.extractRawText({ buffer: Buffer.from(copy) });
    assert.ok(mammothText.value.includes('本次会议在某某县召开，参会人员有：张三、李四。'), mammothText.value);
  });
});
