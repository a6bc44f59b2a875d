import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import { anyOf, charClass, countHan, isHighSurrogate, isLowSurrogate, isSurrogate, isWhitespace, splitsPair } from '../../../server/src/core/text/chars.js';
import {
  AMOUNT_NUMERALS,
  arabicNumberEnd,
  ARTICLE_NUMERALS,
  COUNT_NUMERALS,
  DIGIT_BY_DIGIT,
  digitValue,
  isZeroNeighbour,
  NUMERAL_CHARS,
  ORDINAL_NUMERALS,
  parseChineseAmount,
  parseChineseNumber,
  parseOrdinal,
  readArabic,
  arabicRead,
  toChineseCount,
  toChineseNumber,
} from '../../../server/src/core/text/numerals.js';
import { containing, lastAtOrBefore, overlapsAny } from '../../../server/src/core/text/ranges.js';
import { BLANK_UNITS, COUNTED_UNITS, FIGURE_UNITS, scaleAt } from '../../../server/src/core/text/units.js';
import { CHANGE_VERBS, FALL_VERBS, RISE_VERBS } from '../../../server/src/core/text/verbs.js';

describe('numerals', () => {
  it('Chinese numbers below 10000: 两, 零 and 〇 and ○ as zero, 十 alone', () => {
    const cases: [string, number | undefined][] = [
      ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['一百〇五', 105], ['一百○五', 105],
      ['三千五百', 3500], ['两', 2], ['两千', 2000], ['九千九百九十九', 9999],
      ['一二', undefined], ['十十', undefined], ['零', undefined], ['', undefined], ['万', undefined],
    ];
    for (const [s, n] of cases) assert.equal(parseChineseNumber(s), n, s);
  });
  it('amounts with 万 and 亿 and a decimal part after 点', () => {
    assert.deepEqual(parseChineseAmount('一万二千'), { value: 12000, decimals: 0 });
    assert.deepEqual(parseChineseAmount('两亿零五百万'), { value: 205000000, decimals: 0 });
    assert.deepEqual(parseChineseAmount('三点五'), { value: 3.5, decimals: 1 });
    assert.deepEqual(parseChineseAmount('十点〇五'), { value: 10.05, decimals: 2 });
    assert.equal(parseChineseAmount('三点两'), undefined);
    assert.equal(parseChineseAmount('千万'), undefined);
  });
  it('ordinals in Arabic (ASCII or full width) or Chinese digits', () => {
    assert.deepEqual(['12', '１２', '十二', '007', '1二', ''].map(parseOrdinal), [12, 12, 12, 7, undefined, undefined]);
    assert.deepEqual(['0', '９', 'a', '.'].map((c) => digitValue(c.charCodeAt(0))), [0, 9, -1, -1]);
  });
  it('Arabic numbers: grouping after at most three digits, a decimal part, full-width digits', () => {
    const ends = (s: string) => s.slice(0, arabicNumberEnd(s, 0));
    assert.deepEqual(['1,234.5万', '12345,678', '１２．５亿', '5.', '3,45'].map(ends), ['1,234.5', '12345', '１２．５', '5', '3']);
    assert.ok(readArabic('１,２３４.５', 0, 7));
    assert.deepEqual({ ...arabicRead }, { value: 1234.5, decimals: 1 });
    assert.equal(readArabic('12a', 0, 3), false);
  });
  it('writes numbers and counts', () => {
    assert.deepEqual([1, 10, 12, 20, 105, 3500].map(toChineseNumber), ['一', '十', '十二', '二十', '一百零五', '三千五百']);
    assert.deepEqual([2, 3].map(toChineseCount), ['两', '三']);
  });
  it('every class is built from NUMERAL_CHARS', () => {
    const all = Object.values(NUMERAL_CHARS).join('');
    for (const cls of [ORDINAL_NUMERALS, COUNT_NUMERALS, ARTICLE_NUMERALS, AMOUNT_NUMERALS, DIGIT_BY_DIGIT]) {
      for (const c of cls) assert.ok(all.includes(c), `${c} of ${cls}`);
    }
    assert.equal(new Set(AMOUNT_NUMERALS).size, '零〇两一二三四五六七八九十百千万亿'.length);
    assert.ok(new RegExp(`^${charClass(ORDINAL_NUMERALS)}+$`).test('九十九'));
  });
  it('○ is a zero beside a numeral (二○二○年), not beside 亿 (○○亿元 is a blank)', () => {
    assert.deepEqual(['二', '十', '万', '两', '亿', '', '年'].map(isZeroNeighbour), [true, true, true, true, false, false, false]);
    assert.deepEqual(new SourceDocument('二○二○年').placeholders, []);
    assert.equal(new SourceDocument('投资○○亿元').placeholders.length, 1);
  });
});

