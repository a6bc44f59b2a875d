import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, lint, normalizeConfig } from '../../../server/src/core/index.js';
import { SourceDocument } from '../../../server/src/core/document.js';

const headingOf = (paragraph: string) => {
  const doc = new SourceDocument(paragraph);
  const node = doc.outline.nodes[0];
  return node ? [node.level, node.value, paragraph.slice(node.marker[0], node.marker[1])] : undefined;
};
const findings = (text: string, ruleId: string) => lint(text).filter((f) => f.ruleId === ruleId);
const messages = (text: string, ruleId: string) => findings(text, ruleId).map((f) => f.message);
const fixed = (text: string, ruleId: string) => applyFixes(text, findings(text, ruleId)).output;

describe('outline: which paragraphs are headings, at which level', () => {
  const cases: [string, [number, number, string] | undefined][] = [
    ['一、总体要求', [1, 1, '一、']],
    ['十二、加强组织领导', [1, 12, '十二、']],
    ['九十九、最后一项', [1, 99, '九十九、']],
    ['一.总体要求', [1, 1, '一.']],
    ['一，总体要求', [1, 1, '一，']],
    ['一 总体要求', [1, 1, '一 ']],
    ['　　三、　工作措施', [1, 3, '三、　']],
    ['（一）指导思想', [2, 1, '（一）']],
    ['（十一）其他', [2, 11, '（十一）']],
    ['（一）、指导思想', [2, 1, '（一）、']],
    ['(一)指导思想', [2, 1, '(一)']],
    ['（一)指导思想', [2, 1, '（一)']],
    ['1.加强领导', [3, 1, '1.']],
    ['12．加强领导', [3, 12, '12．']],
    ['1、加强领导', [3, 1, '1、']],
    ['1，加强领导', [3, 1, '1，']],
    ['（1）严格考核', [4, 1, '（1）']],
    ['(1)严格考核', [4, 1, '(1)']],
    ['（1）.严格考核', [4, 1, '（1）.']],
    ['1)严格考核', [4, 1, '1)']],
    ['③落实责任', [5, 3, '③']],
    ['2025年全市地区生产总值增长5.2%。', undefined],
    ['1.5万亿元的投资规模', undefined],
    ['一是加强领导，二是压实责任。', undefined],
    ['“一、二、三”的说法', undefined],
    ['一、二季度全市经济运行平稳。', undefined],
    ['1、2月份全市规上工业增加值增长。', undefined],
    ['十分重要的是', undefined],
    ['第三条　本办法自印发之日起施行。', undefined],
    ['一百、超出范围', undefined],
  ];
  for (const [paragraph, expected] of cases) it(paragraph, () => assert.deepEqual(headingOf(paragraph), expected));

  it('markdown headings and bold markers', () => {
    const doc = new SourceDocument('# 一、总体要求\n\n## （一）指导思想\n\n**1.加强领导**', 'markdown');
    assert.deepEqual(doc.outline.nodes.map((n) => [n.level, n.value]), [[1, 1], [2, 1], [3, 1]]);
  });

  it('articles, with the first article on the chapter line', () => {
    const doc = new SourceDocument('第一章　总则　　第一条　为规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　附则\n第三条　本办法自发布之日起施行。');
    assert.deepEqual(doc.outline.articles.map((a) => `${a.unit}${a.value}`), ['章1', '条1', '条2', '章2', '条3']);
  });
});

describe('heading-sequence', () => {
  it('explains the first break and renumbers the rest', () => {
    const text = '一、甲\n二、乙\n四、丙\n五、丁';
    assert.deepEqual(messages(text, 'heading-sequence'), [
      '序号不连续：「二、」之后应为「三、」，这里是「四、」',
      '序号应为「四、」，这里是「五、」（前面的序号有误，依次顺延）',
    ]);
    assert.equal(fixed(text, 'heading-sequence'), '一、甲\n二、乙\n三、丙\n四、丁');
  });
  it('finds repeats, steps back and a wrong start', () => {
    assert.deepEqual(messages('（一）甲\n（二）乙\n（二）丙', 'heading-sequence'), ['序号重复：「（二）」之后又是「（二）」，应为「（三）」']);
    assert.deepEqual(messages('1.甲\n2.乙\n1.丙', 'heading-sequence'), ['序号倒退：「2.」之后是「1.」，应为「3.」']);
    assert.deepEqual(messages('二、甲\n三、乙', 'heading-sequence')[0], '序号应从「一、」开始，这里是「二、」');
  });
  it('restarts under each parent, in each article and in each attachment', () => {
    const text = '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第五条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项';
    assert.deepEqual(findings(text, 'heading-sequence').map((f) => f.message), ['序号应从「第一条」开始，这里是「第五条」']);
  });
  it('accepts items numbered through across sections (tables of indicators)', () => {
    assert.deepEqual(messages('一、指标\n（一）甲\n1．项\n2．项\n（二）乙\n3．项\n4．项', 'heading-sequence'), []);
  });
  it('renumbers Arabic, Chinese and circled numerals in their own kind', () => {
    assert.equal(fixed('①甲\n③乙', 'heading-sequence'), '①甲\n②乙');
    assert.equal(fixed('九、甲', 'heading-sequence'), '一、甲');
    assert.equal(fixed('1.甲\n2.乙\n2.丙\n3.丁', 'heading-sequence'), '1.甲\n2.乙\n3.丙\n4.丁');
  });
});

