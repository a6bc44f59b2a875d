import { isHan, isWhitespace } from '../text/chars.js';
import { DOCUMENT_NUMBER_RE, isDocumentNumber } from '../text/document-numbers.js';
import type { PairedMark } from '../model/paired-marks.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

const MESSAGES = {
  title: {
    'zh-CN': '同一文号「{number}」前后所引标题不同：前文为《{first}》，这里为《{second}》',
    en: 'One document number, two titles: {number} is cited as 《{first}》 earlier and 《{second}》 here',
  },
  number: {
    'zh-CN': '同一文件《{title}》前后所引文号不同：前文为「{first}」，这里为「{second}」',
    en: 'One title, two document numbers: 《{title}》 is cited with {first} earlier and {second} here',
  },
  earlierTitle: { 'zh-CN': '前文所引的标题', en: 'The title cited earlier' },
  earlierNumber: { 'zh-CN': '前文所引的文号', en: 'The number cited earlier' },
};

/** The longest issuing-body code (机关代字) read before a number's year: 国办发, 京政办发, 内蒙古自治区政办发. */
const MAX_CODE = 12;

/** A citation: 《关于…的通知》（国办发〔2025〕3号）. */
interface Citation {
  /** Inside the 《》. */
  readonly title: string;
  readonly titleRange: Range;
  readonly titleKey: string;
  /** Code, year and number: the same however the brackets, 第 or leading zeros are written. */
  readonly numberKey: string;
  readonly code: string;
  /** Year and number, without the code. */
  readonly serial: string;
  /** The number as written, code to 号. */
  readonly number: string;
  readonly numberRange: Range;
}

/**
 * One cited document, one title and one number: the same 文号 cited under two titles, or the same
 * title with two 文号, within a document. A citation is a 《title》 followed by its number in
 * brackets. Titles are compared as a reader would (see `titleKey`), and one containing the other
 * is the same document cited more or less fully (with or without its issuer, 关于印发〈X〉的通知 or X).
 */
export default defineRule()({
  id: 'citation-consistency',
  category: 'wording',
  title: { 'zh-CN': '引文标题与文号一致', en: 'Consistent citations' },
  description: {
    'zh-CN': '同一文号前后引用的标题不同，或同一标题前后所附文号不同',
    en: 'One document number cited with two titles, or one title with two document numbers',
  },
  explanation: {
    'zh-CN': '引用公文先引标题，后引发文字号。同一份文件在一篇稿子里只有一个标题、一个文号；前后不一，多半有一处抄错。两处相互链接，核对原文后改正。',
    en: 'A cited document is given by its title, then its number in brackets. One document has one title and one number; two usually mean one of them was copied wrong. Both places are linked: check the original and correct one.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    // Each number after a 》 and a bracket: where its code begins, its year bracket, its end, the 》.
    const found: { code: number; yearAt: number; end: number; titleClose: number; year: string; digits: string }[] = [];
    doc.match(DOCUMENT_NUMBER_RE, (m, start) => {
      const [whole, open, year, close, , digits] = m as unknown as [string, string, string, string, string, string];
      if (!isDocumentNumber(text, start, open, close)) return;
      let codeStart = start;
      while (codeStart > 0 && start - codeStart < MAX_CODE && isHan(text[codeStart - 1]!)) codeStart--;
      if (text[codeStart - 1] !== '（' && text[codeStart - 1] !== '(') return;
      let titleClose = codeStart - 2;
      while (titleClose >= 0 && isWhitespace(text[titleClose]!)) titleClose--;
      if (text[titleClose] !== '》') return;
      found.push({ code: codeStart, yearAt: start, end: start + whole.length, titleClose, year, digits });
    });
    if (found.length < 2) return;
    const titles = new Map<number, PairedMark>();
    for (const s of doc.pairedMarks) if (s.pair === '《》' && s.state === 'paired') titles.set(s.close, s);
    const citations: Citation[] = [];
    for (const f of found) {
      const span = titles.get(f.titleClose);
      if (!span) continue;
      const title = text.slice(span.open + 1, span.close);
      const code = text.slice(f.code, f.yearAt);
      const serial = `〔${f.year}〕${Number(f.digits)}号`;
      citations.push({
        title,
        titleRange: span.range,
        titleKey: titleKey(title),
        code,
        serial,
        numberKey: code + serial,
        number: text.slice(f.code, f.end),
        numberRange: [f.code, f.end],
      });
    }
    const byNumber = new Map<string, Citation>();
    const byTitle = new Map<string, Citation>();
    for (const c of citations) {
      const sameNumber = byNumber.get(c.numberKey);
      if (!sameNumber) byNumber.set(c.numberKey, c);
      else if (!sameDocument(sameNumber.titleKey, c.titleKey)) {
        ctx.report({
          range: c.titleRange,
          messageId: 'title',
          params: { number: c.number, first: sameNumber.title, second: c.title },
          related: [{ range: sameNumber.titleRange, messageId: 'earlierTitle' }],
        });
        continue;
      }
      const sameTitle = byTitle.get(c.titleKey);
      if (!sameTitle) byTitle.set(c.titleKey, c);
      // Two issuers may give two documents one title (a ministry's 意见 and a province's own);
      // one issuer's code with another's serial is one document cited with a slip.
      else if (sameTitle.numberKey !== c.numberKey && (sameTitle.code === c.code || sameTitle.serial === c.serial)) {
        ctx.report({
          range: c.numberRange,
          messageId: 'number',
          params: { title: c.title, first: sameTitle.number, second: c.number },
          related: [{ range: sameTitle.numberRange, messageId: 'earlierNumber' }],
        });
      }
    }
  },
});

/**
 * A title as a reader compares it: without spaces and the marks of titles and quotations nested in
 * it (〈〉, 《》, “”), with full- and half-width forms folded (（） and (), digits) and one dash for
 * —, –, -, ～ — none of which changes which document is meant.
 */
function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s〈〉<>《》“”"‘’'「」]/g, '')
    .replace(/[—–\-－～~―]+/g, '-');
}

function sameDocument(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}
