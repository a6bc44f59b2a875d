import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { ROOT } from '../helpers/paths.js';
import { contributedGrammars, createRegistry, highlighted, INITIAL, loadOniguruma, loadTheme, styleOf, tokenize, type Style } from './textmate.js';

const GONGWEN = 'text.gongwen';
const MARKDOWN = 'text.html.markdown';
const PLACEHOLDER = 'invalid.illegal.placeholder';

const gongwen = contributedGrammars.find((g) => g.scopeName === GONGWEN)!;
const injection = contributedGrammars.find((g) => g.injectTo)!;
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('grammar files', () => {
  it('package.json contributes the gongwen grammar and the Markdown injection', () => {
    assert.equal(gongwen.language, 'gongwen');
    assert.equal(read(gongwen.path)['scopeName'], GONGWEN);
    assert.equal(injection.language, undefined);
    assert.deepEqual(injection.injectTo, [MARKDOWN]);
    const raw = read(injection.path);
    assert.equal(raw['scopeName'], injection.scopeName);
    const selector = String(raw['injectionSelector']);
    assert.match(selector, /^text\.html\.markdown /);
    for (const excluded of ['markup.fenced_code', 'markup.inline.raw', 'markup.underline.link', 'comment']) assert.ok(selector.includes(`-${excluded}`), excluded);
  });

  it('every regular expression compiles under Oniguruma, and every include resolves', async () => {
    await loadOniguruma();
    const grammars = new Map(contributedGrammars.map((g) => [g.scopeName, read(g.path)]));
    let count = 0;
    for (const [scopeName, raw] of grammars) {
      const repository = (raw['repository'] ?? {}) as Record<string, unknown>;
      const visit = (node: unknown, path: string): void => {
        if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
        if (typeof node !== 'object' || node === null) return;
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
            count++;
            assert.doesNotThrow(() => new oniguruma.OnigScanner([value]).dispose(), `${scopeName} ${path}.${key}: ${value}`);
          } else if (key === 'include' && typeof value === 'string' && value !== '$self' && value !== '$base') {
            const [scope, name] = value.startsWith('#') ? [scopeName, value.slice(1)] : value.split('#');
            const target = scope === scopeName ? repository : ((grammars.get(scope!)?.['repository'] ?? {}) as Record<string, unknown>);
            assert.ok(name && name in target, `${scopeName} ${path}: include ${value}`);
          } else {
            visit(value, `${path}.${key}`);
          }
        }
      };
      visit(raw, scopeName);
    }
    assert.ok(count > 20, `${count} regular expressions`);
  });
});

describe('gongwen: headings', () => {
  // [line, level, marker, title]
  const cases: [string, string, string, string][] = [
    ['一、总体情况', '1', '一、', '总体情况'],
    ['十一、其他事项', '1', '十一、', '其他事项'],
    ['二. 存在问题', '1', '二. ', '存在问题'],
    ['（一）粮食生产总体稳定。全县粮食播种面积12.6万亩。', '2', '（一）', '粮食生产总体稳定。'],
    ['（一）、粮食生产', '2', '（一）、', '粮食生产'],
    ['1.基础还不牢固。', '3', '1.', '基础还不牢固。'],
    ['2．群众参与不够', '3', '2．', '群众参与不够'],
    ['（1）加强农机安全检查；', '4', '（1）', '加强农机安全检查；'],
    ['3）落实责任', '4', '3）', '落实责任'],
    ['①强化组织领导', '5', '①', '强化组织领导'],
    ['　　（四）基层治理不断加强。', '2', '（四）', '基层治理不断加强。'],
  ];
  for (const [line, level, marker, title] of cases) {
    it(`${line}: level ${level}, marker and title`, async () => {
      assert.deepEqual(await highlighted(GONGWEN, line, `markup.heading.${level}.gongwen`), [line.slice(0, line.indexOf(title) + title.length)]);
      assert.deepEqual(await highlighted(GONGWEN, line, 'punctuation.definition.heading.gongwen'), [marker]);
      assert.deepEqual(await highlighted(GONGWEN, line, 'entity.name.section.gongwen'), [title]);
    });
  }

  it('not headings: two numbers, a decimal, a date, a series marker, a marker inside a line', async () => {
    for (const line of ['一、二季度经济运行平稳', '1.5亿元用于基础设施', '2025年完成', '一是提高认识', '抓好安全生产。(1)加强检查'])
      assert.deepEqual(await highlighted(GONGWEN, line, 'markup.heading'), [], line);
  });

  it('placeholders, figures and quotations inside a heading keep their own scopes', async () => {
    const line = '一、X市“十四五”规划完成386.5亿元';
    assert.deepEqual(await highlighted(GONGWEN, line, PLACEHOLDER), ['X']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'string.quoted.double'), ['“十四五”']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'constant.numeric.figure'), ['386.5亿元']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'markup.heading.1.gongwen'), [line]);
  });

  it('articles: 第X章 with its title, 第X条, the first article on the chapter line, 附件', async () => {
    const text = ['第一章　总则　　第一条　为规范政务数据管理，制定本办法。', '　　第二条　本办法适用于本市行政区域。', '第三节 职责分工', '附件2', '附件：1.关于X的说明'].join('\n');
    assert.deepEqual(await highlighted(GONGWEN, text, 'markup.heading.chapter.gongwen'), ['第一章', '总则']);
    assert.deepEqual(await highlighted(GONGWEN, text, 'markup.heading.section.gongwen'), ['第三节', '职责分工']);
    assert.deepEqual(await highlighted(GONGWEN, text, 'markup.heading.article.gongwen'), ['第一条', '第二条']);
    assert.deepEqual(await highlighted(GONGWEN, text, 'keyword.control.ordinal.heading.gongwen'), ['第一章', '第一条', '第二条', '第三节']);
    assert.deepEqual(await highlighted(GONGWEN, text, 'entity.name.section.gongwen'), ['总则', '职责分工', '附件2']);
    assert.deepEqual(await highlighted(GONGWEN, text, 'markup.heading.attachment.gongwen'), ['附件2']);
  });
});

