import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, normalizeConfig, type Finding } from '../../../server/src/core/index.js';
import { FLAGGED, REAL_TEXT } from '../../helpers/placeholder-samples.js';
import { testRule, type InvalidCase } from '../../helpers/rule-tester.js';

const only = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'placeholder');
/** A case whose findings cover these texts, in order. */
const flags = (text: string, flagged: string[], more: Partial<InvalidCase> = {}): InvalidCase => ({ text, errors: flagged.map((f) => ({ flagged: f })), ...more });

// Markdown: skips code, link targets, task boxes and thematic breaks.
const MARKDOWN = [
  '# 讲话稿',
  '',
  '- [ ] 核对数据',
  '',
  '___',
  '',
  '见 [说明](https://example.cn/XX) 与 `XXX` 代码。',
  '',
  '```',
  'X亿元',
  '```',
  '',
  '<!-- 某某 -->',
  '完成投资X亿元。',
].join('\n');

// [text, message, data.kind, data.unit]: the message and data describe the missing content.
const DESCRIBED: [string, string, string, string][] = [
  ['完成X亿元。', '未填写的占位符：数值（亿元）——“完成X亿元”', 'number', '亿元'],
  ['增长X%。', '未填写的占位符：百分比——“增长X%”', 'percent', '%'],
  ['于X月完成。', '未填写的占位符：日期（月）——“于X月完成”', 'date', '月'],
  ['X市召开会议。', '未填写的占位符：名称（市）——“X市召开会议”', 'name', '市'],
  ['第X次会议', '未填写的占位符：届次/序次（次）——“第X次会议”', 'ordinal', '次'],
  ['X届区委', '未填写的占位符：届次/序次（届）——“X届区委”', 'ordinal', '届'],
  ['会场设在X号楼三层。', '未填写的占位符：编号（号楼）——“会场设在X号楼三层”', 'label', '号楼'],
  ['某某同志', '未填写的占位符：人名——“某某同志”', 'person', ''],
  ['培训X余人次。', '未填写的占位符：数值（人次）——“培训X余人次”', 'number', '人次'],
  ['植树X万余棵。', '未填写的占位符：数值（万棵）——“植树X万余棵”', 'number', '万棵'],
  ['作出了X贡献。', '未填写的占位符：内容——“作出了X贡献”', 'text', ''],
  ['【待补充：项目清单】', '未处理的待办标记：【待补充：项目清单】', 'marker', ''],
];

// The forms of real templates, with what each blank is: [text, [flagged, kind, unit, what]...].
const FORMS: [string, [string, string, string, string][]][] = [
  ['20××年工作总结', [['20××', 'date', '年', '日期（年）']]],
  ['20XX年以来', [['20XX', 'date', '年', '日期（年）']]],
  ['20xx年度计划', [['20xx', 'date', '年', '日期（年）']]],
  ['20**年度计划', [['20**', 'date', '年', '日期（年）']]],
  ['二〇××年十二月', [['二〇××', 'date', '年', '日期（年）']]],
  ['县政发〔20××〕×号', [['20××', 'date', '年', '日期（年）'], ['×', 'number', '号', '数值（号）']]],
  ['县政办发〔〕号', [['〔〕', 'date', '年', '日期（年）']]],
  ['县政发[20XX]X号', [['20XX', 'date', '年', '日期（年）'], ['X', 'number', '号', '数值（号）']]],
  ['*乡人民政府', [['*', 'name', '乡', '名称（乡）']]],
  ['***市***区', [['***', 'name', '市', '名称（市）'], ['***', 'name', '区', '名称（区）']]],
  ['由**建设集团承建', [['**', 'name', '公司', '名称（公司）']]],
  ['请**同志讲话', [['**', 'person', '', '人名']]],
  ['全县*万人民', [['*', 'number', '万人', '数值（万人）']]],
  ['第*次会议', [['*', 'ordinal', '次', '届次/序次（次）']]],
  ['关于表彰xx同志的决定', [['xx', 'person', '', '人名']]],
  ['《走进xx》', [['xx', 'text', '', '内容']]],
  ['（三）×××××。', [['×××××', 'text', '', '内容']]],
  ['关于召开[会议名称]的通知', [['[会议名称]', 'name', '', '会议名称']]],
  ['各[单位/部门]：', [['[单位/部门]', 'name', '', '单位/部门']]],
  ['【单位名称】', [['【单位名称】', 'name', '', '单位名称']]],
  ['请联系（联系人姓名）', [['（联系人姓名）', 'person', '', '联系人姓名']]],
  ['电话：（联系电话）', [['（联系电话）', 'phone', '', '联系电话']]],
  ['[日期]', [['[日期]', 'date', '', '日期']]],
  ['会议时间：[具体时间]', [['[具体时间]', 'date', '', '具体时间']]],
  ['[年份]', [['[年份]', 'date', '年', '年份']]],
  ['奖励[金额]', [['[金额]', 'number', '', '金额']]],
  ['[主要事迹]', [['[主要事迹]', 'text', '', '主要事迹']]],
];

