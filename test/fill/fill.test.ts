import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/core/index.js';
import { adjacentBlank, blankAt, fillAllEdits, fillEdit, identicalBlanks, shiftAfterEdit, toBlank, type Blank } from '../../client/src/blank-list.js';
import { sharedLabel } from '../../server/src/fill/blanks.js';
import { sentenceAround } from '../../server/src/fill/sentence.js';
import { normalizeFill } from '../../server/src/fill/validate.js';

/** The blanks of a text as the editor gets them: from the placeholder findings and their data. */
function blanksOf(text: string): Blank[] {
  return lint(text)
    .filter((f) => f.ruleId === 'placeholder')
    .map((f) => toBlank(f.range, f.message, f.data)!);
}

function apply(text: string, edits: readonly { range: readonly [number, number]; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

describe('sentenceAround', () => {
  const text = '　　上半年，全区固定资产投资累计完成X亿元，同比增长X%，增幅排名第一。下一句。';
  it('marks the blank inside its sentence', () => {
    const range = blanksOf(text)[0]!.range;
    assert.equal(sentenceAround(text, range), '上半年，全区固定资产投资累计完成【X】亿元，同比增长X%，增幅排名第一。');
  });
  it('cuts a long sentence around the blank without splitting 𠮷', () => {
    const long = `${'𠮷'.repeat(40)}完成X亿元${'甲'.repeat(40)}。`;
    const range = blanksOf(long)[0]!.range;
    const shown = sentenceAround(long, range, 20);
    assert.match(shown, /^…(?:𠮷)*完成【X】亿元甲+…$/);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(shown), 'no lone high surrogate');
  });
  it('marks an editing note once: it already has its brackets', () => {
    const note = '主要成效【待补充】。';
    assert.equal(sentenceAround(note, blanksOf(note)[0]!.range), '主要成效【待补充】。');
    const empty = '会议由【】主持。';
    assert.equal(sentenceAround(empty, blanksOf(empty)[0]!.range), '会议由【】主持。');
  });
  it('stops at a semicolon, ASCII or full width, and shows it', () => {
    assert.equal(sentenceAround('一是抓投资；二是完成X亿元; 三是保就业。', [10, 11]), '二是完成【X】亿元;');
  });
  it('stops at line ends (CRLF)', () => {
    const crlf = '第一行。\r\n在X区召开\r\n第三行';
    assert.equal(sentenceAround(crlf, blanksOf(crlf)[0]!.range), '在【X】区召开');
  });
});

describe('normalizeFill validates by kind', () => {
  const ok = (kind: string, unit: string, input: string, text: string) =>
    assert.deepEqual(normalizeFill(kind, unit, input, 'zh-CN'), { ok: true, text });
  const bad = (kind: string, unit: string, input: string, message: RegExp) => {
    const r = normalizeFill(kind, unit, input, 'zh-CN');
    assert.ok(!r.ok, `${input} should be rejected`);
    assert.match(r.message, message);
  };
  it('numbers: decimals, grouping, 万/亿, Chinese numerals; the unit is not doubled', () => {
    ok('number', '亿元', '12.5', '12.5');
    ok('number', '户', '1,234', '1,234');
    ok('number', '户', '3.2万', '3.2万');
    ok('number', '亿元', '3.5亿元', '3.5');
    ok('number', '个', '十二', '十二');
    ok('number', '', '１２．５', '12.5');
    ok('number', '个', '-3', '-3');
    bad('number', '亿元', '很多', /请输入数字/);
    bad('number', '万元', '3.2万', /单位已有“万”/);
    bad('number', '亿元', '', /请输入数值/);
    bad('number', '亿元', '1,23', /请输入数字/);
  });
  it('percentages: a number, % typed or not', () => {
    ok('percent', '%', '12.5', '12.5');
    ok('percent', '%', '12.5%', '12.5');
    ok('percent', '%', '-2.1％', '-2.1');
    bad('percent', '%', '百分之十', /百分数/);
  });
  it('dates: years, months, days', () => {
    ok('date', '年', '2025', '2025');
    ok('date', '年', '2025年', '2025');
    ok('date', '年', '二〇二五', '二〇二五');
    ok('date', '月', '6', '6');
    ok('date', '月', '十二', '十二');
    ok('date', '日', '31', '31');
    ok('date', '日', '二十八', '二十八');
    ok('date', '日', '十', '十');
    bad('date', '年', '25', /四位年份/);
    bad('date', '月', '13', /月份/);
    bad('date', '日', '32', /日期/);
    bad('date', '日', '三十二', /日期/);
  });
  it('months and days written 一, 二, 三 alone, as any other numeral; not 两 or 〇', () => {
    const valid: [string, string, string][] = [['月', '一', '一'], ['月', '三月', '三'], ['日', '二', '二'], ['日', '一十一', '一十一']];
    for (const [unit, input, text] of valid) ok('date', unit, input, text);
    for (const [unit, input] of [['月', '两'], ['日', '〇'], ['日', '十两']] as const) bad('date', unit, input, unit === '月' ? /月份/ : /日期/);
  });
  it('names and ordinals', () => {
    ok('name', '市', '北京市', '北京');
    ok('name', '区', '海淀', '海淀');
    ok('ordinal', '届', '十九', '十九');
    ok('ordinal', '次', '3', '3');
    bad('ordinal', '次', '三次会议', /序数/);
    ok('label', '号楼', '3', '3');
    ok('label', '号楼', '3号楼', '3');
    ok('label', '号线', 'B2', 'B2');
    bad('label', '号楼', '三层的那栋', /请输入编号.*“号楼”会保留/);
    ok('person', '', '张三', '张三');
    bad('person', '', '张3', /姓名/);
    bad('text', '', '第一行\n第二行', /换行/);
  });
  it('whole dates and times, for slots such as [日期] and [会议时间]', () => {
    for (const input of ['2025年6月18日', '6月18日', '2025年6月', '2025-06-18', '2025.6.18', '二〇二五年六月十八日', '上午9:30', '9时30分', '6月18日（星期三）下午3点', '9:00-11:30']) {
      ok('date', '', input, input);
    }
    for (const input of ['明天', '13月5日', '6月32日', '2025', '下午']) bad('date', '', input, /日期或时间/);
  });
  it('phone numbers', () => {
    for (const input of ['0471-1234567', '138 0000 0000', '(010)12345678', '+86 10 12345678', '12345678转123']) ok('phone', '', input, input);
    for (const input of ['张三', '123', '0471-abc']) bad('phone', '', input, /电话号码/);
  });
  it('a number where the template writes no unit may carry one; where it does, not', () => {
    ok('number', '', '12.5万元', '12.5万元');
    ok('number', '', '300人', '300人');
    ok('number', '', '3.2万', '3.2万');
    bad('number', '', '很多人', /请输入数字/);
    bad('number', '亿元', '3万元', /请输入数字/);
  });
  it('speaks English', () => {
    const r = normalizeFill('number', '亿元', 'many', 'en');
    assert.ok(!r.ok);
    assert.match(r.message, /Enter a number/);
  });
});

describe('filling', () => {
  it('replaces only the blank: the unit, the rest, CRLF and astral characters stay', () => {
    const text = '𠮷村\r\n完成投资X亿元，同比增长X%。\r\n';
    const [first, second] = blanksOf(text);
    const filled = apply(text, [fillEdit(first!, '3.5'), fillEdit(second!, '12')]);
    assert.equal(filled, '𠮷村\r\n完成投资3.5亿元，同比增长12%。\r\n');
  });
  it('fills inside book-title marks', () => {
    const text = '印发《》的通知';
    assert.equal(apply(text, [fillEdit(blanksOf(text)[0]!, '实施方案')]), '印发《实施方案》的通知');
  });
  it('fills the forms of real templates: the digits written before a year, brackets and asterisks go', () => {
    const text = '20××年，二〇××年，县政发〔20××〕×号，县政办发〔〕号，由**建设集团承建，关于召开[会议名称]的通知，请联系（联系人姓名）。';
    const answers = ['2025', '二〇二五', '2025', '3', '2024', '某', '年度工作会议', '张三'];
    const blanks = blanksOf(text);
    assert.deepEqual(blanks.map((b) => b.kind), ['date', 'date', 'date', 'number', 'date', 'name', 'name', 'person']);
    for (const [i, b] of blanks.entries()) assert.ok(normalizeFill(b.kind, b.unit, answers[i]!, 'zh-CN').ok, `${answers[i]} for ${b.kind}`);
    assert.equal(
      apply(text, blanks.map((b, i) => fillEdit(b, answers[i]!))),
      '2025年，二〇二五年，县政发〔2025〕3号，县政办发〔2024〕号，由某建设集团承建，关于召开年度工作会议的通知，请联系张三。',
    );
    assert.ok(!normalizeFill(blanks[0]!.kind, blanks[0]!.unit, '25', 'zh-CN').ok, 'a year has four digits');
  });
  it('finds identical blanks and fills them all at once: names, and slots of one name', () => {
    const cases: [text: string, key: string, answer: string, filled: string][] = [
      ['中共X市X区委；X区振兴发展；X市智慧党建。', 'name:X区', '海淀', '中共X市海淀区委；海淀区振兴发展；X市智慧党建。'],
      ['关于召开[会议名称]的通知：定于[日期]召开[会议名称]。', 'name:会议名称', '年度工作会议', '关于召开年度工作会议的通知：定于[日期]召开年度工作会议。'],
    ];
    for (const [text, key, answer, filled] of cases) {
      const same = identicalBlanks(blanksOf(text), key);
      assert.equal(same.length, 2, key);
      assert.equal(apply(text, fillAllEdits(same, answer)), filled);
    }
    assert.equal(identicalBlanks(blanksOf(cases[0]![0]), 'name:X市').length, 2);
    assert.equal(sharedLabel(identicalBlanks(blanksOf(cases[1]![0]), 'name:会议名称')[0]!, '[会议名称]'), '[会议名称]');
  });
  it('groups repeated compounds such as X届X次 by slot', () => {
    const text = '区委X届X次全会；X届X次全会精神。';
    const blanks = blanksOf(text);
    assert.deepEqual(
      blanks.map((b) => b.key),
      ['ordinal:X届X次#0', 'ordinal:X届X次#1', 'ordinal:X届X次#0', 'ordinal:X届X次#1'],
    );
    assert.equal(apply(text, fillAllEdits(identicalBlanks(blanks, 'ordinal:X届X次#0'), '十二')), '区委十二届X次全会；十二届X次全会精神。');
    assert.equal(sharedLabel(blanks[1]!, 'X'), 'X届【X】次');
    assert.equal(sharedLabel(blanks[0]!, 'X'), '【X】届X次');
  });
  it('labels names by their kind, single blanks by their template', () => {
    const blanks = blanksOf('中共X市X区委；完成X亿元。');
    assert.equal(sharedLabel(blanks[1]!, 'X'), 'X区');
    assert.equal(sharedLabel(blanks[2]!, 'X'), 'X亿元');
  });
  it('walks to the next and previous blank, wrapping', () => {
    const text = 'X亿元，X户，X人';
    const blanks = blanksOf(text);
    const starts = (b: Blank | undefined) => b?.range[0];
    assert.equal(starts(adjacentBlank(blanks, 0, 1)), 4);
    assert.equal(starts(adjacentBlank(blanks, 4, 1, true)), 4);
    assert.equal(starts(adjacentBlank(blanks, 7, 1)), 0);
    assert.equal(starts(adjacentBlank(blanks, 4, -1)), 0);
    assert.equal(starts(adjacentBlank(blanks, 0, -1)), 7);
    assert.equal(adjacentBlank([], 0, 1), undefined);
    assert.equal(starts(blankAt(blanks, 5)), 4);
    assert.equal(blankAt(blanks, 6), undefined);
  });
  it('shifts the remaining blanks after a fill', () => {
    const text = 'X亿元，X户';
    const blanks = blanksOf(text);
    const edit = fillEdit(blanks[0]!, '12.5');
    const rest = shiftAfterEdit(blanks, edit);
    const filled = apply(text, [edit]);
    assert.equal(rest.length, 1);
    assert.equal(filled.slice(rest[0]!.range[0], rest[0]!.range[1]), 'X');
  });
});
