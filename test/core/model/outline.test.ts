import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';

const headingOf = (paragraph: string) => {
  const doc = new SourceDocument(paragraph);
  const node = doc.outline.nodes[0];
  return node ? [node.level, node.value, paragraph.slice(node.marker[0], node.marker[1])] : undefined;
};
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

  it('article sections end at the next article of the same or a larger unit; parents are the larger units', () => {
    const text = '第一章　总则\n第一条　甲\n一、项\n第二条　乙\n第二章　分则\n第一节　丙\n第三条　丁\n第二节　戊\n第四条　己\n（一）项';
    const doc = new SourceDocument(text);
    const { articles, nodes } = doc.outline;
    const name = (i: number) => (i < 0 ? '' : text.slice(articles[i]!.marker[0], articles[i]!.marker[1]));
    assert.deepEqual(
      articles.map((a) => [name(articles.indexOf(a)), text.slice(a.section[0], a.section[1]).trimEnd().split('\n').length, name(a.parent)]),
      [
        ['第一章', 4, ''],
        ['第一条', 2, '第一章'],
        ['第二条', 1, '第一章'],
        ['第二章', 6, ''],
        ['第一节', 2, '第二章'],
        ['第三条', 1, '第一节'],
        ['第二节', 3, '第二章'],
        ['第四条', 2, '第二节'],
      ],
    );
    assert.equal(articles[7]!.section[1], text.length);
    // The 条 whose section holds each heading.
    assert.deepEqual(nodes.map((n) => name(n.article)), ['第一条', '第四条']);
  });

  it('an article section ends where the articles of an attachment begin; a heading after a chapter line is in no article', () => {
    const text = '第一条　甲\n附件\n第一条　乙\n第一章　总则\n一、项';
    const { articles, nodes } = new SourceDocument(text).outline;
    assert.deepEqual(
      articles.map((a) => [a.part, text.slice(a.section[0], a.section[1])]),
      [
        [0, '第一条　甲\n附件\n'],
        [1, '第一条　乙\n'],
        [1, '第一章　总则\n一、项'],
      ],
    );
    assert.deepEqual(nodes.map((n) => n.article), [-1]);
  });
});

