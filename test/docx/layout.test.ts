import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8 } from 'fflate';
import { onPath } from '../../server/src/node/on-path.js';
import { lint, normalizeConfig, type Finding, type LayoutMode } from '../../server/src/core/index.js';
import { readLayout } from '../../server/src/docx/layout.js';
import { readDocx, type DocxDocument } from '../../server/src/docx/read.js';
import { buildDocx, docDefaults, fonts, p, pageSetup, r, size, style, themeFonts } from '../helpers/docx.js';
import { gongwen, pageNumberFooter, wordDefaultGongwen, wpsGongwen, wpsSpeech } from './layout-samples.js';

function read(bytes: Uint8Array): DocxDocument {
  const result = readDocx(bytes);
  assert.ok(result.ok, result.ok ? '' : `${result.problem}: ${result.detail}`);
  return result.document;
}

/** The layout rules' findings on a .docx, as `rule: the line it is on: message`. */
function layoutFindings(bytes: Uint8Array, layout?: LayoutMode, locale: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const document = read(bytes);
  const config = normalizeConfig({ locale, ...(layout && { layout }) }).config;
  const findings = lint(document.text, config, { layout: readLayout(document) });
  return findings.filter((f) => f.ruleId.startsWith('layout-')).map((f) => describeFinding(document.text, f));
}

function describeFinding(text: string, f: Finding): string {
  const line = text.slice(0, f.range[0]).split('\n').length - 1;
  return `${f.ruleId} @${line} ${text.slice(f.range[0], f.range[1])}: ${f.message}`;
}

