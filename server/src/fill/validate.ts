import { format } from '../core/text/format.js';
import { anyOf, charClass } from '../core/text/chars.js';
import { AMOUNT_NUMERALS, ARTICLE_NUMERALS, DIGIT_BY_DIGIT, NUMERAL_CHARS, ORDINAL_NUMERALS, parseChineseNumber } from '../core/text/numerals.js';
import { BLANK_UNITS, FIGURE_UNITS } from '../core/text/units.js';
import type { Locale } from './types.js';

export type FillResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const ARABIC_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CHINESE_NUMBER_RE = new RegExp(`^${charClass(AMOUNT_NUMERALS)}+$`);
// 3.2万, 5千: a number typed with its scale.
const SCALE_RE = new RegExp(`[${NUMERAL_CHARS.scales}千百]$`);
const LABEL_RE = new RegExp(`^[0-9A-Za-z\\-${ARTICLE_NUMERALS}]{1,10}$`);
const CHINESE_YEAR_RE = new RegExp(`^${charClass(DIGIT_BY_DIGIT)}{4}$`);
const CHINESE_ORDINAL_RE = new RegExp(`^${charClass(ORDINAL_NUMERALS)}+$`);
// A number typed with its unit where the template writes none (`[金额]`): 12.5万元, 300人.
const TYPED_UNIT_RE = new RegExp(`${anyOf([...new Set([...FIGURE_UNITS, ...BLANK_UNITS])].sort((a, b) => b.length - a.length))}$`);
// A whole date, a time of day, or both, for a slot such as `[日期]` or `[会议时间]`: 2025年6月18日,
// 6月18日, 2025-06-18, 二〇二五年六月十八日, 上午9:30, 9时30分, 2025年6月18日（星期三）下午3点.
const CN_NUMBER = `${charClass(ORDINAL_NUMERALS)}{1,3}`;
const YEAR_PART = `(?:\\d{4}|${charClass(DIGIT_BY_DIGIT)}{4})年`;
const MONTH_PART = `(?:\\d{1,2}|${CN_NUMBER})月`;
const DAY_PART = `(?:\\d{1,2}|${CN_NUMBER})[日号]`;
const WRITTEN_DATE = `(?:${YEAR_PART}(?:${MONTH_PART}(?:${DAY_PART})?)?|${MONTH_PART}(?:${DAY_PART})?|\\d{4}[-./]\\d{1,2}(?:[-./]\\d{1,2})?)`;
const WEEKDAY = '(?:[（(](?:星期|周)[一二三四五六日天][）)])?';
const TIME_OF_DAY = `(?:上午|下午|中午|晚上|早上|凌晨)?(?:\\d{1,2}[:：]\\d{2}|(?:\\d{1,2}|${CN_NUMBER})[时点](?:(?:\\d{1,2}|${CN_NUMBER})分|半|整)?)(?:\\s*[-—至到~～]\\s*(?:\\d{1,2}[:：]\\d{2}|(?:\\d{1,2}|${CN_NUMBER})[时点](?:(?:\\d{1,2}|${CN_NUMBER})分|半)?))?`;
const MONTH_DAY_RE = new RegExp(`(\\d{1,2}|${CN_NUMBER})月(?:(\\d{1,2}|${CN_NUMBER})[日号])?`);
const NUMERIC_DATE_RE = /^\d{4}[-./](\d{1,2})(?:[-./](\d{1,2}))?/;
const DATE_TIME_RE = new RegExp(`^(?:${WRITTEN_DATE}${WEEKDAY}(?:\\s*${TIME_OF_DAY})?|${TIME_OF_DAY})$`);
// A phone number: 0471-1234567, 138 0000 0000, (010)12345678, +86 10 12345678, 12345678转123.
const PHONE_RE = /^(?:[+＋]\d{1,3}[ -]?)?(?:[(（]\d{2,4}[)）][ -]?)?\d[\d -]{4,18}\d(?:转\d{1,6})?$/;