/** Each blank's what, whether its repeats take one answer (`shared`), and the allow-list entry it offers. */
const editorData = (text: string, data: [string, boolean, string | undefined][], name?: string): InvalidCase => ({
  text,
  ...(name !== undefined && { name }),
  errors: data.map(([what, shared, allow]) => ({ data: { what, shared: shared || undefined, allow } })),
});

/** [text, patterns, the ranges found]: a literal pattern with half of a surrogate pair never cuts a character in two. */
const HALF_PAIRS: [string, string[], [number, number][]][] = [
  ['𐀀', ['\uD800'], []],
  ['𐀀', ['\uDC00'], []],
  ['甲𠀀乙', ['\uDC00乙'], []],
  ['甲\uD800乙', ['\uD800'], [[1, 2]]],
  ['𠀀甲𠀀', ['𠀀'], [[0, 2], [3, 5]]],
];

testRule('placeholder', {
  valid: [
    ...REAL_TEXT,
    { name: 'allow: entries covering whole terms', text: '走进X银行，参观X战警展。', options: { allow: ['X银行', 'X战警'] } },
    { name: 'severity off', text: 'X亿元', options: { severity: 'off' } },
    ...HALF_PAIRS.filter(([, , ranges]) => ranges.length === 0).map(([text, patterns]) => ({ name: JSON.stringify([text, patterns]), text, options: { patterns } })),
  ],
  invalid: [
    ...FLAGGED.map(([text, flagged]) => flags(text, flagged)),
    flags(MARKDOWN, ['X'], { name: 'markdown: skips code, link targets, task boxes and thematic breaks', format: 'markdown' }),
    flags('负责人：[ ]', ['[ ]'], { name: 'markdown: still flags `[ ]` outside a task list item', format: 'markdown' }),
    ...DESCRIBED.map(([text, message, kind, unit]): InvalidCase => ({ text, errors: [{ message, severity: 'error', data: { kind, unit } }] })),
    ...FORMS.map(([text, blanks]): InvalidCase => ({ text, errors: blanks.map(([flagged, kind, unit, what]) => ({ flagged, data: { kind, unit, what } })) })),
    {
      name: 'a slot name says what belongs in it, in either language',
      text: '关于召开[会议名称]的通知',
      errors: ['未填写的占位符：会议名称——“关于召开[会议名称]的通知”'],
    },
    { text: '关于召开[会议名称]的通知', locale: 'en', errors: ['Unfilled placeholder: name: 会议名称 — "关于召开[会议名称]的通知"'] },
    {
      name: 'slots of one name take one answer, apart from other slots and from X blanks',
      text: '[会议名称]定于[日期]召开，（单位名称）参加[会议名称]。X市',
      errors: [
        { data: { key: 'name:会议名称', shared: true, template: '[会议名称]' } },
        { data: { shared: undefined } },
        { data: { key: 'name:单位名称', shared: true } },
        { data: { key: 'name:会议名称', shared: true } },
        { data: { key: 'name:X市', shared: true } },
      ],
    },
    editorData('***市和X市', [['名称（市）', true, undefined], ['名称（市）', true, undefined]], 'asterisks and X for a city are the same kind of name, and no term to allow'),
    { name: 'the year of an empty 〔〕 goes between its marks', text: '县政办发〔〕号', errors: [{ range: [4, 6], data: { fillRange: [5, 5] } }] },
    {
      name: 'slots are never joined into one compound with their neighbours',
      text: '[单位名称]和[部门名称]',
      errors: [{ data: { template: '[单位名称]', slot: 0 } }, { data: { template: '[部门名称]', slot: 0 } }],
    },
    {
      name: 'shows the words of the clause around the blank, cut with … where it goes on',
      text: '全区固定资产投资累计完成X亿元，同比增长X%。',
      errors: ['未填写的占位符：数值（亿元）——“…投资累计完成X亿元”', '未填写的占位符：百分比——“同比增长X%”'],
    },
    {
      name: 'the words around a blank never cut a number or a Latin word in two',
      text: '决定于20××年×月×日召开全县会议。采购SpaceX12345型号设备X台。',
      errors: [
        '未填写的占位符：日期（年）——“决定于20××年×月×日…”',
        '未填写的占位符：日期（月）——“…于20××年×月×日召开…”',
        '未填写的占位符：日期（日）——“…20××年×月×日召开全县…”',
        '未填写的占位符：数值（台）——“…SpaceX12345型号设备X台”',
      ],
    },
    editorData('在X市X区召开X届X次全会，投资X亿元，增长X%，X月X日，XX同志，会场在X号楼，X银行，X战警', [
      ['名称（市）', true, undefined],
      ['名称（区）', true, undefined],
      ['届次/序次（届）', true, undefined],
      ['届次/序次（次）', true, undefined],
      ['数值（亿元）', false, undefined],
      ['百分比', false, undefined],
      ['日期（月）', false, undefined],
      ['日期（日）', false, undefined],
      ['人名', false, undefined],
      ['编号（号楼）', false, 'X号楼'],
      ['名称（银行）', true, 'X银行'],
      ['内容', false, 'X战警'],
    ], 'tells the editor what the blank is, whether its repeats take one answer, and what may allow it'),
    editorData('第X次常务会议', [['届次/序次（次）', false, undefined]], 'a lone 第X次 is one meeting among many'),
    editorData('由X建设集团承建', [['名称（公司）', true, 'X建设集团']]),
    editorData('××号楼', [['编号（号楼）', false, undefined]], '× is never a letter of a term'),
    editorData('关于XX的通知', [['内容', false, undefined]], 'XX的 is no term'),
    {
      name: 'gives compounds one template and each blank its slot',
      text: '中共X市X区委；X区振兴发展。',
      errors: [
        { data: { template: 'X市X区', slot: 0, key: 'name:X市' } },
        { data: { template: 'X市X区', slot: 1, key: 'name:X区' } },
        { data: { template: 'X区', slot: 0, key: 'name:X区' } },
      ],
    },
    { name: 'keeps book-title marks out of the part a fill replaces', text: '印发《》的通知', errors: [{ range: [2, 4], data: { fillRange: [3, 3] } }] },
    { name: 'speaks English when the locale is en', text: '完成X亿元。', locale: 'en', errors: ['Unfilled placeholder: number (亿元) — "完成X亿元"'] },
    // Options.
    flags('购置X光机和X号设备，投资X万元。', ['X'], { options: { allow: ['X号设备'] } }),
    flags('会场设在X号楼三层。县政发〔2025〕X号文件。X号线。', ['X', 'X'], { name: 'X号楼 does not hide the number of 〔2025〕X号 nor X号线', options: { allow: ['X号楼'] } }),
    flags('会场设在X号楼三层。县政发〔2025〕X号文件。X号线。', ['X', 'X', 'X'], { name: 'an entry shorter than the term hides nothing', options: { allow: ['X号'] } }),
    flags('会场设在X号楼三层。县政发〔2025〕X号文件。X号线。', ['X', 'X'], { name: 'a longer entry covering the term does', options: { allow: ['设在X号楼三层'] } }),
    flags('由（单位名称）负责。', ['（单位名称）'], { name: 'patterns add literal placeholders', options: { patterns: ['（单位名称）'] } }),
    flags('由〔单位〕和〔部门〕负责。', ['〔单位〕', '〔部门〕'], { name: 'regexPatterns add safe regular expressions', options: { regexPatterns: ['〔[^〕]{1,4}〕'] } }),
    { name: 'severity can be lowered', text: 'X亿元', options: { severity: 'warning' }, errors: [{ severity: 'warning' }] },
    // Positions are UTF-16 offsets.
    { name: 'counts an astral character as two code units', text: '𠮷𠮷X亿元', errors: [{ range: [4, 5] }] },
    { name: 'ignores a BOM as content but counts it as an offset', text: '\uFEFFX亿元', errors: [{ range: [1, 2] }] },
    ...HALF_PAIRS.filter(([, , ranges]) => ranges.length > 0).map(([text, patterns, ranges]) => ({
      name: JSON.stringify([text, patterns]),
      text,
      options: { patterns },
      errors: ranges.map((range) => ({ range })),
    })),
  ],
});

