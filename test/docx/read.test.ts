import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipSync, strToU8 } from 'fflate';
import { readDocx, type DocxReadResult } from '../../server/src/docx/read.js';
import { formatNumber } from '../../server/src/docx/numbering.js';
import { buildDocx, GONGWEN_LEVELS, lists, lvl, p, r, withDeclaredSize } from '../helpers/docx.js';

function textOf(result: DocxReadResult): string {
  assert.ok(result.ok, result.ok ? '' : `${result.problem}: ${result.detail}`);
  return result.document.text;
}

describe('docx reader: text', () => {
  it('one line per paragraph, runs joined, table cells in order', () => {
    const body = [
      p(['全区固定资产投资累计完成', r('X', '<w:b/>'), '亿元。']),
      p(''),
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      p('结束。'),
    ].join('');
    assert.equal(textOf(readDocx(buildDocx({ body }))), '全区固定资产投资累计完成X亿元。\n\n甲\n乙\n结束。');
  });

  it('keeps tracked insertions, drops deletions, shows a field\'s result, not its instructions', () => {
    const body = [
      '<w:p><w:r><w:t>增长</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>5</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>6</w:t></w:r></w:ins><w:r><w:t>%。</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>',
      '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2025年10月15日</w:t></w:r></w:fldSimple></w:p>',
      '<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a"><w:r><w:t>新</w:t></w:r></w:moveTo></w:p>',
    ].join('');
    assert.equal(textOf(readDocx(buildDocx({ body }))), '增长6%。\n第3页\n2025年10月15日\n新');
  });

  it('tabs stay tabs; a soft break joins Chinese tightly and Latin with a space; page breaks add nothing', () => {
    const body = [
      '<w:p><w:r><w:t>关于加强</w:t><w:br/><w:t>工作的通知</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>PM2.5</w:t><w:br/><w:t>monitoring</w:t><w:tab/><w:t>甲</w:t><w:br w:type="page"/><w:t>乙</w:t></w:r></w:p>',
      '<w:p><w:hyperlink r:id="x" xmlns:r="urn:r"><w:r><w:t>链接&amp;文字</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt></w:p>',
    ].join('');
    assert.equal(textOf(readDocx(buildDocx({ body }))), '关于加强工作的通知\nPM2.5 monitoring\t甲乙\n链接&文字控件');
  });

  it('records where each stretch of text came from', () => {
    const result = readDocx(buildDocx({ body: p(['完成', 'X', '亿元']) }));
    assert.ok(result.ok);
    const [paragraph] = result.document.paragraphs;
    assert.deepEqual(
      paragraph!.pieces.map((piece) => [piece.start, piece.end, piece.t.name]),
      [
        [0, 2, 'w:t'],
        [2, 3, 'w:t'],
        [3, 5, 'w:t'],
      ],
    );
  });
});

