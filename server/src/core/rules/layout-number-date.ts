import { alignmentParam, CLAUSES, LAYOUT_MESSAGES, lineRange, majorityFormat, round } from '../model/layout.js';
import { defineRule } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  readonly dateRightIndent: number;
}

const MESSAGES = {
  ...LAYOUT_MESSAGES,
  number: {
    'zh-CN': '发文字号应在发文机关标志下居中排布（GB/T 9704-2012 {clause}），这里是{found}',
    en: 'The document number is centred under the issuing body’s mark (GB/T 9704-2012 {clause}); here it is {found}',
  },
  dateAlignment: {
    'zh-CN': '成文日期应右对齐、右空{chars}字编排（GB/T 9704-2012 {clause}），这里是{found}',
    en: 'The date is aligned right, {chars} characters from the margin (GB/T 9704-2012 {clause}); here it is {found}',
  },
  dateIndent: {
    'zh-CN': '成文日期应右空{chars}字编排（右缩进 {chars} 字符，GB/T 9704-2012 {clause}），这里右缩进约 {found} 字符',
    en: 'The date stands {chars} characters from the right margin (a right indent of {chars} characters, GB/T 9704-2012 {clause}); here the indent is about {found}',
  },
};

/** How far a right indent may be from the one required, in characters. */
const INDENT_TOLERANCE = 0.5;

export default defineRule<Options>()({
  id: 'layout-number-date',
  category: 'format',
  title: { 'zh-CN': '文号与成文日期的位置', en: 'Number and date placement' },
  description: {
    'zh-CN': 'Word 文档的发文字号居中排布，成文日期右对齐、右空四字',
    en: 'In a Word document the document number is centred and the date aligned right, four characters from the margin',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 规定发文字号编排在发文机关标志下空二行位置，居中排布（7.2.5；上行文的文号与签发人同行，居左空一字，不检查）；加盖印章的公文成文日期一般右空四字编排（7.3.5.1），即右对齐并右缩进 4 字符（日期后留四个全角空格的也算）。用空格把日期推到右边的，不算右对齐。',
    en: 'GB/T 9704-2012 centres the document number two lines under the issuing body’s mark (7.2.5; a report’s number shares its line with the signer and is not checked) and, on a sealed document, sets the date four characters from the right margin (7.3.5.1): aligned right with a right indent of 4 characters (four full-width spaces after the date count). A date pushed right with spaces is not aligned right.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    dateRightIndent: {
      type: 'number',
      default: 4,
      description: { 'zh-CN': '成文日期的右缩进（字符数）：加盖印章的为 4，不加盖印章的为 2', en: 'The right indent of the date, in characters: 4 on a sealed document, 2 on one without a seal' },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const layout = ctx.doc.layout;
    if (!layout) return;
    const { text, lines, head } = ctx.doc;
    const lineOf = (range: Range) => lines.findIndex((l) => l.start <= range[0] && range[0] <= l.end);
    if (head.documentNumber) {
      const i = lineOf(head.documentNumber);
      const paragraph = layout.paragraphs[i];
      const range = lineRange(text, lines, i);
      if (paragraph && !text.slice(range[0], range[1]).includes('签发人') && paragraph.alignment !== 'center') {
        ctx.report({ range, messageId: 'number', params: { clause: CLAUSES.documentNumber, found: alignmentParam(paragraph.alignment) } });
      }
    }
    const chars = ctx.options.dateRightIndent;
    for (const date of ctx.doc.signatureDates) {
      const i = lineOf(date.range);
      const paragraph = layout.paragraphs[i];
      if (!paragraph || paragraph.inTable) continue;
      const range = lineRange(text, lines, i);
      if (paragraph.alignment !== 'right') {
        ctx.report({ range, messageId: 'dateAlignment', params: { chars, clause: CLAUSES.date, found: alignmentParam(paragraph.alignment) } });
        continue;
      }
      const size = majorityFormat(paragraph, text.slice(lines[i]!.start, lines[i]!.end)).size ?? 16;
      const indent = paragraph.indent;
      // Word uses the indent in characters when it is set, the points otherwise; writers also leave the four characters as full-width spaces.
      const spaces = text.slice(range[1], lines[i]!.end).split('\u3000').length - 1;
      const found = (indent?.rightChars !== undefined && indent.rightChars !== 0 ? indent.rightChars : (indent?.right ?? 0) / size) + spaces;
      if (Math.abs(found - chars) > INDENT_TOLERANCE) ctx.report({ range, messageId: 'dateIndent', params: { chars, clause: CLAUSES.date, found: round(found) } });
    }
  },
});