const MESSAGES = {
  'zh-CN': {
    empty: '请输入{what}，按 Esc 取消',
    number: '请输入数字，如 12.5、1,234、3.2万',
    numberNoScale: '单位已有“{unit}”，请只输入数字，如 12.5',
    percent: '请输入百分数的数字部分，如 12.5（“%”会保留）',
    year: '请输入四位年份，如 2025',
    month: '请输入月份 1–12',
    day: '请输入日期 1–31',
    ordinal: '请输入序数，如 3 或 十九',
    lineBreak: '不能包含换行',
    tooLong: '内容过长（最多 {max} 字）',
    person: '请输入姓名',
    label: '请输入编号，如 3、A 或 B2（“{unit}”会保留）',
    dateTime: '请输入日期或时间，如 2025年6月18日、6月18日上午9:30',
    phone: '请输入电话号码，如 0471-1234567',
  },
  en: {
    empty: 'Enter {what}; Esc cancels',
    number: 'Enter a number such as 12.5, 1,234 or 3.2万',
    numberNoScale: 'The unit already has "{unit}"; enter just the number, such as 12.5',
    percent: 'Enter the number of the percentage, such as 12.5 (the "%" stays)',
    year: 'Enter a four-digit year such as 2025',
    month: 'Enter a month, 1–12',
    day: 'Enter a day, 1–31',
    ordinal: 'Enter an ordinal such as 3 or 十九',
    lineBreak: 'Line breaks are not allowed',
    tooLong: 'Too long (at most {max} characters)',
    person: "Enter a person's name",
    label: 'Enter a number label such as 3, A or B2 (the "{unit}" stays)',
    dateTime: 'Enter a date or a time such as 2025年6月18日 or 6月18日上午9:30',
    phone: 'Enter a phone number such as 0471-1234567',
  },
} as const;

const WHAT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': { number: '数值', percent: '百分比', date: '日期', name: '名称', label: '编号', person: '姓名', ordinal: '序数', phone: '电话号码', text: '内容', marker: '内容' },
  en: { number: 'a number', percent: 'a percentage', date: 'a date', name: 'a name', label: 'a number label', person: 'a name', ordinal: 'an ordinal', phone: 'a phone number', text: 'the text', marker: 'the text' },
};

/** What the input box shows as an example of the expected content. */
export function exampleFor(kind: string, unit: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (kind) {
    case 'number':
      return zh ? `数字，如 12.5${unit ? `（单位“${unit}”会保留）` : ''}` : `a number such as 12.5${unit ? ` (the unit "${unit}" stays)` : ''}`;
    case 'percent':
      return zh ? '数字，如 12.5（“%”会保留）' : 'a number such as 12.5 (the "%" stays)';
    case 'date':
      if (unit === '年') return zh ? '年份，如 2025' : 'a year such as 2025';
      if (unit === '月') return zh ? '月份，如 6' : 'a month such as 6';
      if (unit === '') return zh ? '日期或时间，如 2025年6月18日' : 'a date or a time such as 2025年6月18日';
      return zh ? '日，如 18' : 'a day such as 18';
    case 'phone':
      return zh ? '电话号码，如 0471-1234567' : 'a phone number such as 0471-1234567';
    case 'ordinal':
      return zh ? '序数，如 3 或 十九' : 'an ordinal such as 3 or 十九';
    case 'name':
      return zh ? `名称${unit ? `（“${unit}”会保留）` : ''}` : `a name${unit ? ` (the "${unit}" stays)` : ''}`;
    case 'label':
      return zh ? `编号，如 3${unit ? `（“${unit}”会保留）` : ''}` : `a number label such as 3${unit ? ` (the "${unit}" stays)` : ''}`;
    case 'person':
      return zh ? '姓名' : "a person's name";
    default:
      return zh ? '内容' : 'the text';
  }
}

/**
 * Checks and tidies what the writer typed for a blank of `kind`. Only the blank is replaced, so a
 * unit typed again (`3.5亿元` for `X亿元`, `12%` for `X%`) is dropped rather than doubled.
 */
