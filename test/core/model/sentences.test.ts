import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import { MAX_SPAN, spanEnd, spanStart, Spans } from '../../../server/src/core/model/sentences.js';

const slice = (text: string, [start, end]: readonly [number, number]) => text.slice(start, end);

describe('sentences, segments and clauses: one definition', () => {
  const text = '全区投资完成5.2亿元，增长8%；其中工业3亿元。下半年：继续推进!\n第二行?完';
  const doc = new SourceDocument(text);
  it('a sentence ends at 。！？ (or ASCII ! ?) and at a line end; its end mark belongs to neither side', () => {
    assert.equal(slice(text, doc.sentences.at(text.indexOf('工业'))), '全区投资完成5.2亿元，增长8%；其中工业3亿元');
    assert.equal(slice(text, doc.sentences.at(text.indexOf('继续'))), '下半年：继续推进');
    assert.equal(slice(text, doc.sentences.at(text.indexOf('二'))), '第二行');
    assert.equal(slice(text, doc.sentences.at(text.length - 1)), '完');
  });
  it('a segment also ends at ；', () => {
    assert.equal(slice(text, doc.segments.at(text.indexOf('增长'))), '全区投资完成5.2亿元，增长8%');
    assert.equal(slice(text, doc.segments.at(text.indexOf('工业'))), '其中工业3亿元');
  });
  it('a clause also ends at ，and ：; the 、 of a list does not end one', () => {
    assert.equal(slice(text, doc.clauses.at(text.indexOf('增长'))), '增长8%');
    assert.equal(slice(text, doc.clauses.at(text.indexOf('继续'))), '继续推进');
    const list = '甲、乙、丙三个车间，完成';
    assert.equal(slice(list, new Spans(list, 'clause').at(2)), '甲、乙、丙三个车间');
  });
  it('an offset on an end mark belongs to the span the mark ends', () => {
    assert.equal(slice(text, doc.sentences.at(text.indexOf('。'))), '全区投资完成5.2亿元，增长8%；其中工业3亿元');
  });
  it('line breaks are soft inside a paragraph when asked: a Markdown paragraph runs on', () => {
    const md = '一、总体\n情况。其他';
    assert.equal(spanEnd(md, 0, 'segment'), 4);
    assert.equal(spanEnd(md, 0, 'segment', md.length, true), 7);
    assert.equal(spanStart(md, 6, 'sentence'), 5);
    assert.equal(spanStart(md, 6, 'sentence', 0, true), 0);
  });
  it('a lone CR ends a sentence as a line feed does', () => {
    const cr = '第一行\r第二行';
    assert.equal(slice(cr, new Spans(cr, 'sentence').at(5)), '第二行');
  });
  it(`a lookup reads at most ${MAX_SPAN} characters either way: a text without an end mark stays linear`, () => {
    const long = '字'.repeat(4 * MAX_SPAN);
    const spans = new Spans(long, 'sentence');
    assert.deepEqual(spans.at(1000), [1000 - MAX_SPAN, 1000 + MAX_SPAN]);
    // Later offsets inside the span found last reuse it, as figures of one sentence share theirs.
    assert.equal(spans.at(1001), spans.at(1000));
    // An offset further back is searched again: the answer does not depend on earlier lookups.
    assert.deepEqual(spans.at(700), new Spans(long, 'sentence').at(700));
  });
});

describe('the model uses the one definition', () => {
  it('a figure has the sentence and clause the model gives its offset', () => {
    const text = '上半年，全区投资完成5.2亿元，增长8%；其中工业3亿元。';
    const doc = new SourceDocument(text);
    for (const f of doc.figures) {
      assert.deepEqual(f.sentence, doc.sentences.at(f.range[0]));
      assert.deepEqual(f.clause, doc.clauses.at(f.range[0]));
    }
    assert.equal(doc.figures.length, 3);
  });
  it("a heading's title ends with its first segment, end mark included, whichever width", () => {
    const titles = (text: string) => new SourceDocument(text).outline.nodes.map((n) => text.slice(n.title[0], n.title[1]));
    assert.deepEqual(titles('一、总体情况；全年完成投资。\n二、问题?其他\n三、打算'), ['总体情况；', '问题?', '打算']);
  });
});
