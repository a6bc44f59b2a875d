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
});
