import { CLAUSE_BOUNDARY, ORDER_WORDS } from '../model/series.js';
import { ORDINAL_NUMERALS } from '../text/numerals.js';
import { defineRule } from '../rule.js';

const MESSAGES = {
  comma: { 'zh-CN': '「{word}」后应使用逗号：「{word}，」', en: '"{word}" takes a comma: "{word}，"' },
};

const ORDINAL = new Set(ORDINAL_NUMERALS);

export default defineRule()({
  id: 'ordinal-punctuation',
  category: 'punctuation',
  title: { 'zh-CN': '序次语后的标点', en: 'Punctuation after an ordinal word' },
  description: {
    'zh-CN': '句首的“第一”“其一”“首先”等序次语后用逗号，不用顿号：“第一、”应为“第一，”',
    en: 'An ordinal word opening a sentence (`第一`, `其一`, `首先`) takes a comma, not `、`: `第一，` not `第一、`',
  },
  explanation: {
    'zh-CN': '“第一”“其次”“首先”这类词语充当序次语时，后面用逗号（GB/T 15834-2011 附录B）；顿号用于汉字数字序号“一、”。',
    en: 'Ordinal words such as `第一`, `其次`, `首先` are followed by a comma (GB/T 15834-2011 Annex B); `、` belongs after a bare numeral such as `一、`.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { text } = ctx.doc;
    const isIgnored = (start: number, end: number) => ctx.doc.isIgnored(start, end);
    const report = (start: number, comma: number) => {
      // `第一、二轮`, `第一、第二产业`, `其一、其二`: ordinals listed, not a series marker.
      const next = text[comma + 1] ?? '';
      if (ORDINAL.has(next) || ((next === '第' || next === '其') && ORDINAL.has(text[comma + 2] ?? ''))) return;
      const word = text.slice(start, comma);
      ctx.report({ range: [start, comma + 1], messageId: 'comma', params: { word }, fix: { range: [comma, comma + 1], text: '，' } });
    };
    // The series model finds 第一 and 其一 where a clause starts, with what follows them.
    for (const mark of ctx.doc.seriesMarks) {
      if (mark.kind !== 'di' && mark.kind !== 'qi') continue;
      const after = mark.kind === 'di' ? mark.marker[1] - 1 : mark.marker[1];
      if (text[after] === '、') report(mark.marker[0], after);
    }
    // 首先、其次、再次、最后 followed by 、 are no series marker to the model: found at the same places.
    for (const word of Object.keys(ORDER_WORDS)) {
      for (let at = text.indexOf(`${word}、`); at >= 0; at = text.indexOf(`${word}、`, at + 1)) {
        if ((at > 0 && !CLAUSE_BOUNDARY[text.charCodeAt(at - 1)]) || isIgnored(at, at + word.length + 1)) continue;
        report(at, at + word.length);
      }
    }
  },
});