describe('layout of a .docx: GB/T 9704-2012', () => {
  it('reports nothing on a document that follows it (fonts through styles, basedOn, docDefaults and the theme)', () => {
    assert.deepEqual(layoutFindings(gongwen()), []);
    assert.deepEqual(layoutFindings(gongwen(), 'gbt9704'), []);
  });

  it('reports nothing on a WPS 公文 formatted run by run, 方正 fonts, single spacing on a grid of 22 lines', () => {
    assert.deepEqual(layoutFindings(wpsGongwen()), []);
  });

  it('reports what a 公文 typed into Word’s defaults lacks, each once', () => {
    assert.deepEqual(
      layoutFindings(wordDefaultGongwen()).map((f) => f.slice(0, f.indexOf(' ', f.indexOf('@')))),
      ['layout-page @0', 'layout-number-date @1', 'layout-title @2', 'layout-title @2', 'layout-title @2', 'layout-body @3', 'layout-body @3', 'layout-body @3', 'layout-headings @5', 'layout-number-date @8'],
    );
  });

  it('resolves fonts and sizes the way Word does', () => {
    const layout = readLayout(read(gongwen()));
    const spans = (i: number) => layout.paragraphs[i]!.spans.map((s) => [s.font, s.size]);
    assert.deepEqual(spans(4), [['方正小标宋简体', 22]], 'the title: its style over docDefaults');
    assert.deepEqual(spans(8), [['仿宋_GB2312', 16]], 'body text: the theme font named in docDefaults');
    assert.deepEqual(spans(9), [['黑体', 16]], 'a heading: its style, based on BodyText and Normal');
    assert.deepEqual(spans(11), [['楷体_GB2312', 16], ['仿宋_GB2312', 16]], 'a character style over the paragraph style');
    assert.deepEqual(layout.paragraphs[18]!.indent, { right: 64, rightChars: 4 });
    assert.deepEqual(layout.paragraphs[18]!.alignment, 'right');
    assert.deepEqual(layout.paragraphs[8]!.line, { value: 28, rule: 'exact' });
    const [section] = layout.sections;
    assert.equal(layout.sections.length, 1);
    assert.equal(section!.firstParagraph, 0);
    assert.deepEqual(
      Object.values(section!.margins!).map((mm) => Math.round(mm * 10) / 10),
      [37, 26, 35, 28],
    );
    assert.deepEqual(section!.pageNumber, { text: '— 1 —', font: '宋体', size: 14, alignment: 'right' });
  });

  it('reports wrong margins, body font, line spacing and title size once each, on the right paragraph, with the clause', () => {
    const bytes = gongwen({
      sectPr: pageSetup({ top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 }),
      bodyFont: '宋体',
      spacing: '<w:jc w:val="both"/>',
      titleSize: 18,
      minorHeadings: false,
    });
    assert.deepEqual(layoutFindings(bytes), [
      'layout-page @0 某某市人民政府文件: 页边距应为上 37 mm、下 35 mm、左 28 mm、右 26 mm（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，GB/T 9704-2012 §5.2.1），这里上边距（天头）为 25.4 mm、下边距为 25.4 mm、左边距（订口）为 31.8 mm、右边距为 31.8 mm',
      'layout-title @4 某某市人民政府关于加强: 标题一般用二号（22 磅）字（GB/T 9704-2012 §7.3.1），这里是小二（18 磅）',
      'layout-body @7 各区人民政府，市政府各部门：: 正文行距应约为 28–29.5 磅（每面 22 行、每行 28 字，GB/T 9704-2012 §5.2.3），这里是单倍行距（约 20.8 磅）（共 9 段）',
      'layout-body @8 为进一步加强全市安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。: 正文一般用仿宋体字（仿宋_GB2312，GB/T 9704-2012 §5.2.2），这里是「宋体」（共 4 段）',
    ]);
  });

  it('speaks English', () => {
    const bytes = gongwen({ titleSize: 18 });
    assert.deepEqual(layoutFindings(bytes, undefined, 'en'), ['layout-title @4 某某市人民政府关于加强: The title is 22 pt (二号) (GB/T 9704-2012 §7.3.1); here it is 18 pt (小二)']);
  });

  it('checks a speech draft only when asked: layout "gbt9704"', () => {
    assert.deepEqual(layoutFindings(wpsSpeech()), []);
    assert.deepEqual(layoutFindings(wpsSpeech(), 'off'), []);
    const asked = layoutFindings(wpsSpeech(), 'gbt9704');
    assert.deepEqual(
      asked.map((f) => f.slice(0, f.indexOf(':'))),
      [
        'layout-page @0 在全区重点项目推进会上的讲话',
        'layout-title @0 在全区重点项目推进会上的讲话',
        'layout-title @0 在全区重点项目推进会上的讲话',
        'layout-title @0 在全区重点项目推进会上的讲话',
        'layout-body @2 同志们：',
        'layout-body @2 同志们：',
        'layout-body @2 同志们：',
        'layout-headings @4 一、总体情况',
      ],
    );
    assert.ok(asked.every((f) => /GB\/T 9704-2012 §\d/.test(f)), 'each message names its clause');
  });

  it('turns the layout rules off with layout "off", even on a 公文', () => {
    assert.deepEqual(layoutFindings(gongwen({ titleSize: 18 }), 'off'), []);
  });

  it('reports heading fonts by level, the heading only, once per level and font', () => {
    const extra = [
      p('三、工作要求', { style: 'BodyText' }),
      p('四、其他事项', { style: 'BodyText' }),
      p([r('（二）强化监督检查。', fonts('宋体')), '各区要定期开展检查。'], { style: 'BodyText' }),
    ];
    assert.deepEqual(layoutFindings(gongwen({ extra })), [
      'layout-headings @16 三、工作要求: 第一层标题「三、」一般用黑体字（GB/T 9704-2012 §7.3.3），这里是「仿宋_GB2312」（共 2 处）',
      'layout-headings @18 （二）强化监督检查。: 第二层标题「（二）」一般用楷体（楷体_GB2312）字（GB/T 9704-2012 §7.3.3），这里是「宋体」',
    ]);
  });

  it('checks the document number centred and the date aligned right four characters in', () => {
    const styles = [docDefaults(`${fonts('仿宋_GB2312')}${size(16)}`, '<w:spacing w:line="560" w:lineRule="exact"/>'), style('Normal', { isDefault: true })].join('');
    const body = [
      p('某政发〔2025〕12号'),
      p('关于加强安全生产工作的通知', { pPr: '<w:jc w:val="center"/>', style: 'T' }),
      p('各区人民政府：'),
      p('现就有关事项通知如下。'),
      p('某某市人民政府'),
      p('2025年4月8日', { pPr: '<w:jc w:val="right"/><w:ind w:right="640"/>' }),
    ].join('');
    const found = layoutFindings(buildDocx({ body, styles: styles + style('T', { rPr: `${fonts('方正小标宋简体')}${size(22)}` }), sectPr: pageSetup() }));
    assert.deepEqual(found, [
      'layout-number-date @0 某政发〔2025〕12号: 发文字号应在发文机关标志下居中排布（GB/T 9704-2012 §7.2.5），这里是左对齐',
      'layout-number-date @5 2025年4月8日: 成文日期应右空4字编排（右缩进 4 字符，GB/T 9704-2012 §7.3.5.1），这里右缩进约 2 字符',
    ]);
  });

  it('reads the page number from the footer a section refers to', () => {
    const found = layoutFindings(gongwen({ footer: pageNumberFooter('Times New Roman', 10.5, '第', '页') }));
    assert.deepEqual(found, [
      'layout-page-number @0 某某市人民政府文件: 页码数字左右各放一条一字线，写作「— 1 —」（GB/T 9704-2012 §7.5），这里页脚是「第1页」',
      'layout-page-number @0 某某市人民政府文件: 页码一般用半角宋体阿拉伯数字（GB/T 9704-2012 §7.5），这里是「Times New Roman」',
      'layout-page-number @0 某某市人民政府文件: 页码一般用{expected}字（GB/T 9704-2012 §7.5），这里是五号（10.5 磅）'.replace('{expected}', '四号（14 磅）'),
    ]);
  });
});