describe('gongwen: run-in series markers', () => {
  it('一是 二要 第三， 其四 首先 其次 最后, where a clause starts', async () => {
    const line = '　　一是提高认识，二要压实责任，第三，强化督导；其四，加强宣传。首先，统一思想；其次，明确责任；最后，严格考核。';
    assert.deepEqual(await highlighted(GONGWEN, line, 'keyword.control.ordinal.series.gongwen'), ['一是', '二要', '第三，', '其四', '首先', '其次', '最后']);
  });
  it('not inside a word, nor the idiom 一是一、二是二', async () => {
    assert.deepEqual(await highlighted(GONGWEN, '统一是前提，一是一、二是二，首先要统一思想。', 'keyword.control.ordinal.series'), []);
  });
});

describe('gongwen: placeholders', () => {
  // [line, the placeholders in it]
  const flagged: [string, string[]][] = [
    ['全区固定资产投资累计完成X亿元，同比增长X%。', ['X', 'X']],
    ['全年累计完成投资Ｘ亿元，向xx同志学习。', ['Ｘ', 'xx']],
    ['在区委X届X次全会上的讲话', ['X', 'X']],
    ['各乡镇要在X月X日前完成。', ['X', 'X']],
    ['制定《20XX年巡察工作计划》。', ['20XX']],
    ['XX同志、XXX', ['XX', 'XXX']],
    ['××市××区，×月×日', ['××', '××', '×', '×']],
    ['某某同志，○○县，□□□', ['某某', '○○', '□□□']],
    ['会议由【】主持，（ ）%，负责人：［ ］', ['【】', '（ ）', '［ ］']],
    ['于___年___月完成，联系人：＿＿＿＿', ['___', '___', '＿＿＿＿']],
    ['【待补充】，（待定），【请填写单位名称】', ['【待补充】', '（待定）', '【请填写单位名称】']],
    ['TODO 补充三季度数据', ['TODO']],
    ['开展“X”专项行动，印发《》的通知', ['X', '《》']],
    ['20××年、20xx年、20**年、二〇××年', ['20××', '20xx', '20**', '二〇××']],
    ['县政发〔20××〕×号，县政办发〔〕号，县政发[20XX]X号', ['20××', '×', '〔〕', '20XX', 'X']],
    ['*乡、***市***区、**社区，由**建设集团承建', ['*', '***', '***', '**', '**']],
    ['关于表彰xx同志的决定，《走进xx》，联系人：xx，', ['xx', 'xx', 'xx']],
    ['（三）×××××。', ['×××××']],
    ['关于召开[会议名称]的通知，各[单位/部门]：【单位名称】，请联系（联系人姓名）', ['[会议名称]', '[单位/部门]', '【单位名称】', '（联系人姓名）']],
    ['**X市**召开会议', ['X']],
  ];
  for (const [line, expected] of flagged) {
    it(line, async () => assert.deepEqual(await highlighted(GONGWEN, line, PLACEHOLDER), expected));
  }

  const clean = [
    '配备X光机和X射线检测仪，沿X轴方向布设X型支架。',
    '建设XML数据交换平台，SpaceX成功发射，更换X86服务器，淘汰Windows XP系统。',
    '加快推进2×35万千瓦热电联产项目，保障7×24小时服务。',
    '推进1+X证书制度，打造“415X”产业集群。',
    '深入实施“数据要素×”行动。',
    '确保到二○二○年基本实现工业化。',
    '坐标为X、Y、Z三个方向，the X factor，3x + 2 = 11。',
    '原局长王某某违规收受礼金；某些地方、某种程度上存在问题。',
    '□同意　□不同意',
    '要把看待补民生短板作为重要任务，具体内容（略）。',
    '访问 https://www.example.gov.cn/XX/index.html 或 xx_office@example.cn',
    '这是**加粗**的文字，注*：数据来源，面积3*4平方米，带*号的为必填项。',
    '* 第一项工作',
    '（盖章）（此页无正文）（以下简称“办法”）（2024—2026年）（试行）【案例】（单位）（负责人）（北京时间）',
    '访问www.xx.com，使用xlsx格式，（3+4）×5',
  ];
  for (const line of clean) {
    it(`not: ${line}`, async () => assert.deepEqual(await highlighted(GONGWEN, line, PLACEHOLDER), []));
  }

  it('placeholders are bold (markup.bold) as well as invalid', async () => {
    const [line] = await tokenize(GONGWEN, '完成X亿元');
    assert.deepEqual(line!.find((t) => t.text === 'X')!.scopes.slice(1), ['markup.bold.placeholder.gongwen', 'invalid.illegal.placeholder.gongwen']);
  });

  it('URLs and e-mail addresses are links', async () => {
    const line = '访问 https://www.example.gov.cn/XX/index.html 或 xx_office@example.cn 查看';
    assert.deepEqual(await highlighted(GONGWEN, line, 'markup.underline.link.gongwen'), ['https://www.example.gov.cn/XX/index.html', 'xx_office@example.cn']);
  });

  it('brackets of placeholders and heading markers are not paired (nor coloured as pairs)', async () => {
    const registry = createRegistry();
    const grammar = await registry.loadGrammarWithConfiguration(GONGWEN, 1, {
      // As VS Code configures a grammar: every scope balanced but those the contribution names.
      balancedBracketSelectors: ['*'],
      unbalancedBracketSelectors: (gongwen as { unbalancedBracketScopes?: string[] }).unbalancedBracketScopes ?? [],
    });
    const balancedAt = (line: string, at: number) => {
      const { tokens } = grammar!.tokenizeLine2(line, INITIAL);
      let metadata = 0;
      for (let i = 0; i < tokens.length; i += 2) if (tokens[i]! <= at) metadata = tokens[i + 1]!;
      return ((metadata >>> 10) & 1) === 1; // EncodedTokenAttributes: balanced brackets in bit 10
    };
    const line = '增长（ ）%（2025年）';
    assert.equal(balancedAt(line, line.indexOf('（ ）')), false);
    assert.equal(balancedAt(line, line.indexOf('（2025')), true);
    assert.equal(balancedAt('（一）总体情况', 0), false);
  });
});

