import { toChineseNumber } from '../text/numerals.js';
import { defineRule } from '../rule.js';
import { sequenceBreak } from '../model/sequence.js';
import { LAST, SERIES_DELIMITERS, type Series, type SeriesItem } from '../model/series.js';
import type { Fix } from '../types.js';

const MESSAGES = {
  start: { 'zh-CN': '列举应从「{expected}」开始，这里是「{found}」', en: 'The enumeration should start at "{expected}"; found "{found}"' },
  gap: { 'zh-CN': '列举不连续：「{previous}」之后应为「{expected}」，这里是「{found}」', en: 'The enumeration skips: after "{previous}" comes "{expected}", found "{found}"' },
  duplicate: { 'zh-CN': '列举重复：「{previous}」之后又是「{found}」，应为「{expected}」', en: 'Repeated: "{found}" again after "{previous}"; should be "{expected}"' },
  backward: { 'zh-CN': '列举顺序颠倒：「{previous}」之后是「{found}」', en: 'Out of order: "{found}" after "{previous}"' },
  follow: { 'zh-CN': '列举应为「{expected}」，这里是「{found}」（前面有误，依次顺延）', en: 'Should be "{expected}", found "{found}" (an earlier item is off; the rest follow)' },
  mixed: { 'zh-CN': '列举方式混用：前面用「{first}」，这里用「{found}」，应为「{expected}」', en: 'Two forms of enumeration: "{first}" before, "{found}" here; should be "{expected}"' },
  afterLast: { 'zh-CN': '「最后」之后还有「{found}」', en: '"{found}" after "最后"' },
};

const ORDER_WORDS = ['', '首先', '其次', '再次'];

export default defineRule()({
  id: 'enumeration-sequence',
  category: 'outline',
  title: { 'zh-CN': '段中列举序号', en: 'Run-in enumeration' },
  description: {
    'zh-CN': '段中列举（一是…二是…、第一，…第二，…、其一…其二…、首先…其次…最后）连续、不重复、不混用',
    en: 'Run-in enumerations (一是…二是…, 第一，…, 其一…, 首先…其次…最后) without gaps, repeats or mixed forms',
  },
  explanation: {
    'zh-CN': '“一是…二是…”“第一，…第二，…”“首先…其次…”是各自独立的序次语，应连续且不混用（GB/T 15834-2011 附录B.3.1）；讲话时漏一个“三是”，听众立刻能听出来。',
    en: '一是…二是…, 第一，…第二，… and 首先…其次… are separate series (GB/T 15834-2011 Annex B.3.1): keep each unbroken and unmixed; a skipped 三是 is heard at once.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const text = ctx.doc.text;
    const shown = (item: SeriesItem) => text.slice(item.marker[0], item.marker[1]);
    ctx.doc.series.forEach((series, seriesIndex) => {
      const first = series.items[0]!;
      const group = `enumeration-sequence:${seriesIndex}`;
      if (series.kind === 'order') {
        checkOrder(series);
        return;
      }
      let broken = false;
      series.items.forEach((item, i) => {
        const expected = i + 1;
        const mixed = series.mixed.includes(item);
        if (item.value === expected && !mixed) return;
        const previous = series.items[i - 1];
        const expectedText = render(series, first, expected);
        const params = { found: shown(item), expected: expectedText, previous: previous ? shown(previous) : '', first: shown(first) };
        let messageId: keyof typeof MESSAGES;
        let fix: Fix;
        if (mixed && item.value === expected) {
          messageId = 'mixed';
          fix = mixedFix(text, series, item, expectedText);
        } else {
          messageId = sequenceBreak(item.value, previous?.value, broken);
          fix = mixed ? mixedFix(text, series, item, expectedText) : { range: item.numeral, text: toChineseNumber(expected) };
          broken = true;
        }
        ctx.report({ range: item.marker, messageId, params, fix, group });
      });
    });

    /** 首先 → 其次 → 再次, and 最后 last. A repeated 其次 is a 再次. */
    function checkOrder(series: Series): void {
      let previous: SeriesItem | undefined;
      for (const item of series.items) {
        if (previous) {
          const params = { found: shown(item), previous: shown(previous), expected: ORDER_WORDS[previous.value + 1] ?? '' };
          if (previous.value === LAST) {
            ctx.report({ range: item.marker, messageId: 'afterLast', params });
          } else if (item.value === previous.value && item.value === 2) {
            ctx.report({ range: item.marker, messageId: 'duplicate', params, fix: { range: item.marker, text: '再次' } });
          } else if (item.value <= previous.value) {
            ctx.report({ range: item.marker, messageId: 'backward', params });
          }
        } else if (item.value !== 1) {
          ctx.report({ range: item.marker, messageId: 'start', params: { found: shown(item), expected: '首先' } });
        }
        previous = item;
      }
    }
  },
});

/**
 * An item rewritten in its series' form, with the delimiter after it: `其二，` → `第二，` (not
 * `第二，，`), `第二，` → `其二，`, `其二，` → `二是`.
 */
function mixedFix(text: string, series: Series, item: SeriesItem, expected: string): Fix {
  const [start, end] = item.marker;
  const after = text[end];
  const delimited = item.kind !== 'di' && after !== undefined && SERIES_DELIMITERS.includes(after);
  const delimiter = series.kind === 'qi' && (delimited || item.kind === 'di') ? '，' : '';
  return { range: [start, delimited ? end + 1 : end], text: expected + delimiter };
}

/** The marker for number `n` in the series' own form: 三是, 第三，, 其三. */
function render(series: Series, first: SeriesItem, n: number): string {
  const numeral = toChineseNumber(n);
  switch (series.kind) {
    case 'verb':
      return `${numeral}${first.verb}`;
    case 'di':
      return `第${numeral}，`;
    default:
      return `其${numeral}`;
  }
}