describe('layout of a .docx: bad input gives findings or nothing, never a throw', () => {
  const body = [p('某某市人民政府文件'), p('某政发〔2025〕12号', { pPr: '<w:jc w:val="center"/>' }), p('关于开展检查的通知', { pPr: '<w:jc w:val="center"/>' }), p('各区人民政府：'), p('现将有关事项通知如下。')].join('');

  it('without styles.xml: only direct formatting is known, nothing is guessed', () => {
    const layout = readLayout(read(buildDocx({ body, sectPr: pageSetup() })));
    assert.deepEqual(layout.paragraphs[4]!.spans, [{ start: 0, end: 11 }]);
    assert.deepEqual(layoutFindings(buildDocx({ body, sectPr: pageSetup() })), []);
  });

  it('with styles based on each other in a cycle', () => {
    const styles = [style('A', { basedOn: 'B', isDefault: true, rPr: size(16) }), style('B', { basedOn: 'A', rPr: fonts('宋体') })].join('');
    const layout = readLayout(read(buildDocx({ body, styles, sectPr: pageSetup() })));
    assert.deepEqual(layout.paragraphs[4]!.spans, [{ start: 0, end: 11, font: '宋体', size: 16 }]);
    assert.deepEqual(
      layoutFindings(buildDocx({ body, styles, sectPr: pageSetup() })).map((f) => f.slice(0, f.indexOf(':'))),
      ['layout-title @2 关于开展检查的通知', 'layout-title @2 关于开展检查的通知', 'layout-body @3 各区人民政府：', 'layout-body @3 各区人民政府：'],
    );
  });

  it('with a font that is not installed anywhere: it is named', () => {
    const styles = [docDefaults(`${fonts('Foo Sans CJK')}${size(16)}`, '<w:spacing w:line="560" w:lineRule="exact"/>'), style('Normal', { isDefault: true })].join('');
    const found = layoutFindings(buildDocx({ body, styles, sectPr: pageSetup() }));
    assert.ok(found.some((f) => f.includes('layout-body @3') && f.includes('「Foo Sans CJK」')), found.join('\n'));
  });

  it('with sections of different settings: each is checked, on its own first paragraph', () => {
    const styles = [docDefaults(`${fonts('仿宋_GB2312')}${size(16)}`, '<w:spacing w:line="560" w:lineRule="exact"/>'), style('Normal', { isDefault: true })].join('');
    const sections = [
      p('某某市人民政府文件'),
      p('某政发〔2025〕12号', { pPr: '<w:jc w:val="center"/>' }),
      p('各区人民政府：'),
      p('现将有关事项通知如下。', { pPr: `<w:sectPr>${pageSetup()}</w:sectPr>` }),
      p('附表', { pPr: `<w:sectPr>${pageSetup({ width: 297, height: 210, top: 20, bottom: 20, left: 20, right: 20 })}</w:sectPr>` }),
      p(''),
      p('附件2'),
    ].join('');
    const bytes = buildDocx({ body: sections, styles, sectPr: pageSetup({ width: 215.9, height: 279.4 }) });
    const layout = readLayout(read(bytes));
    assert.deepEqual(layout.sections.map((s) => s.firstParagraph), [0, 4, 5]);
    assert.deepEqual(layoutFindings(bytes), ['layout-page @6 附件2: 公文用纸应为 A4 型纸（210 mm × 297 mm，GB/T 9704-2012 §5.1），这里是 215.9 mm × 279.4 mm']);
  });

  it('without any sectPr, with a broken theme and a broken footer', () => {
    const bytes = buildDocx({
      body,
      styles: docDefaults('<w:rFonts w:eastAsiaTheme="minorEastAsia"/>'),
      sectPr: null,
      extra: { 'word/theme/theme1.xml': strToU8('<a:theme><a:themeElements>'), 'word/footer1.xml': strToU8('<w:ftr><w:p>') },
    });
    const layout = readLayout(read(bytes));
    assert.deepEqual(layout.sections, [{ firstParagraph: 0 }]);
    assert.deepEqual(layoutFindings(bytes), []);
  });

  it('an empty document', () => {
    const layout = readLayout(read(buildDocx({ body: '' })));
    assert.deepEqual(layout, { paragraphs: [], sections: [{ firstParagraph: 0 }] });
    assert.deepEqual(lint('', undefined, { layout }), []);
  });

  it('a layout that is not the text’s (paragraphs and lines differ) is not used', () => {
    const layout = readLayout(read(gongwen({ titleSize: 18 })));
    const text = read(gongwen()).text;
    assert.equal(lint(text, undefined, { layout }).filter((f) => f.ruleId === 'layout-title').length, 1);
    assert.deepEqual(lint(`${text}\n多出的一段。`, undefined, { layout }).filter((f) => f.ruleId.startsWith('layout-')), []);
  });
});