describe('units, scales and verbs', () => {
  it('figure units are looked up longest first: 人次 before 人, 个百分点 before 个', () => {
    for (const list of [FIGURE_UNITS, BLANK_UNITS]) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) assert.ok(!list[j]!.startsWith(list[i]!) || list[j] === list[i], `${list[j]} after ${list[i]}`);
      }
    }
    assert.ok(FIGURE_UNITS.includes('%') && !BLANK_UNITS.includes('%'));
    assert.ok(BLANK_UNITS.includes('个月') && !FIGURE_UNITS.includes('个月'));
  });
  it('counted units are figure units', () => {
    for (const unit of COUNTED_UNITS) assert.ok(FIGURE_UNITS.includes(unit), unit);
    assert.ok(COUNTED_UNITS.has('家') && !COUNTED_UNITS.has('元'));
  });
  it('scales: 万, 亿 and 万亿', () => {
    assert.deepEqual(['万元', '亿元', '万亿元', '元'].map((s) => scaleAt(s, 0)?.factor), [1e4, 1e8, 1e12, undefined]);
    assert.equal(new SourceDocument('完成3.2万亿元').figures[0]?.value, 3.2e12);
  });
  it('change verbs rise or fall; after one a blank is a number', () => {
    assert.deepEqual(CHANGE_VERBS, [...RISE_VERBS, ...FALL_VERBS]);
    for (const verb of CHANGE_VERBS) assert.equal(new SourceDocument(`同比${verb}X。`).placeholders[0]?.kind, 'number', verb);
  });
});

describe('character classes, surrogates, ranges', () => {
  it('Han characters, whitespace, regex sources', () => {
    assert.equal(countHan('全区GDP增长8%'), 4);
    assert.equal(countHan('全区固定资产投资', 3), 3);
    assert.deepEqual([' ', '\u3000', '\u00a0', '\n', '', 'a'].map(isWhitespace), [true, true, true, true, false, false]);
    assert.equal(charClass('a-]^\\'), '[a\\-\\]\\^\\\\]');
    assert.ok(new RegExp(`^${anyOf(['a.b', '人次', '人'])}$`).test('人次'));
    assert.ok(!new RegExp(`^${anyOf(['a.b'])}$`).test('axb'));
  });
  it('surrogate pairs', () => {
    const s = '𠮷';
    assert.ok(isHighSurrogate(s.charCodeAt(0)) && isLowSurrogate(s.charCodeAt(1)));
    assert.ok(isSurrogate(s.charCodeAt(1)) && !isSurrogate('a'.charCodeAt(0)));
    assert.deepEqual([0, 1, 2].map((i) => splitsPair(s, i)), [false, true, false]);
  });
  it('binary searches', () => {
    const paragraphs = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 12, end: 12 }];
    assert.deepEqual([0, 3, 4, 5, 9, 10, 12, 13].map((o) => containing(paragraphs, o)), [0, 0, -1, 1, 1, -1, 2, -1]);
    assert.deepEqual([-1, 0, 4, 5, 100].map((o) => lastAtOrBefore([0, 5, 10], o)), [0, 0, 0, 1, 2]);
    const ignored: [number, number][] = [[2, 4], [8, 9]];
    // Half-open: touching an end is no overlap; an empty range inside one is.
    assert.deepEqual([[0, 2], [0, 3], [4, 8], [3, 3], [9, 20], [7, 10]].map(([s, e]) => overlapsAny(ignored, s!, e!)), [false, true, false, true, false, true]);
  });
});
