import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';

describe('ranks: 排名第一 and the metric ranked', () => {
  it('the verb, the ordinal and its value, what it is ranked among, and the subject', () => {
    const text = '全区固定资产投资完成5.2亿元，增幅四城区排名第一；进出口规模稳居全国第2位。';
    const ranks = new SourceDocument(text).ranks.map((r) => ({ rank: text.slice(r.range[0], r.range[1]), verb: r.verb, ordinal: r.ordinal, value: r.value, phrase: r.phrase, subject: r.subject, target: r.target }));
    assert.deepEqual(ranks, [
      { rank: '排名第一', verb: '排名', ordinal: '一', value: 1, phrase: '增幅四城区', subject: '全区固定资产投资', target: false },
      { rank: '居全国第2位', verb: '居', ordinal: '2', value: 2, phrase: '', subject: '进出口规模', target: false },
    ]);
  });
  it('a rank in a plan or target is marked as such', () => {
    const [rank] = new SourceDocument('力争全区地区生产总值增速全市排名第一。').ranks;
    assert.equal(rank?.target, true);
  });
  it('no subject when the rank names too little', () => {
    assert.equal(new SourceDocument('排名第三。').ranks[0]?.subject, '');
  });
  it('ranks in ignored ranges (Markdown code, URLs) are not prose', () => {
    const text = '全区投资增幅排名第一。\n\n```\n全区投资增幅排名第三。\n```\n\n`排名第二`';
    assert.deepEqual(new SourceDocument(text, 'markdown').ranks.map((r) => r.value), [1]);
    assert.deepEqual(new SourceDocument(text).ranks.map((r) => r.value), [1, 3, 2]);
  });
});

describe('time words: the times figures are about', () => {
  it('years, quarters, halves, relative years, spans of years, five-year plans, months', () => {
    const text = '2025年前三季度，上半年同比增长；今年以来、近五年、十年来、“十四五”、1—9月、3月。';
    assert.deepEqual(new SourceDocument(text).timeWords.map((w) => w.word), ['2025年', '前三季度', '上半年', '今年以来', '近五年', '十年来', '“十四五”', '1—9月', '3月']);
  });
  it('with their ranges, and none in ignored ranges', () => {
    const text = '今年完成。`去年`\n\n```\n上年\n```\n';
    const words = new SourceDocument(text, 'markdown').timeWords;
    assert.deepEqual(words, [{ range: [0, 2], word: '今年' }]);
  });
});