describe('docx reader: automatic numbering', () => {
  const numbered = (numbering: string, body: string, styles?: string) => textOf(readDocx(buildDocx({ body, numbering, ...(styles !== undefined && { styles }) })));

  it('the 公文 outline: 一、 （一） 1. （1）, deeper levels starting again under each higher item', () => {
    const body = [
      p('总体情况', { numId: 1, ilvl: 0 }),
      p('粮食生产', { numId: 1, ilvl: 1 }),
      p('具体措施', { numId: 1, ilvl: 2 }),
      p('细项', { numId: 1, ilvl: 3 }),
      p('细项', { numId: 1, ilvl: 3 }),
      p('农村环境', { numId: 1, ilvl: 1 }),
      p('存在问题', { numId: 1, ilvl: 0 }),
      p('基础不牢', { numId: 1, ilvl: 1 }),
      p('正文段落。'),
    ].join('');
    assert.equal(
      numbered(lists([1, GONGWEN_LEVELS]), body),
      ['一、总体情况', '（一）粮食生产', '1.具体措施', '（1）细项', '（2）细项', '（二）农村环境', '二、存在问题', '（一）基础不牢', '正文段落。'].join('\n'),
    );
  });

  it('numbering inherited from a paragraph style through basedOn, and switched off by numId 0', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [p('甲', { style: 'H1' }), p('乙', { style: 'H2' }), p('丙', { style: 'H1b' }), '<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>', p('正文')].join('');
    assert.equal(numbered(lists([1, GONGWEN_LEVELS]), body, styles), '一、甲\n（一）乙\n二、丙\n不编号\n正文');
  });

  it('start values, startOverride on a second instance, and instances of one list continuing it', () => {
    const levels = lvl(0, 'decimal', '%1.').replace('<w:start w:val="1"/>', '<w:start w:val="3"/>');
    const numbering = lists([1, levels], [2, levels, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>', 1], [3, levels, '', 1]);
    const body = [p('甲', { numId: 1 }), p('乙', { numId: 1 }), p('丙', { numId: 2 }), p('丁', { numId: 2 }), p('戊', { numId: 3 })].join('');
    assert.equal(numbered(numbering, body), '3.甲\n4.乙\n1.丙\n2.丁\n3.戊');
  });

  it('lvlRestart 0 keeps a level counting across higher items; isLgl shows the others in decimal', () => {
    const levels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/><w:isLgl/>');
    const body = [p('甲', { numId: 1, ilvl: 0 }), p('a', { numId: 1, ilvl: 1 }), p('乙', { numId: 1, ilvl: 0 }), p('b', { numId: 1, ilvl: 1 })].join('');
    assert.equal(numbered(lists([1, levels]), body), '一、甲\n1.1 a\n二、乙\n2.2 b');
  });

  it('bullets and levels without text give no label; an unknown list none', () => {
    const levels = lvl(0, 'bullet', '•');
    assert.equal(numbered(lists([1, levels]), p('要点', { numId: 1 }) + p('未知', { numId: 9 })), '要点\n未知');
  });

  it('formats Word offers for Chinese outlines', () => {
    const cases: [string, number, string][] = [
      ['chineseCounting', 1, '一'],
      ['chineseCounting', 10, '十'],
      ['chineseCounting', 12, '十二'],
      ['chineseCountingThousand', 101, '一百零一'],
      ['ideographTraditional', 3, '丙'],
      ['ideographZodiac', 2, '丑'],
      ['decimal', 12, '12'],
      ['decimalZero', 7, '07'],
      ['decimalEnclosedCircle', 3, '③'],
      ['decimalEnclosedCircleChinese', 20, '⑳'],
      ['decimalEnclosedParen', 2, '⑵'],
      ['decimalEnclosedFullstop', 2, '⒉'],
      ['decimalFullWidth', 12, '１２'],
      ['upperLetter', 28, 'BB'],
      ['lowerLetter', 1, 'a'],
      ['upperRoman', 14, 'XIV'],
      ['lowerRoman', 4, 'iv'],
      ['chineseLegalSimplified', 12, '壹拾贰'],
      ['ideographDigital', 10, '一〇'],
    ];
    for (const [format, n, expected] of cases) assert.equal(formatNumber(n, format), expected, `${format} ${n}`);
  });
});

describe('docx reader: bad input', () => {
  it('a Word 97–2003 file, an encrypted one, a text file, a ZIP that is no .docx, broken XML', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const encrypted = new Uint8Array([...ole, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const problems = [
      readDocx(ole),
      readDocx(encrypted),
      readDocx(strToU8('一、总体情况')),
      readDocx(zipSync({ 'a.txt': strToU8('x') })),
      readDocx(buildDocx({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' })),
      readDocx(zipSync({ 'word/document.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>') })),
    ].map((r) => (r.ok ? 'ok' : r.problem));
    assert.deepEqual(problems, ['binary', 'encrypted', 'corrupt', 'not-docx', 'xml', 'xml']);
  });

  it('a truncated ZIP is corrupt, not a crash', () => {
    const bytes = buildDocx({ body: p('正文') });
    const result = readDocx(bytes.subarray(0, bytes.length - 30));
    assert.equal(result.ok ? 'ok' : result.problem, 'corrupt');
  });

  it('a part that would inflate past the limit is refused before it is inflated', () => {
    const big = strToU8(`<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(400_000)}</w:body></w:document>`);
    const bytes = zipSync({ 'word/document.xml': big });
    const result = readDocx(bytes, { limits: { maxInflated: 1024 * 1024, maxEntries: 100 } });
    assert.equal(result.ok ? 'ok' : result.problem, 'too-large');
    assert.ok(readDocx(bytes).ok, 'repetitive XML compressed 300× is no bomb under the default limits');
    const many = zipSync(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`word/media/${i}.xml`, strToU8('x')])));
    const entries = readDocx(many, { limits: { maxInflated: 1024 * 1024, maxEntries: 100 } });
    assert.equal(entries.ok ? 'ok' : entries.problem, 'too-large', 'more entries than allowed');
  });

  it('a bomb that declares 3 GB is refused unread; one that declares less than it holds stops at what it declared', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(400_000)}</w:body></w:document>`) });
    const declared = readDocx(withDeclaredSize(bytes, 3 * 1024 ** 3));
    assert.equal(declared.ok ? 'ok' : declared.problem, 'too-large');
    const lying = readDocx(withDeclaredSize(bytes, 1000));
    assert.ok(!lying.ok && (lying.problem === 'corrupt' || lying.problem === 'xml'), JSON.stringify(lying));
  });
});
