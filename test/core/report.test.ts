import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig, type Config } from '../../server/src/core/config/config.js';
import { contextOf, lintReport, type ReportHeading } from '../../server/src/core/report.js';

const config = (locale: Config['locale'] = 'zh-CN'): Config => ({ ...defaultConfig(), locale });

const DRAFT = [
  '关于XX市2025年工作情况的报告', // 1
  '', // 2
  '一、基本情况', // 3
  '全区固定资产投资完成5.2亿元，同比增长8%。', // 4
  '（一）主要指标', // 5
  '1.投资', // 6
  '全区固定资产投资完成6.1亿元。', // 7
  '（二）其他', // 8
  '二、下一步打算', // 9
  '要在X月X日前完成，联系电话：[联系电话]。', // 10
  '',
].join('\n');

describe('report data: counts', () => {
  const data = lintReport(DRAFT, config());
  it('counts every finding once, by category in the categories’ order and by severity', () => {
    assert.equal(data.total, data.findings.length);
    assert.deepEqual(
      data.byCategory.map((c) => c.id),
      ['placeholder', 'outline', 'figures', 'punctuation', 'numbers', 'format', 'wording'],
    );
    assert.equal(
      data.byCategory.reduce((n, c) => n + c.count, 0),
      data.total,
    );
    assert.equal(data.byCategory.find((c) => c.id === 'placeholder')!.count, 4);
    assert.equal(data.byCategory.find((c) => c.id === 'figures')!.count, 1);
    assert.equal(data.byCategory.find((c) => c.id === 'placeholder')!.name, '占位符');
    assert.equal(data.bySeverity.error + data.bySeverity.warning + data.bySeverity.info + data.bySeverity.hint, data.total);
    assert.equal(data.bySeverity.error, 4);
  });
  it('names the categories in English when the config says so', () => {
    assert.equal(lintReport(DRAFT, config('en')).byCategory[0]!.name, 'placeholders');
  });
  it('an empty text has nothing to report', () => {
    const empty = lintReport('', config());
    assert.deepEqual([empty.total, empty.outline, empty.blanks, empty.figures, empty.findings], [0, [], [], [], []]);
  });
});

describe('report data: the outline tree', () => {
  const shape = (h: ReportHeading): unknown => [h.marker, h.title, h.level, h.ordinal, h.line, h.children.map(shape)];
  it('nests headings by level, with their ordinals and lines', () => {
    assert.deepEqual(lintReport(DRAFT, config()).outline.map(shape), [
      ['一、', '基本情况', 1, 1, 3, [
        ['（一）', '主要指标', 2, 1, 5, [['1.', '投资', 3, 1, 6, []]]],
        ['（二）', '其他', 2, 2, 8, []],
      ]],
      ['二、', '下一步打算', 1, 2, 9, []],
    ]);
  });
  it('puts the headings inside their article, the articles inside their chapter', () => {
    const text = '第一章　总则\n第一条　为了规范管理，制定本办法。\n（一）适用范围\n第二条　本办法自发布之日起施行。\n';
    assert.deepEqual(lintReport(text, config()).outline.map(shape), [
      ['第一章', '总则', 0, 1, 1, [
        ['第一条', '为了规范管理，制定本办法。', 0, 1, 2, [['（一）', '适用范围', 2, 1, 3, []]]],
        ['第二条', '本办法自发布之日起施行。', 0, 2, 4, []],
      ]],
    ]);
  });
  it('cuts a long title', () => {
    const [h] = lintReport(`一、${'很'.repeat(50)}\n`, config()).outline;
    assert.equal(h!.title, `${'很'.repeat(30)}…`);
  });
});

describe('report data: blanks by kind', () => {
  it('groups the blanks the placeholder rule reports, with their lines', () => {
    assert.deepEqual(
      lintReport(DRAFT, config()).blanks.map((b) => [b.kind, b.name, b.count, b.lines]),
      [
        ['name', '名称', 1, [1]],
        ['date', '日期', 2, [10, 10]],
        ['phone', '电话号码', 1, [10]],
      ],
    );
  });
  it('leaves out what the allow-list allows, and everything when the rule is off', () => {
    const allowed: Config = { ...config(), rules: { ...config().rules, placeholder: { severity: 'error', options: { allow: ['X号楼'], patterns: [], regexPatterns: [] } } } };
    assert.deepEqual(lintReport('在X号楼开会。\n', allowed).blanks, []);
    const off: Config = { ...config(), rules: { ...config().rules, placeholder: { severity: 'off', options: { allow: [], patterns: [], regexPatterns: [] } } } };
    assert.deepEqual(lintReport(DRAFT, off).blanks, []);
  });
  it('names the kinds in English', () => {
    assert.deepEqual(
      lintReport(DRAFT, config('en')).blanks.map((b) => b.name),
      ['name', 'date', 'phone number'],
    );
  });
});

