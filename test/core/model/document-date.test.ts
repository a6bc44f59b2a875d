import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/index.js';
import { compareDocumentDate } from '../../../server/src/core/model/document-date.js';

const dateOf = (text: string, configured?: string) => {
  const doc = new SourceDocument(text);
  doc.configuredDate = configured;
  const d = doc.documentDate;
  return d && { year: d.year, month: d.month, day: d.day, source: d.source, written: d.range && text.slice(d.range[0], d.range[1]) };
};

describe('the date of a document', () => {
  it('is its 成文日期: a full date alone under the issuing body, after the body', () => {
    const text = '关于开展检查的通知\n各单位：\n请按要求开展检查。\n\n某某局\n2025年3月1日\n';
    assert.deepEqual(dateOf(text), { year: 2025, month: 3, day: 1, source: 'signature', written: '2025年3月1日' });
    const doc = new SourceDocument(text);
    assert.deepEqual(doc.signatureDates.map((d) => text.slice(d.range[0], d.range[1])), ['2025年3月1日']);
  });

  it('not a date line before the body or under a sentence', () => {
    assert.equal(dateOf('2025年3月1日\n请按要求开展检查。\n'), undefined);
    assert.equal(dateOf('请按要求开展检查。\n会议于下午召开。\n2025年3月1日\n'), undefined);
  });

  it('reads a dated subtitle among the first lines, in Chinese numerals too', () => {
    assert.deepEqual(dateOf('在全市干部大会上的讲话\n——二〇二五年十月十五日在市委礼堂\n同志们：\n'), { year: 2025, month: 10, day: 15, source: 'subtitle', written: '二〇二五年十月十五日' });
    assert.deepEqual(dateOf('政府工作报告\n――2026年1月27日在省人民代表大会上\n'), { year: 2026, month: 1, day: 27, source: 'subtitle', written: '2026年1月27日' });
    assert.deepEqual(dateOf('政府工作报告\n（2024年1月15日）\n'), { year: 2024, month: 1, day: 15, source: 'subtitle', written: '2024年1月15日' });
  });

  it('reads the year at the head of the title, as a year only', () => {
    assert.deepEqual(dateOf('2025年政府工作报告\n各位代表：\n'), { year: 2025, month: undefined, day: undefined, source: 'title', written: '2025年' });
    assert.equal(dateOf('2025年3月全市工作安排\n')?.source, undefined);
    assert.equal(dateOf('全市2025年工作要点\n'), undefined);
  });

  it('falls back on the configured date, and a date the document states wins over it', () => {
    assert.deepEqual(dateOf('请按要求开展检查。\n', '2025-10-15'), { year: 2025, month: 10, day: 15, source: 'config', written: undefined });
    assert.equal(dateOf('2024年政府工作报告\n', '2025-10-15')?.year, 2024);
    assert.equal(dateOf('请按要求开展检查。\n', 'not a date'), undefined);
  });

  it('compares a year-only date with a day only when the whole year is on one side', () => {
    const year = (y: number) => ({ year: y, source: 'title' as const });
    assert.equal(compareDocumentDate(year(2019), { year: 2018, month: 3, day: 17 }), 'yes');
    assert.equal(compareDocumentDate(year(2017), { year: 2018, month: 3, day: 17 }), 'no');
    assert.equal(compareDocumentDate(year(2018), { year: 2018, month: 3, day: 17 }), 'unknown');
    assert.equal(compareDocumentDate(year(2018), { year: 2018, month: 1, day: 1 }), 'yes');
    assert.equal(compareDocumentDate({ year: 2018, month: 3, day: 17, source: 'signature' }, { year: 2018, month: 3, day: 17 }), 'yes');
    assert.equal(compareDocumentDate({ year: 2018, month: 3, day: 16, source: 'signature' }, { year: 2018, month: 3, day: 17 }), 'no');
  });
});
