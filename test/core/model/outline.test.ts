import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import { headingMarkers } from '../../../server/src/core/model/outline.js';

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
    ['2．2024年起全面推行网格化管理。', [3, 2, '2．']],
    ['3、2023年下半年完成改造。', [3, 3, '3、']],
    ['1.2万户完成改造。', undefined],
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


/** Each heading as `marker level parent-marker`, with `restart:cause` and `sample N` when set. */
function tree(text: string): string[] {
  const { nodes } = new SourceDocument(text).outline;
  const marker = (i: number) => (i < 0 ? '-' : text.slice(nodes[i]!.marker[0], nodes[i]!.marker[1]));
  return nodes.map((n) =>
    [marker(n.index), n.level, marker(n.parent), n.restart ? `restart:${n.restart.cause}:${marker(n.restart.after)}` : '', n.sample ? `sample ${n.sample}` : '']
      .filter((x) => x !== '')
      .join(' '),
  );
}

describe('outline: lists inside lists, as drafts write them', () => {
  it('groups under label lines number apart, under the heading that holds them', () => {
    const text = '四、月份安排\n二月份：\n1．开学准备。\n2．安全检查。\n三月份：\n1．学雷锋活动。\n2．教学比武。\n五、保障措施';
    assert.deepEqual(tree(text), ['四、 1 -', '1． 3 四、', '2． 3 四、', '1． 3 四、 restart:label:2．', '2． 3 四、', '五、 1 -']);
    const { nodes } = new SourceDocument(text).outline;
    // The first group's section ends at the next group's label; each group numbers in a scope of its own.
    assert.equal(text.slice(nodes[2]!.section[0], nodes[2]!.section[1]), '2．安全检查。\n');
    assert.notEqual(nodes[3]!.scope, nodes[1]!.scope);
    assert.equal(nodes[5]!.scope, nodes[0]!.scope);
  });

  it('a list may begin on its label\'s line when the next line goes on with 2', () => {
    assert.deepEqual(tree('一、安排\n五月份：1．防溺水教育。\n2．汇演排练。'), ['一、 1 -', '1． 3 一、', '2． 3 一、']);
    assert.deepEqual(tree('一、安排\n说明：1．防溺水教育。\n另起一段。'), ['一、 1 -']);
  });

  const SAMPLE = '一、结构\n（一）标题\n（二）正文\n【范文】\n关于开会的通知\n各单位：\n一、时间\n二、地点\n（一）一楼\n（二）二楼\n县政府办公室\n2024年4月8日\n（三）落款\n二、常见问题';
  const samples: [string, string, string[]][] = [
    [
      'an announced sample nests under the heading that quotes it, and the guide\'s list goes on after its date line',
      SAMPLE,
      ['一、 1 -', '（一） 2 一、', '（二） 2 一、', '一、 1 （二） restart:sample:一、 sample 1', '二、 1 （二） sample 1', '（一） 2 二、 sample 1', '（二） 2 二、 sample 1', '（三） 2 一、', '二、 1 -'],
    ],
    [
      'a sample without a date line ends where the guide\'s list goes on; the next sample takes its place; one inside an item nests under it',
      '一、要点\n1．缘由\n2．事项\n示例：\n1．同意设立\n2．核定编制\n3．列入预算\n3．结束语\n例文一\n一、情况\n二、事项\n例文二\n一、对象\n二、内容\n二、评析',
      [
        '一、 1 -',
        '1． 3 一、',
        '2． 3 一、',
        '1． 3 2． restart:sample:2． sample 1',
        '2． 3 2． sample 1',
        '3． 3 2． sample 1',
        '3． 3 一、',
        '一、 1 3． restart:sample:一、 sample 2',
        '二、 1 3． sample 2',
        '一、 1 3． restart:sample:二、 sample 3',
        '二、 1 3． sample 3',
        '二、 1 -',
      ],
    ],
  ];
  for (const [name, text, expected] of samples) it(name, () => assert.deepEqual(tree(text), expected));

  it('a sample\'s sections end with its date line', () => {
    const { nodes } = new SourceDocument(SAMPLE).outline;
    assert.equal(SAMPLE.slice(nodes[6]!.section[0], nodes[6]!.section[1]), '（二）二楼\n县政府办公室\n2024年4月8日');
  });

  it('a list started again with nothing to say why is a restart when its own numbers go on, or the list it broke off does', () => {
    assert.deepEqual(tree('一、甲\n二、乙\n三、丙\n一、子\n二、丑'), ['一、 1 -', '二、 1 -', '三、 1 -', '一、 1 三、 restart:unmarked:三、 sample 1', '二、 1 三、 sample 1']);
    // 一 after 一: a restart only when the list it broke off goes on after it.
    assert.deepEqual(tree('一、甲\n（一）子\n一、会议时间\n二、会议地点\n（二）丑'), [
      '一、 1 -',
      '（一） 2 一、',
      '一、 1 （一） restart:unmarked:一、 sample 1',
      '二、 1 （一） sample 1',
      '（二） 2 一、',
    ]);
    // Not a restart: a repeated first heading, a step back with no list after it.
    assert.deepEqual(tree('一、甲\n一、乙\n二、丙'), ['一、 1 -', '一、 1 -', '二、 1 -']);
    assert.deepEqual(tree('1.甲\n2.乙\n1.丙'), ['1. 3 -', '2. 3 -', '1. 3 -']);
  });

  it('quoted paragraphs hold no headings; a quotation left open is a slip, not a quotation', () => {
    assert.deepEqual(tree('一、问题\n正文写道：“一、基本情况\n二、存在困难\n三、请示事项”。\n二、意见'), ['一、 1 -', '二、 1 -']);
    assert.deepEqual(tree('一、问题\n“一、基本情况\n“二、存在困难\n“三、请示事项。”\n二、意见'), ['一、 1 -', '二、 1 -']);
    assert.deepEqual(tree('一、问题\n他说：“我们要\n二、意见\n大家“认真”落实。\n三、要求'), ['一、 1 -', '二、 1 -', '三、 1 -']);
  });

  it('the items of an attachment note are not headings', () => {
    const text = '一、要求\n（一）加强领导\n附件：1．任务分解表\n　　　2．联系人名单\n　　　3．统计表\n县政府办公室\n附件1\n一、县城区';
    assert.deepEqual(tree(text), ['一、 1 -', '（一） 2 一、', '一、 1 -']);
    assert.deepEqual(new SourceDocument(text).outline.nodes.map((n) => n.part), [0, 0, 1]);
  });

  it('1． items under 1、 items stand a level below them; the markers as written keep their own level', () => {
    const text = '（一）机制\n1、加强领导\n1．调整小组\n2．包片联系\n2、完善制度\n1．例会制度\n（二）重点\n1．网格管理\n2．化解纠纷';
    assert.deepEqual(tree(text), ['（一） 2 -', '1、 3 （一）', '1． 4 1、', '2． 4 1、', '2、 3 （一）', '1． 4 2、', '（二） 2 -', '1． 3 （二）', '2． 3 （二）']);
    assert.deepEqual(
      headingMarkers(new SourceDocument(text)).map((m) => m.level),
      [2, 3, 3, 3, 3, 3, 2, 3, 3],
    );
    // Without the outer list going on, a second list marked otherwise is not nested.
    assert.deepEqual(tree('1、甲\n1．子\n2．丑'), ['1、 3 -', '1． 3 -', '2． 3 -']);
  });
});
