import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../../server/src/core/model/document.js';
import { insideWord, matchPattern, WordList, type MatchOptions, type PatternOptions } from '../../../server/src/core/model/matching.js';
import { charTable } from '../../../server/src/core/text/chars.js';

/** The matched texts of a pattern, with their start offsets. */
const found = (text: string, re: RegExp, options?: PatternOptions, format: 'plain' | 'markdown' = 'markdown') => {
  const out: string[] = [];
  new SourceDocument(text, format).match(re, (m, start) => out.push(`${m[0]}@${start}`), options);
  return out;
};
const words = (text: string, list: string[], options?: MatchOptions, format: 'plain' | 'markdown' = 'markdown') => {
  const out: string[] = [];
  new SourceDocument(text, format).matchWords(new WordList(list), (start, end, word) => out.push(`${word}@${start}-${end}`), options);
  return out;
};

describe('matching a pattern over the prose', () => {
  it('skips code, comments, link targets and URLs', () => {
    const text = 'X元 `X元` <!-- X元 --> [X元](X元.md) https://x.cn/X元 X元';
    assert.deepEqual(found(text, /X元/g), ['X元@0', 'X元@21', 'X元@48']);
    // In a plain draft only the URL is not prose.
    assert.equal(found(text, /X元/g, undefined, 'plain').length, 6);
  });

  it('drops a match that runs into an ignored range', () => {
    assert.deepEqual(found('甲乙`丙`', /乙`丙/g), []);
  });

  it('runs a sticky pattern only where its first characters say', () => {
    const re = /[XＸ]+(?=[亿万]?元)/y;
    assert.deepEqual(found('X亿元，`X元`，ＸＸ万元', re, { first: charTable('XＸ') }), ['X@0', 'ＸＸ@9']);
  });

  it('refuses a pattern that is neither global nor sticky, and a sticky one without its first characters', () => {
    const doc = new SourceDocument('甲');
    assert.throws(() => doc.match(/甲/, () => {}), TypeError);
    assert.throws(() => doc.match(/甲/y, () => {}), TypeError);
  });

  it('skips empty matches and goes on', () => {
    assert.deepEqual(found('a1b22', /\d*/g), ['1@1', '22@3']);
  });

  it('respects Latin word and number boundaries when asked', () => {
    const text = 'GDP与GDPR，5G与15G，2.5与12.5，1,234与234，增长5%';
    const wb = { wordBoundary: true };
    assert.deepEqual(found(text, /GDP/g, wb), ['GDP@0']);
    assert.deepEqual(found(text, /5G/g, wb), ['5G@9']);
    assert.deepEqual(found(text, /2\.5/g, wb), ['2.5@16']);
    assert.deepEqual(found(text, /234/g, wb), ['234@31']);
    assert.deepEqual(found(text, /5%/g, wb), ['5%@37']);
    // Without the option, every occurrence.
    assert.equal(found(text, /GDP/g).length, 2);
  });

  it('never splits a surrogate pair', () => {
    const text = '𠮷𠮷';
    assert.deepEqual(found(text, /[\ud800-\udfff]{2}/g), ['𠮷@0', '𠮷@2']);
    // A pattern without the u flag can match a low half followed by a high half: never kept.
    assert.deepEqual(found(text, /\udfb7\ud842/g), []);
  });

  it('asks a caller’s boundary for each match', () => {
    const notBeforeSheng = (text: string, _start: number, end: number) => text[end] !== '省';
    assert.deepEqual(found('江西、江西省', /江西/g, { boundary: notBeforeSheng }), ['江西@0']);
  });

  it('works on any text and ignored ranges, not only a document', () => {
    const out: number[] = [];
    matchPattern({ text: 'aXbXc', ignored: [[1, 2]] }, /X/g, (_m, start) => out.push(start));
    assert.deepEqual(out, [3]);
  });
});

describe('matching a word list', () => {
  it('finds each word once, longest first, without overlap', () => {
    assert.deepEqual(words('截止日期与截至目前，截至', ['截至', '截止', '截至目前']), ['截止@0-2', '截至目前@5-9', '截至@10-12']);
  });

  it('gives a shorter word its chance when the boundary drops the longer', () => {
    // A caller's Chinese boundary: the word may not be followed by 的.
    const boundary = (text: string, _start: number, end: number) => text[end] !== '的';
    assert.deepEqual(words('发展中的国家', ['发展', '发展中'], { boundary }), ['发展@0-2']);
  });

  it('skips ignored ranges and honours Latin boundaries', () => {
    assert.deepEqual(words('`GDP` GDP GDPR', ['GDP']), ['GDP@6-9', 'GDP@10-13']);
    assert.deepEqual(words('`GDP` GDP GDPR', ['GDP'], { wordBoundary: true }), ['GDP@6-9']);
  });

  it('handles words outside the BMP and CRLF text', () => {
    assert.deepEqual(words('吉\r\n𠮷祥', ['𠮷祥', '吉']), ['吉@0-1', '𠮷祥@3-6']);
  });

  it('an empty list or empty words find nothing', () => {
    assert.deepEqual(words('甲乙', []), []);
    assert.deepEqual(words('甲乙', ['']), []);
  });

  it('looks only where the first two characters may begin a word, one-character words and the last character too', () => {
    const list = new WordList(['一筹莫展', '一如既往', '乙']);
    const text = '一是一筹莫展，一如既往乙';
    assert.deepEqual([...text].map((_, i) => list.mayStartAt(text, i)).flatMap((may, i) => (may ? [i] : [])), [2, 7, 11]);
    assert.deepEqual(words(text, ['一筹莫展', '一如既往', '乙']), ['一筹莫展@2-6', '一如既往@7-11', '乙@11-12']);
    assert.deepEqual(words('甲乙', ['乙', '乙丙']), ['乙@1-2']);
  });
});

describe('insideWord', () => {
  const cases: [string, boolean][] = [
    ['GD|P', true],
    ['ＧＤ|Ｐ', true],
    ['1|5', true],
    ['2.|5', true],
    ['2|.5', true],
    ['1,|234', true],
    ['GDP|增长', false],
    ['|GDP', false],
    ['GDP|', false],
    ['5|。', false],
    ['第1|，2', false],
    ['2.|x', false],
  ];
  for (const [marked, inside] of cases) {
    it(`${marked}: ${inside}`, () => assert.equal(insideWord(marked.replace('|', ''), marked.indexOf('|')), inside));
  }
});