describe('gongwen: figures, dates, quotations, titles', () => {
  it('figures with units, 百分之, Chinese numerals; the unit scoped apart', async () => {
    const line = '完成386.5亿元，增长5.8%，提高1.3个百分点，52,000万元，占比百分之十二，五十余万人，约3.2万人，110万人以上。';
    assert.deepEqual(await highlighted(GONGWEN, line, 'constant.numeric.figure.gongwen'), [
      '386.5亿元',
      '5.8%',
      '1.3个百分点',
      '52,000万元',
      '百分之十二',
      '五十余万人',
      '3.2万人',
      '110万人以上',
    ]);
    assert.deepEqual(await highlighted(GONGWEN, line, 'keyword.other.unit.gongwen'), ['亿元', '%', '个百分点', '万元', '百分之', '余万人', '万人', '万人以上']);
  });

  it('not figures: codes, ordinals, durations, dates, bare numbers, 一个', async () => {
    const line = '5G基站，PM2.5浓度，12345热线，排名第3名，用时3个月，2025年，第3次，三次产业，两次，一个，千家万户';
    assert.deepEqual(await highlighted(GONGWEN, line, 'constant.numeric.figure'), []);
  });

  it('次 after digits is a count (共3次), after a Chinese numeral a word', async () => {
    assert.deepEqual(await highlighted(GONGWEN, '全年共组织安全检查15次，三次产业', 'constant.numeric.figure'), ['15次']);
  });

  it('dates', async () => {
    const line = '2025年10月15日召开，1-9月，10月底前，二〇二五年十月，2021—2025年';
    assert.deepEqual(await highlighted(GONGWEN, line, 'constant.numeric.date.gongwen'), ['2025年10月15日', '1-9月', '10月', '二〇二五年十月', '2021—2025年']);
  });

  it('quotations and titles in 书名号, with their marks', async () => {
    const line = '开展“三清一改”行动，落实《关于促进民营经济发展壮大的若干措施》，“未闭合';
    assert.deepEqual(await highlighted(GONGWEN, line, 'string.quoted.double.gongwen'), ['“三清一改”']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'string.quoted.other.title.gongwen'), ['《关于促进民营经济发展壮大的若干措施》']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'punctuation.definition.string.begin.gongwen'), ['“', '《']);
    assert.deepEqual(await highlighted(GONGWEN, line, 'punctuation.definition.string.end.gongwen'), ['”', '》']);
  });
});