describe('heading-style', () => {
  const cases: [string, string, string][] = [
    ['一.总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一.」'],
    ['一，总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一，」'],
    ['一 总体要求', '一、总体要求', '第一层序号应写作「一、」，这里是「一 」'],
    ['（一）、指导思想', '（一）指导思想', '第二层序号应写作「（一）」，这里是「（一）、」'],
    ['(一)指导思想', '（一）指导思想', '第二层序号应写作「（一）」，这里是「(一)」'],
    ['1、加强领导', '1.加强领导', '第三层序号应写作「1.」，这里是「1、」'],
    ['(1)严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「(1)」'],
    ['（1）.严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「（1）.」'],
    ['1)严格考核', '（1）严格考核', '第四层序号应写作「（1）」，这里是「1)」'],
  ];
  for (const [text, after, message] of cases) {
    it(text, () => {
      assert.deepEqual(messages(text, 'heading-style'), [message]);
      assert.equal(fixed(text, 'heading-style'), after);
    });
  }
  it('one style per level: the minority follows the majority, never 1。', () => {
    const text = '1.甲\n2.乙\n3．丙';
    assert.deepEqual(messages(text, 'heading-style'), ['同一层序号写法不一致：本文多用「3.」，这里是「3．」']);
    assert.equal(fixed(text, 'heading-style'), '1.甲\n2.乙\n3.丙');
  });
  it('leaves correct headings alone', () => {
    assert.deepEqual(messages('一、甲\n（一）乙\n1.丙\n（1）丁\n①戊', 'heading-style'), []);
  });
});

describe('heading-level', () => {
  it('reports a skipped level, allows 一、→1. by default', () => {
    assert.deepEqual(messages('一、甲\n（1）乙', 'heading-level'), ['层级跳跃：「（1）」直接出现在「一、」之下，中间缺少「（一）」「1.」层']);
    assert.deepEqual(messages('一、甲\n1.乙', 'heading-level'), []);
    const strict = normalizeConfig({ rules: { 'heading-level': { allowArabicUnderChinese: false } } }).config;
    assert.equal(lint('一、甲\n1.乙', strict).filter((f) => f.ruleId === 'heading-level').length, 1);
  });
  it('reports inverted nesting once per section', () => {
    assert.deepEqual(messages('一、甲\n1.乙\n（一）丙\n（二）丁', 'heading-level'), ['层级颠倒：「（一）」出现在同一节中更低一层的「1.」之后']);
  });
});

describe('enumeration-sequence', () => {
  const cases: [string, string[], string | undefined][] = [
    ['一是加强领导，二是压实责任，四是强化督导。', ['列举不连续：「二是」之后应为「三是」，这里是「四是」'], '一是加强领导，二是压实责任，三是强化督导。'],
    ['一要统筹，二要落实，三是宣传。', ['列举方式混用：前面用「一要」，这里用「三是」，应为「三要」'], '一要统筹，二要落实，三要宣传。'],
    ['第一，统一思想。第二，突出重点。第二，狠抓落实。', ['列举重复：「第二，」之后又是「第二，」，应为「第三，」'], '第一，统一思想。第二，突出重点。第三，狠抓落实。'],
    ['其一，要稳；其三，要进。', ['列举不连续：「其一」之后应为「其二」，这里是「其三」'], '其一，要稳；其二，要进。'],
    ['首先，加强领导；其次，完善制度；其次，强化考核。', ['列举重复：「其次」之后又是「其次」，应为「再次」'], '首先，加强领导；其次，完善制度；再次，强化考核。'],
    ['首先，加强领导；最后，强化考核；其次，完善制度。', ['「最后」之后还有「其次」'], undefined],
    ['一是稳增长。\n二是促改革。\n三是惠民生。', [], undefined],
    ['一是稳增长。一要抓项目，二要抓投资。二是促改革。', [], undefined],
    ['坚持一是一、二是二，统一思想。', [], undefined],
    ['其次，我们要看到困难。', [], undefined],
    ['这是统一是前提，二是基础。', [], undefined],
  ];
  for (const [text, expected, after] of cases) {
    it(text, () => {
      assert.deepEqual(messages(text, 'enumeration-sequence'), expected);
      if (after !== undefined) assert.equal(fixed(text, 'enumeration-sequence'), after);
    });
  }
});
