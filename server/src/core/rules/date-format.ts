import { daysInMonth, isValidDate, weekday, WEEKDAY_NAMES } from '../text/dates.js';
import { digitValue, parseChineseNumber, parseDigitByDigit } from '../text/numerals.js';
import { defineRule, type RuleContext } from '../rule.js';

const MESSAGES = {
  zero: { 'zh-CN': '年份中的零应写作「〇」：「{fixed}」，这里是「{written}」', en: 'A zero in a year written in Chinese numerals is 〇: {fixed}, not {written}' },
  mixed: {
    'zh-CN': '日期中汉字数字与阿拉伯数字混用：「{date}」',
    en: 'The date mixes Chinese numerals and Arabic digits: {date}',
  },
  noDay: { 'zh-CN': '没有这一天：{month}月只有 {days} 天', en: 'No such day: month {month} has {days} days' },
  noDayLeap: { 'zh-CN': '没有这一天：{year}年不是闰年，2月只有 28 天', en: 'No such day: {year} is not a leap year, February has 28 days' },
  noMonth: { 'zh-CN': '没有{month}月', en: 'There is no month {month}' },
  weekday: {
    'zh-CN': '{date}是星期{actual}，这里写的是星期{written}',
    en: '{date} is a {actualEn}, not the weekday written here (星期{written})',
  },
  signatureChinese: {
    'zh-CN': '成文日期用阿拉伯数字标注：「{arabic}」',
    en: 'The date of a document is written in Arabic numerals: {arabic}',
  },
  signatureZero: {
    'zh-CN': '成文日期不编虚位：「{fixed}」，这里是「{written}」',
    en: 'The date of a document has no leading zeros: {fixed}, not {written}',
  },
  toArabic: { 'zh-CN': '改为「{arabic}」', en: 'Write {arabic}' },
};

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const CN_DIGITS = '〇○零一二三四五六七八九';
/** A written date: year (Arabic, or Chinese digit by digit, perhaps with 0 typed in), month, day, and a weekday after it. */
const DATE_RE =
  /(?:(\d{4}|[〇○零0一二三四五六七八九]{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:[（(，,]?[ 　]?(?:星期|礼拜)([日天一二三四五六]))?/y;
const MONTH_CHARS = `0123456789${CN_DIGITS}十`;
const YUE_RE = /月/g;
/** A year written digit by digit with a zero that is not 〇 (二○二○年, 二零一九年, 二0一九年), found from its 年. */
const NIAN_RE = /年/g;
const YEAR_DIGITS_RE = /^[〇○零0一二三四五六七八九]{4}$/;
const BAD_ZERO = /[○零0]/g;
const NUMERAL_BEFORE = new RegExp(`[${CN_DIGITS}十百千万两0-9０-９]$`);
/** GB/T 9704-2012, which wants the date of a document in Arabic numerals, took effect on 1 July 2012. */
const ARABIC_SINCE = 20120701;

interface ParsedDate {
  readonly year: number | undefined;
  readonly month: number;
  readonly day: number | undefined;
  /** Which parts are in Chinese numerals, in order (year, month, day), as far as written. */
  readonly chinese: readonly boolean[];
}

export default defineRule()({
  id: 'date-format',
  category: 'format',
  title: { 'zh-CN': '日期写法', en: 'Date format' },
  description: {
    'zh-CN': '年份中的零写作「〇」；日期不混用汉字与阿拉伯数字；日期真实存在，星期与日期相符；成文日期用阿拉伯数字，不编虚位',
    en: 'A zero in a Chinese-numeral year is 〇; dates do not mix numerals; the day exists and its weekday is right; the date of a document is in Arabic numerals without leading zeros',
  },
  explanation: {
    'zh-CN': 'GB/T 15835-2011 规定年份用汉字数字时零写作“〇”；GB/T 9704-2012 规定成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位。6月31日、平年的2月29日不存在；星期写错会让人按错误的日期办事。',
    en: 'GB/T 15835-2011 writes the zero of a year in Chinese numerals as 〇; GB/T 9704-2012 writes the date of a document in Arabic numerals with no leading zeros. 31 June and 29 February of a common year do not exist, and a wrong weekday sends readers to the wrong day.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const text = ctx.doc.text;
    ctx.doc.match(NIAN_RE, (_, nian) => {
      const start = nian - 4;
      const year = text.slice(Math.max(0, start), nian);
      if (start < 0 || !YEAR_DIGITS_RE.test(year) || ctx.doc.isIgnored(start, nian)) return;
      if (NUMERAL_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return;
      // Four Arabic digits are a year in Arabic numerals, not a Chinese one with a bad zero.
      if (!/[一二三四五六七八九]/.test(year)) return;
      const fixed = year.replace(BAD_ZERO, '〇');
      if (fixed === year) return;
      const range: [number, number] = [start, start + 4];
      ctx.report({ range, messageId: 'zero', params: { fixed: `${fixed}年`, written: `${year}年` }, fix: { range, text: fixed } });
    });
    const signatures = new Set(ctx.doc.signatureDates.map((d) => d.range[0]));
    // Dates are found from their 月, far rarer than the numerals a date may begin with.
    ctx.doc.match(YUE_RE, (_, yue) => {
      const start = dateStart(text, yue);
      if (start === yue || NUMERAL_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return;
      DATE_RE.lastIndex = start;
      const m = DATE_RE.exec(text);
      if (!m || ctx.doc.isIgnored(start, start + m[0].length)) return;
      const [all, yearText, monthText, dayText, weekdayText] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined];
      const date = parse(yearText, monthText, dayText);
      if (!date) return;
      const dateLength = (yearText === undefined ? 0 : yearText.length + 1) + monthText.length + 1 + (dayText === undefined ? 0 : dayText.length + 1);
      const dateRange: [number, number] = [start, start + dateLength];
      const written = text.slice(dateRange[0], dateRange[1]);
      if (date.chinese.some((c) => c) && date.chinese.some((c) => !c)) {
        ctx.report({ range: dateRange, messageId: 'mixed', params: { date: written } });
      }
      if (date.month < 1 || date.month > 12) {
        ctx.report({ range: dateRange, messageId: 'noMonth', params: { month: date.month } });
        return;
      }
      if (date.day !== undefined && !isValidDate(date.month, date.day, date.year)) {
        const leap = date.month === 2 && date.day === 29 && date.year !== undefined;
        ctx.report(
          leap
            ? { range: dateRange, messageId: 'noDayLeap', params: { year: date.year! } }
            : { range: dateRange, messageId: 'noDay', params: { month: date.month, days: daysInMonth(date.month, date.year) } },
        );
        return;
      }
      if (weekdayText !== undefined && date.year !== undefined && date.day !== undefined) {
        const actual = weekday(date.year, date.month, date.day);
        const claimed = weekdayText === '天' ? 0 : WEEKDAY_NAMES.indexOf(weekdayText);
        if (actual !== claimed) {
          const at = start + all.length - 1;
          ctx.report({
            range: [start + searchWeekdayStart(all), at + 1],
            messageId: 'weekday',
            params: { date: written, actual: WEEKDAY_NAMES[actual]!, actualEn: WEEKDAYS_EN[actual]!, written: weekdayText },
          });
        }
      }
      if (signatures.has(start) && date.year !== undefined && date.day !== undefined && dateLength === all.length) {
        checkSignature(ctx, start, written, date);
      }
    });
  },
});

/** Where the date whose 月 is at `yue` begins: before its month, and its year when 年 precedes that. */
function dateStart(text: string, yue: number): number {
  let start = yue;
  while (start > yue - 2 && start > 0 && MONTH_CHARS.includes(text[start - 1]!)) start--;
  if (start === yue || text[start - 1] !== '年' || start - 5 < 0) return start;
  for (let i = start - 5; i < start - 1; i++) if (!`0123456789${CN_DIGITS}`.includes(text[i]!)) return start;
  return start - 5;
}

/** Where 星期 or 礼拜 begins in a match that ends with a weekday. */
function searchWeekdayStart(all: string): number {
  const i = all.lastIndexOf('星期');
  return i >= 0 ? i : all.lastIndexOf('礼拜');
}

function parse(yearText: string | undefined, monthText: string, dayText: string | undefined): ParsedDate | undefined {
  const chinese: boolean[] = [];
  let year: number | undefined;
  if (yearText !== undefined) {
    const isChinese = digitValue(yearText.charCodeAt(0)) < 0 || /[^0-9]/.test(yearText);
    year = isChinese ? parseDigitByDigit(yearText) : Number(yearText);
    if (year === undefined) return undefined;
    chinese.push(isChinese);
  }
  const number = (s: string): [number | undefined, boolean] => (/^\d+$/.test(s) ? [Number(s), false] : [parseChineseNumber(s), true]);
  const [month, monthChinese] = number(monthText);
  if (month === undefined) return undefined;
  chinese.push(monthChinese);
  let day: number | undefined;
  if (dayText !== undefined) {
    const [d, dayChinese] = number(dayText);
    if (d === undefined) return undefined;
    day = d;
    chinese.push(dayChinese);
  }
  return { year, month, day, chinese };
}

function checkSignature(ctx: RuleContext<Record<string, never>, never, keyof typeof MESSAGES>, start: number, written: string, date: ParsedDate): void {
  const arabic = `${date.year}年${date.month}月${date.day}日`;
  const range: [number, number] = [start, start + written.length];
  if (date.chinese.every((c) => c)) {
    if (date.year! * 10000 + date.month * 100 + date.day! < ARABIC_SINCE) return;
    ctx.report({ range, messageId: 'signatureChinese', params: { arabic }, suggestions: [{ messageId: 'toArabic', params: { arabic }, fix: { range, text: arabic } }] });
  } else if (date.chinese.every((c) => !c) && written !== arabic) {
    ctx.report({ range, messageId: 'signatureZero', params: { fixed: arabic, written }, fix: { range, text: arabic } });
  }
}