describe('layout of a .docx: themes', () => {
  it('a theme font named by eastAsiaTheme wins over the name beside it', () => {
    const styles = [docDefaults(`<w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="majorEastAsia"/>${size(16)}`), style('Normal', { isDefault: true })].join('');
    const layout = readLayout(read(buildDocx({ body: p('正文'), styles, theme: themeFonts('黑体', '仿宋') })));
    assert.equal(layout.paragraphs[0]!.spans[0]!.font, '黑体');
  });

  it('a page number’s digits take the theme’s Latin font, not its East Asian one', () => {
    const footer = pageNumberFooter('宋体', 14).replaceAll('w:ascii="宋体" w:hAnsi="宋体"', 'w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"');
    const layout = readLayout(read(gongwen({ footer })));
    assert.equal(layout.sections[0]!.pageNumber!.font, 'Calibri');
  });
});

describe('layout of a .docx written by LibreOffice', () => {
  // LibreOffice writes its own styles.xml, docDefaults, theme, section and footers: the same layout must come out.
  it('gives the findings of the document it saved (when installed)', { skip: !onPath('soffice') && 'LibreOffice is not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-layout-lo-'));
    try {
      const samples = {
        conformant: gongwen(),
        wrong: gongwen({ sectPr: pageSetup({ top: 25.4, bottom: 25.4, left: 31.8, right: 31.8, footer: 'rIdFooter1' }), bodyFont: '宋体', titleSize: 18, footer: pageNumberFooter('Times New Roman', 10.5, '第', '页') }),
      };
      for (const [name, bytes] of Object.entries(samples)) writeFileSync(join(dir, `${name}.docx`), bytes);
      const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'saved'), ...Object.keys(samples).map((n) => join(dir, `${n}.docx`))], {
        encoding: 'utf8',
        timeout: 180_000,
      });
      assert.equal(run.status, 0, run.stderr);
      for (const [name, bytes] of Object.entries(samples)) {
        const saved = readFileSync(join(dir, 'saved', `${name}.docx`));
        assert.notDeepEqual(new Uint8Array(saved), bytes, 'LibreOffice wrote its own package');
        assert.deepEqual(layoutFindings(saved), layoutFindings(bytes), name);
      }
      assert.equal(layoutFindings(samples.wrong).length, 8, 'margins, title size, body font, two heading levels, three of the page number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