export function normalizeFill(kind: string, unit: string, input: string, locale: Locale): FillResult {
  const t = MESSAGES[locale];
  const fail = (message: string): FillResult => ({ ok: false, message });
  let value = input.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/，/g, ',').replace(/．/g, '.');
  if (value === '') return fail(format(t.empty, { what: WHAT[locale][kind] ?? WHAT[locale]['text']! }));
  if (/[\r\n]/.test(input)) return fail(t.lineBreak);
  const stripUnit = (u: string) => {
    if (u && value.endsWith(u) && value.length > u.length) value = value.slice(0, -u.length).trim();
  };
  switch (kind) {
    case 'number': {
      stripUnit(unit);
      // Where the template writes no unit, the writer types one: `[金额]` → 12.5万元.
      const typedUnit = unit === '' ? (TYPED_UNIT_RE.exec(value)?.[0] ?? '') : '';
      const amount = typedUnit && value.length > typedUnit.length ? value.slice(0, -typedUnit.length).trim() : value;
      const scaled = SCALE_RE.test(amount) ? amount.slice(0, -1) : amount;
      if (SCALE_RE.test(amount) && SCALE_RE.test(unit[0] ?? '')) return fail(format(t.numberNoScale, { unit: unit[0]! }));
      if (!ARABIC_RE.test(scaled) && !CHINESE_NUMBER_RE.test(amount)) return fail(t.number);
      return { ok: true, text: value };
    }
    case 'phone':
      return PHONE_RE.test(value) ? { ok: true, text: value } : fail(t.phone);
    case 'percent':
      value = value.replace(/[%％]$/, '').trim();
      return ARABIC_RE.test(value) ? { ok: true, text: value } : fail(t.percent);
    case 'date':
      return date(unit, value, t);
    case 'ordinal':
      stripUnit(unit);
      return /^\d{1,3}$/.test(value) || CHINESE_NUMBER_RE.test(value) ? { ok: true, text: value } : fail(t.ordinal);
    case 'person':
      if (/\d/.test(value)) return fail(t.person);
      return value.length <= 20 ? { ok: true, text: value } : fail(format(t.tooLong, { max: 20 }));
    case 'label':
      stripUnit(unit);
      return LABEL_RE.test(value) ? { ok: true, text: value } : fail(format(t.label, { unit }));
    case 'name':
      stripUnit(unit);
      return value.length <= 40 ? { ok: true, text: value } : fail(format(t.tooLong, { max: 40 }));
    default:
      return value.length <= 500 ? { ok: true, text: value } : fail(format(t.tooLong, { max: 500 }));
  }
}

function date(unit: string, value: string, t: (typeof MESSAGES)[Locale]): FillResult {
  if (unit === '') return wholeDate(value, t);
  if (value.endsWith(unit)) value = value.slice(0, -unit.length);
  // 一 … 三十一; 两 and 〇 do not write a month or a day.
  const n = /^\d+$/.test(value) ? Number(value) : CHINESE_ORDINAL_RE.test(value) ? parseChineseNumber(value) : undefined;
  if (unit === '年') {
    return /^\d{4}$/.test(value) || CHINESE_YEAR_RE.test(value) ? { ok: true, text: value } : { ok: false, message: t.year };
  }
  if (unit === '月') return n !== undefined && n >= 1 && n <= 12 ? { ok: true, text: value } : { ok: false, message: t.month };
  return n !== undefined && n >= 1 && n <= 31 ? { ok: true, text: value } : { ok: false, message: t.day };
}

/** A whole date or a time of day (`[日期]`, `[会议时间]`), with a month of 1–12 and a day of 1–31. */
function wholeDate(value: string, t: (typeof MESSAGES)[Locale]): FillResult {
  const fail: FillResult = { ok: false, message: t.dateTime };
  if (!DATE_TIME_RE.test(value)) return fail;
  const read = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
  const written = MONTH_DAY_RE.exec(value);
  const numeric = NUMERIC_DATE_RE.exec(value);
  const [month, day] = [read((written ?? numeric)?.[1]), read((written ?? numeric)?.[2])];
  if (month !== undefined && !(month >= 1 && month <= 12)) return fail;
  if (day !== undefined && !(day >= 1 && day <= 31)) return fail;
  return { ok: true, text: value };
}