describe('Markdown injection', () => {
  const md = [
    '# 在X市的讲话', // 1
    '',
    '完成投资X亿元，**某某**同志。', // 3
    '',
    '```',
    'X亿元', // 6
    '```',
    '',
    '`XXX` 见[说明](https://example.cn/XX)与 https://example.cn/XX。', // 9
    '',
    '- [ ] 核对数据', // 11
    '',
    '___', // 13
    '',
    '<!-- 某某 -->', // 15
  ].join('\n');

  it('scopes placeholders in prose, headings and emphasis', async () => {
    assert.deepEqual(await highlighted(MARKDOWN, md, PLACEHOLDER), ['X', 'X', '某某']);
  });

  it('leaves code, links, task boxes, thematic breaks and comments alone, and Markdown\'s own scopes intact', async () => {
    const lines = await tokenize(MARKDOWN, md);
    const scopesOf = (line: number, text: string) => lines[line - 1]!.find((t) => t.text.includes(text))!.scopes;
    assert.ok(scopesOf(1, '在').includes('markup.heading.markdown'));
    assert.ok(scopesOf(3, '某某').includes('markup.bold.markdown'));
    assert.ok(scopesOf(6, 'X').includes('markup.fenced_code.block.markdown'));
    assert.ok(scopesOf(9, 'XXX').includes('markup.inline.raw.string.markdown'));
    assert.ok(scopesOf(9, 'https').includes('markup.underline.link.markdown'));
    assert.ok(scopesOf(13, '___').includes('meta.separator.markdown'));
    assert.ok(scopesOf(15, '某某').includes('comment.block.html'));
    // Only placeholders: no heading, figure or link of the gongwen grammar in Markdown.
    const ours = new Set(lines.flat().flatMap((t) => t.scopes.filter((s) => s.endsWith('.gongwen'))));
    assert.deepEqual([...ours].sort(), ['invalid.illegal.placeholder.gongwen', 'markup.bold.placeholder.gongwen']);
  });
});

describe('default themes', () => {
  const themes: [string, string][] = [
    ['Default Dark Modern', 'dark_modern.json'],
    ['Default Light Modern', 'light_modern.json'],
    ['Default Dark+', 'dark_plus.json'],
    ['Default Light+', 'light_plus.json'],
  ];
  const heading = '一、X市经济运行情况';
  const body = '　　一是完成386.5亿元，开展“三清一改”行动，落实《条例》，2025年10月，X亿元';

  for (const [name, file] of themes) {
    it(`${name}: placeholders in the theme's error colour and bold; each element coloured apart`, async () => {
      const theme = loadTheme(file);
      const style = (line: string, needle: string) => styleOf(theme, GONGWEN, line, needle);
      const plain = await style(body, '完成');
      const placeholder = await style(body, 'X');
      const s: Record<string, Style> = {
        placeholder,
        'placeholder in a heading': await style(heading, 'X'),
        'heading marker': await style(heading, '一、'),
        'heading title': await style(heading, '市'),
        'series marker': await style(body, '一是'),
        figure: await style(body, '386.5'),
        quotation: await style(body, '三清一改'),
        title: await style(body, '条例'),
        date: await style(body, '2025'),
      };
      const invalid = theme.settings.find((r) => r.scope === 'invalid')?.settings.foreground?.toUpperCase();
      assert.equal(placeholder.foreground, invalid);
      assert.equal(s['placeholder in a heading']!.foreground, invalid);
      assert.ok(placeholder.bold && s['heading title']!.bold && s['heading marker']!.bold);
      assert.notEqual(s['heading marker']!.foreground, s['heading title']!.foreground);
      for (const [element, st] of Object.entries(s)) assert.notEqual(st.foreground, plain.foreground, `${element} is coloured`);
      for (const element of ['heading marker', 'heading title', 'series marker', 'figure', 'quotation', 'title', 'date'])
        assert.notEqual(s[element]!.foreground, placeholder.foreground, `${element} is not coloured as a placeholder`);
    });
  }
});

it('the vendored VS Code files are there', () => {
  for (const f of ['markdown.tmLanguage.json', 'dark_modern.json', 'light_modern.json', 'dark_plus.json', 'light_plus.json', 'dark_vs.json', 'light_vs.json'])
    assert.ok(existsSync(join(ROOT, 'test/grammar/fixtures/vscode-1.100.3', f)), f);
});
