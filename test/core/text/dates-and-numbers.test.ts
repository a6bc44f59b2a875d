import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysInMonth, isLeapYear, isValidDate, weekday } from '../../../server/src/core/text/dates.js';
import { isDocumentNumberBracket } from '../../../server/src/core/text/document-numbers.js';
import { parseDigitByDigit } from '../../../server/src/core/text/numerals.js';

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    assert.deepEqual([2024, 2025, 1900, 2000].map(isLeapYear), [true, false, false, true]);
    assert.equal(daysInMonth(2, 2025), 28);
    assert.equal(daysInMonth(2), 29);
    assert.equal(daysInMonth(6), 30);
    assert.equal(isValidDate(6, 31), false);
    assert.equal(isValidDate(2, 29, 2024), true);
    assert.equal(isValidDate(13, 1), false);
  });
  it('gives the weekday of a date, Sunday 0', () => {
    assert.equal(weekday(2025, 10, 15), 3); // a Wednesday
    assert.equal(weekday(2000, 1, 1), 6);
    assert.equal(weekday(2024, 2, 29), 4);
    assert.equal(weekday(2026, 12, 2), 3);
  });
});

describe('parseDigitByDigit', () => {
  it('reads years written digit by digit with any zero', () => {
    assert.deepEqual(['二〇二五', '二○二○', '二零一九', '二0一九', '一九九八'].map(parseDigitByDigit), [2025, 2020, 2019, 2019, 1998]);
    assert.equal(parseDigitByDigit('二十'), undefined);
    assert.equal(parseDigitByDigit('两〇'), undefined);
    assert.equal(parseDigitByDigit(''), undefined);
  });
});

describe('isDocumentNumberBracket', () => {
  const at = (text: string, c: string) => text.indexOf(c);
  it('holds for both brackets of a document number, whatever their kind', () => {
    for (const t of ['国办发(2025)12号', '京政函（25）第8号', '国办发〔2025〕08号']) {
      const open = [...t].findIndex((c) => '(（〔'.includes(c));
      const close = [...t].findIndex((c) => ')）〕'.includes(c));
      assert.equal(isDocumentNumberBracket(t, open), true, t);
      assert.equal(isDocumentNumberBracket(t, close), true, t);
    }
  });
  it('does not hold for other brackets around years', () => {
    assert.equal(isDocumentNumberBracket('（2025）京0105民初123号', 0), false);
    assert.equal(isDocumentNumberBracket('行动计划(2024—2026年)', at('行动计划(2024—2026年)', '(')), false);
    assert.equal(isDocumentNumberBracket('完成目标(2025)12号', at('完成目标(2025)12号', ')')), false);
    assert.equal(isDocumentNumberBracket('国办发(2025)', 3), false);
    assert.equal(isDocumentNumberBracket('(', 0), false);
  });
});