describe('report data: figures by metric', () => {
  it('groups the figures figure-conflict compares, with their places, and marks a conflict', () => {
    const figures = lintReport(DRAFT, config()).figures;
    assert.deepEqual(
      figures.map((m) => [m.metric, m.unit, m.values.map((v) => [v.text, v.line]), m.conflict]),
      [
        ['全区固定资产投资', '元', [['5.2亿元', 4], ['6.1亿元', 7]], true],
        ['全区固定资产投资同比增长', '%', [['8%', 4]], false],
      ],
    );
  });
  it('one metric written with and without filler words is one row; equal values are no conflict', () => {
    const text = '全年共组织安全检查1200次。\n全年组织开展安全检查1200次。\n';
    const figures = lintReport(text, config()).figures;
    assert.equal(figures.length, 1);
    assert.deepEqual(figures[0]!.values.map((v) => v.line), [1, 2]);
    assert.equal(figures[0]!.conflict, false);
  });
  it('targets are plans, not results: not in the table', () => {
    assert.deepEqual(lintReport('力争全区固定资产投资达到8亿元。\n', config()).figures, []);
  });
});

describe('report data: findings with their context', () => {
  it('gives line, column, message, rule, category and the fix', () => {
    const data = lintReport('会议于3月5日召开,大家发言。\n', config());
    assert.equal(data.findings.length, 1);
    const f = data.findings[0]!;
    assert.deepEqual([f.ruleId, f.category, f.severity, f.line, f.column, f.fix], ['punctuation-width', 'punctuation', 'warning', 1, 10, { from: ',', to: '，' }]);
    assert.deepEqual([f.context.before, f.context.marked, f.context.after], ['会议于3月5日召开', ',', '大家发言。']);
    assert.equal(data.fixable, 1);
  });
  const cases: [string, [number, number], [string, string, string, boolean, boolean]][] = [
    ['abcXdef', [3, 4], ['abc', 'X', 'def', false, false]],
    // Within the line: the line breaks end the context.
    ['第一行\n在X处\n第三行', [5, 6], ['在', 'X', '处', false, false]],
    ['第一行\r\n在X处\r\n第三行', [6, 7], ['在', 'X', '处', false, false]],
    // Twenty characters either side, and a mark for what was cut.
    [`${'甲'.repeat(30)}X${'乙'.repeat(30)}`, [30, 31], ['甲'.repeat(20), 'X', '乙'.repeat(20), true, true]],
    // At the very start and end of the text.
    ['X', [0, 1], ['', 'X', '', false, false]],
    ['末尾', [2, 2], ['末尾', '', '', false, false]],
    // A range over a line end is cut at the line's end.
    ['前X\n后', [1, 4], ['前', 'X', '', false, true]],
    // A surrogate pair at the edge of the window stays whole (here it is left out, not halved).
    [`𠮷${'甲'.repeat(19)}X`, [21, 22], ['甲'.repeat(19), 'X', '', true, false]],
    [`X${'甲'.repeat(19)}𠮷乙`, [0, 1], ['', 'X', '甲'.repeat(19), false, true]],
    // A long finding is cut to MARKED_MAX characters.
    ['甲'.repeat(50), [0, 50], ['', '甲'.repeat(40), '', false, true]],
  ];
  for (const [text, range, expected] of cases) {
    it(`context of ${JSON.stringify(text.slice(range[0], range[1]))} in ${JSON.stringify(text.slice(0, 12))}…`, () => {
      const c = contextOf(text, range);
      assert.deepEqual([c.before, c.marked, c.after, c.cutBefore, c.cutAfter], expected);
      for (const part of [c.before, c.marked, c.after]) assert.doesNotMatch(part, /^[\udc00-\udfff]|[\ud800-\udbff]$/, 'no half of a surrogate pair');
    });
  }
});
