import { DOCUMENT_NUMBER_RE, isDocumentNumber } from '../text/document-numbers.js';
import { defineRule } from '../rule.js';

const MESSAGES = {
  bracket: {
    'zh-CN': '发文字号的年份用六角括号「〔〕」括入，这里是「{open}{close}」',
    en: 'The year of a document number goes in tortoise-shell brackets 〔〕, not {open}{close}',
  },
  shortYear: { 'zh-CN': '发文字号的年份应写全四位，这里是「{year}」', en: 'The year of a document number takes all four digits, not {year}' },
  ordinal: { 'zh-CN': '发文字号的序号前不加「第」：「{number}号」', en: 'The number of a document number takes no 第: {number}号' },
  leadingZero: { 'zh-CN': '发文字号的序号不编虚位：「{number}号」，这里是「{written}号」', en: 'The number of a document number has no leading zero: {number}号, not {written}号' },
};

/**
 * A document number (发文字号), written or cited: 机关代字 + year in 〔〕 + number + 号
 * (GB/T 9704-2012 §7.2.5), recognised by its shape (text/document-numbers.ts).
 */
export default defineRule()({
  id: 'document-number',
  category: 'format',
  title: { 'zh-CN': '发文字号', en: 'Document number' },
  description: {
    'zh-CN': '发文字号（含引用的文号）年份用「〔〕」括入并写全四位，序号不加「第」、不编虚位',
    en: 'Document numbers (issued or cited) put a four-digit year in 〔〕, and the number takes neither 第 nor leading zeros',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 规定：发文字号由发文机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入，发文顺序号不加“第”字，不编虚位。',
    en: 'GB/T 9704-2012: a document number is the issuing body’s code, the year in 〔〕 and the serial number; the number takes no 第 and no leading zeros.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const text = ctx.doc.text;
    ctx.doc.match(DOCUMENT_NUMBER_RE, (m, start) => {
      const [, open, year, close, di, digits] = m as unknown as [string, string, string, string, string, string];
      if (!isDocumentNumber(text, start, open, close)) return;
      const right = open === '〔' && close === '〕';
      const yearStart = start + 1;
      const closeAt = yearStart + year.length;
      if (!right) {
        ctx.report({
          range: [start, closeAt + 1],
          messageId: 'bracket',
          params: { open, close },
          fix: { range: [start, closeAt + 1], text: `〔${year}〕` },
        });
      }
      if (year.length === 2) ctx.report({ range: [yearStart, closeAt], messageId: 'shortYear', params: { year } });
      const numberStart = closeAt + 1 + di.length;
      const number = String(Number(digits));
      if (di) {
        ctx.report({ range: [closeAt + 1, closeAt + 2], messageId: 'ordinal', params: { number }, fix: { range: [closeAt + 1, closeAt + 2], text: '' } });
      }
      if (digits.length > 1 && digits[0] === '0' && number !== '0') {
        const zeros = digits.length - number.length;
        ctx.report({
          range: [numberStart, numberStart + digits.length + 1],
          messageId: 'leadingZero',
          params: { number, written: digits },
          fix: { range: [numberStart, numberStart + zeros], text: '' },
        });
      }
    });
  },
});