describe('placeholder: message words', () => {
  it('stop at indentation and never split a surrogate pair', () => {
    const messages = (text: string) => only(lint(text)).map((f) => f.message);
    assert.match(messages('　　完成X亿元')[0]!, /——“完成X亿元”$/, 'indentation is not part of the words');
    assert.match(messages('𠮷𠮷𠮷完成了X亿元')[0]!, /——“…𠮷完成了X亿元”$/, 'never half of a surrogate pair');
  });
});

describe('placeholder: options', () => {
  const withRule = (setting: unknown) => {
    const result = normalizeConfig({ rules: { placeholder: setting } });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    return result.config;
  };
  const texts = (text: string, setting: unknown) =>
    only(lint(text, withRule(setting))).map((f) => text.slice(f.range[0], f.range[1]));

  it('allow never silences figures, dates, ordinals, people or administrative divisions', () => {
    const text = '投资X亿元，增长X%，X月X日，第X次会议，XX同志，X市X区。';
    const all = texts(text, {});
    assert.equal(all.length, 8);
    assert.deepEqual(texts(text, { allow: ['X亿元', 'X%', 'X月X日', '第X次会议', 'XX同志', 'X市X区', 'X', 'XX'] }), all);
  });
});

describe('placeholder: long inputs', () => {
  // A hang guard, not a performance target (those live in the benchmark): a per-blank scan of the
  // whole text would take minutes here.
  const options = { timeout: 60_000 };
  it('one 300k-character line with 50k blanks', options, () => {
    const text = '完成X亿元，'.repeat(50_000);
    const findings = only(lint(text));
    assert.equal(findings.length, 50_000);
    assert.deepEqual(findings[49_999]!.range, [text.length - 4, text.length - 3]);
  });
  it('the same as Markdown, with underscores and brackets', options, () => {
    const text = '于___年（ ）月[ ]完成，'.repeat(20_000);
    assert.equal(only(lint(text, undefined, { format: 'markdown' })).length, 60_000);
  });
});
