import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import type { PairedMark } from '../../../server/src/core/model/paired-marks.js';

/** Each span as `pair state text` (the text it covers), in order. */
const spans = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  new SourceDocument(text, format).pairedMarks.map((s) => `${s.pair} ${s.state} ${text.slice(s.range[0], s.range[1])}`);
const marksOf = (text: string, format: 'plain' | 'markdown' = 'plain'): readonly PairedMark[] => new SourceDocument(text, format).pairedMarks;

describe('paired marks', () => {
  it('pairs every kind, nested or side by side', () => {
    assert.deepEqual(spans('“甲‘乙’”《丙〈丁〉》（戊）〔2025〕【己】'), [
      '“” paired “甲‘乙’”',
      '‘’ paired ‘乙’',
      '《》 paired 《丙〈丁〉》',
      '〈〉 paired 〈丁〉',
      '（） paired （戊）',
      '〔〕 paired 〔2025〕',
      '【】 paired 【己】',
    ]);
  });

  it('gives offsets, the paragraph and the enclosing span', () => {
    const text = '甲\n乙“丙（丁）”';
    const marks = marksOf(text);
    assert.deepEqual(
      marks.map((s) => [s.open, s.close, s.paragraph, s.parent, s.crosses]),
      [
        [3, 8, 1, -1, -1],
        [5, 7, 1, 0, -1],
      ],
    );
  });

  it('an opener without its closer is unclosed; a closer without its opener is unopened', () => {
    assert.deepEqual(spans('他说：“要抓落实。'), ['“” unclosed “']);
    assert.deepEqual(spans('要抓落实。”他说'), ['“” unopened ”']);
    assert.deepEqual(spans('《甲》》'), ['《》 paired 《甲》', '《》 unopened 》']);
    const [lone] = marksOf('甲）');
    assert.deepEqual([lone!.open, lone!.close, lone!.range], [-1, 1, [1, 2]]);
  });

  it('pairs the nearest opener of its kind: an unclosed one inside stays unclosed, the pair stays paired', () => {
    assert.deepEqual(spans('“甲《乙”丙'), ['“” paired “甲《乙”', '《》 unclosed 《']);
    assert.deepEqual(spans('（甲（乙）'), ['（） unclosed （', '（） paired （乙）']);
  });

  it('crossed pairs are both crossed and name each other', () => {
    const text = '“关于《意见”的通知》';
    assert.deepEqual(spans(text), ['“” crossed “关于《意见”', '《》 crossed 《意见”的通知》']);
    assert.deepEqual(
      marksOf(text).map((s) => s.crosses),
      [1, 0],
    );
    assert.deepEqual(spans('（甲【乙）丙】（丁）'), ['（） crossed （甲【乙）', '【】 crossed 【乙）丙】', '（） paired （丁）']);
  });

  it('pairs within a paragraph: a plain draft never pairs across lines, Markdown pairs across the lines of a block', () => {
    const text = '“甲\r\n乙”';
    assert.deepEqual(spans(text), ['“” unclosed “', '“” unopened ”']);
    assert.deepEqual(spans(text, 'markdown'), ['“” paired “甲\r\n乙”']);
    assert.deepEqual(spans('“甲\r\n\r\n乙”', 'markdown'), ['“” unclosed “', '“” unopened ”']);
  });

  it('counts UTF-16 offsets past characters outside the BMP', () => {
    const text = '𠮷“𠮷”（𠮷';
    const marks = marksOf(text);
    assert.deepEqual(
      marks.map((s) => [s.pair, s.state, s.open, s.close]),
      [
        ['“”', 'paired', 2, 5],
        ['（）', 'unclosed', 6, -1],
      ],
    );
    assert.equal(text.slice(marks[0]!.range[0], marks[0]!.range[1]), '“𠮷”');
  });

  it('skips ignored ranges: code, link targets, URLs', () => {
    assert.deepEqual(spans('“甲`”`乙” 见[文件](a（b.md)', 'markdown'), ['“” paired “甲`”`乙”']);
    assert.deepEqual(spans('```\n“\n```\n”', 'markdown'), ['“” unopened ”']);
  });

  it('an apostrophe is no closing quote', () => {
    assert.deepEqual(spans('‘It’s’'), ['‘’ paired ‘It’s’']);
    assert.deepEqual(spans('甲’'), ['‘’ unopened ’']);
  });

  it('finds nothing in a text without marks, and is built only when asked', () => {
    assert.deepEqual(spans('一、总体要求。'), []);
    const doc = new SourceDocument('“甲”');
    void doc.placeholders;
    assert.equal((doc as unknown as { pairedMarksCache?: unknown }).pairedMarksCache, undefined);
    assert.equal(doc.pairedMarks, doc.pairedMarks);
  });
});
