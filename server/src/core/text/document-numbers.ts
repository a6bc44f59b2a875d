/**
 * The shape of a document number (发文字号), issued or cited: an issuing body's code of Han
 * characters, the year in brackets, the serial number and 号 — 国办发〔2025〕12号, and as writers get
 * it wrong: 国办发[2025]12号, 京政发（25）第8号. `document-number` reports these; a rule about
 * half-width brackets leaves brackets for which `isDocumentNumberBracket` holds to it.
 */
import { isHan } from './chars.js';

/** The bracketed year, the number and 号; groups: open, year, close, 第, digits. */
export const DOCUMENT_NUMBER_RE = /([〔[【(（﹝［])(\d{4}|\d{2})([〕\]】)）﹞］])(第?)(\d{1,5})号/g;
const STICKY_RE = new RegExp(DOCUMENT_NUMBER_RE.source, 'y');
const OPEN = '〔[【(（﹝［';
const CLOSE = '〕]】)）﹞］';
/** The last character of an issuing body's code (机关代字): 国办发, 京政函, 财税字, 豫政办. */
const CODE_END_RE = /[发函字办令电复呈报通规]$/;

/**
 * Whether a match of DOCUMENT_NUMBER_RE at `start` is a document number: after a Han character,
 * and with brackets other than 〔〕 only after a code ending as codes do (…发, …函, …字, …办) and
 * with a matching pair, so that `（2025）京01民初12号` or `（2024—2026年）` are not.
 */
export function isDocumentNumber(text: string, start: number, open: string, close: string): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  if (!isHan(before)) return false;
  if (open === '〔' && close === '〕') return true;
  return CODE_END_RE.test(before) && OPEN.indexOf(open) === CLOSE.indexOf(close);
}

/** Whether the bracket at `at` (opening or closing) is one of a document number's. */
export function isDocumentNumberBracket(text: string, at: number): boolean {
  const c = text[at] ?? '';
  let start = at;
  if (CLOSE.includes(c)) start = at - 3 >= 0 && OPEN.includes(text[at - 3]!) ? at - 3 : at - 5;
  if (start < 0 || !OPEN.includes(text[start]!)) return false;
  STICKY_RE.lastIndex = start;
  const m = STICKY_RE.exec(text);
  return m !== null && (start === at || start + 1 + m[2]!.length === at) && isDocumentNumber(text, start, m[1]!, m[3]!);
}
