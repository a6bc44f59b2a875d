import type { PairedMark } from '../model/paired-marks.js';
import { defineRule } from '../rule.js';
import { overlapsAny } from '../text/ranges.js';

const MESSAGES = {
  unclosed: { 'zh-CN': '「{open}」没有配对的「{close}」', en: '"{open}" has no matching "{close}"' },
  unopened: { 'zh-CN': '「{close}」前面没有配对的「{open}」', en: '"{close}" has no matching "{open}" before it' },
  crossed: {
    'zh-CN': '「{outer}」与「{inner}」交错嵌套：应先关闭里面的「{innerClose}」',
    en: '"{outer}" and "{inner}" interleave: the inner "{innerClose}" should close first',
  },
};

/** The ASCII mark typed for each full-width one: a pair of mixed widths is punctuation-width's. */
const ASCII_PARTNER: Readonly<Record<string, string>> = { '（': ')', '）': '(', '“': '"', '”': '"' };

export default defineRule()({
  id: 'paired-marks',
  category: 'punctuation',
  title: { 'zh-CN': '成对标点不配对', en: 'Unbalanced paired marks' },
  description: {
    'zh-CN': '同一段中引号、书名号、括号不成对（“” ‘’ 《》 （） 〔〕 【】），或交错嵌套（`“…《…”…》`）',
    en: 'Quotation marks, book-title marks or brackets without their partner in the paragraph (“” ‘’ 《》 （） 〔〕 【】), or interleaved (`“…《…”…》`)',
  },
  explanation: {
    'zh-CN': '引号、括号、书名号等标号成对使用，嵌套时里层先关闭（GB/T 15834-2011）；缺了一半的标号常是删改时漏删或漏补。',
    en: 'Quotation marks, brackets and book-title marks come in pairs and nest, the inner pair closing first (GB/T 15834-2011); a lone half is usually left over from an edit.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { text, paragraphs } = ctx.doc;
    const marks = ctx.doc.pairedMarks;
    if (marks.every((m) => m.state === 'paired')) return;
    const markers = ctx.doc.outline.nodes.map((n) => n.marker);
    const joined = wrappedAcrossLines(text, paragraphs, marks);
    const byOpen = new Map(marks.filter((m) => m.open >= 0).map((m) => [m.open, m]));
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k]!;
      const [open, close] = [mark.pair[0]!, mark.pair[1]!];
      const { start, end } = paragraphs[mark.paragraph]!;
      if (mark.state === 'unclosed') {
        if (joined.has(k) || continuedQuotation(paragraphs, byOpen, mark)) continue;
        if (ASCII_PARTNER[open] && text.slice(mark.open + 1, end).includes(ASCII_PARTNER[open]!)) continue;
        ctx.report({ range: mark.range, messageId: 'unclosed', params: { open, close } });
      } else if (mark.state === 'unopened') {
        if (joined.has(k) || overlapsAny(markers, mark.close, mark.close + 1)) continue;
        if (ASCII_PARTNER[close] && text.slice(start, mark.close).includes(ASCII_PARTNER[close]!)) continue;
        ctx.report({ range: mark.range, messageId: 'unopened', params: { open, close } });
      } else if (mark.state === 'crossed' && mark.crosses > k) {
        // Once per crossing, at the span opened first.
        const other = marks[mark.crosses]!;
        ctx.report({
          range: [mark.open, other.close + 1],
          messageId: 'crossed',
          params: { outer: `${open}…${close}`, inner: `${other.pair[0]!}…${other.pair[1]!}`, innerClose: other.pair[1]! },
        });
      }
    }
  },
});

/** How many lines on a title or quote may wrap over (a line cut short by a PDF export: `“双向` / `揭榜` / `挂帅”`). */
const WRAP_LINES = 3;

/**
 * A title or quote wrapped onto the following lines (`《关于…` / `…的通知》`): the last unclosed
 * opener of a paragraph and the first unopened closer of one of the next lines are one pair, when
 * no blank line comes between and the lines between have no unpaired mark of their own.
 */
function wrappedAcrossLines(text: string, paragraphs: readonly { start: number; end: number }[], marks: readonly PairedMark[]): Set<number> {
  const joined = new Set<number>();
  const lastUnclosed = new Map<number, number>();
  const firstUnopened = new Map<number, number>();
  const unpaired = new Set<number>();
  marks.forEach((m, k) => {
    if (m.state === 'unclosed') lastUnclosed.set(m.paragraph, k);
    else if (m.state === 'unopened' && !firstUnopened.has(m.paragraph)) firstUnopened.set(m.paragraph, k);
    if (m.state === 'unclosed' || m.state === 'unopened') unpaired.add(m.paragraph);
  });
  for (const [p, k] of lastUnclosed) {
    for (let q = p + 1; q <= p + WRAP_LINES && q < paragraphs.length; q++) {
      const gap = text.slice(paragraphs[q - 1]!.end, paragraphs[q]!.start);
      if ((gap.match(/\n/g) ?? []).length !== 1) break;
      const next = firstUnopened.get(q);
      if (next !== undefined && marks[next]!.pair === marks[k]!.pair) {
        joined.add(k);
        joined.add(next);
        break;
      }
      if (unpaired.has(q)) break;
    }
  }
  return joined;
}

/**
 * A quotation of several paragraphs (GB/T 15834): each opens with “ and only the last closes, at its
 * end. So an opener leading its paragraph is left open when the next paragraph also leads with one
 * that is left open or closes at that paragraph's end.
 */
function continuedQuotation(paragraphs: readonly { start: number; end: number }[], byOpen: ReadonlyMap<number, PairedMark>, mark: PairedMark): boolean {
  if ((mark.pair !== '“”' && mark.pair !== '‘’') || mark.open !== paragraphs[mark.paragraph]!.start) return false;
  const next = paragraphs[mark.paragraph + 1];
  const lead = next && byOpen.get(next.start);
  return lead !== undefined && lead.pair === mark.pair && (lead.state === 'unclosed' || lead.close === next!.end - 1);
}
