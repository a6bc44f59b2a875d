import { arabicNumberStart, arabicValue } from '../text/numerals.js';
import { defineRule } from '../rule.js';

const MESSAGES = {
  mixed: {
    'zh-CN': '阿拉伯数字与“{place}”混用：「{written}」宜写作「{fixed}」',
    en: 'Arabic digits mixed with "{place}": write {fixed} for {written}',
  },
  mixedOnly: {
    'zh-CN': '阿拉伯数字与“{place}”混用：「{written}」，宜全用阿拉伯数字，以“万”“亿”为单位',
    en: 'Arabic digits mixed with "{place}" in {written}: use digits, with 万 or 亿 as the unit',
  },
  replace: { 'zh-CN': '改为「{fixed}」', en: 'Change to {fixed}' },
};

const DIGITS = '[0-9０-９]';
/**
 * `1万5千`, `2亿5千万` (digits on both sides of a scale), or `6千`, `3百`, `5千万` (digits before
 * 千/百/十). `10.36百亿亿次` is the unit of computing power, 百亿亿. 万 and 亿 alone are the usual scales of large numbers (3.5万, 12亿) and stay allowed.
 * 千瓦, 千米, 百分点, 十佳… are units and words of their own.
 */
const MIX_RE = new RegExp(
  `(?:(${DIGITS}+)(万|亿)(${DIGITS})([千百])(多)?(万)?(?![瓦米克伏帕焦赫卡兆])|(${DIGITS}+(?:[.．]${DIGITS}+)?)(千(?![瓦米克伏帕焦赫卡兆])|百(?![分强])|十(?![佳强分]))(万亿|亿|万)?(?!亿))`,
  'y',
);
/** A digit before 千/百/十, or before 万/亿 and another digit: far rarer than digits, so the scan looks for it and reads the number back. */
const TRIGGER_RE = /[0-9０-９](?:[千百十]|[万亿][0-9０-９])/g;
const PLACE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export default defineRule()({
  id: 'numeral-mix',
  category: 'numbers',
  title: { 'zh-CN': '数字混写', en: 'Mixed numerals' },
  description: {
    'zh-CN': '阿拉伯数字与“千”“百”“十”混写（6千多人、1万5千）；“万”“亿”可以',
    en: 'Arabic digits mixed with 千, 百 or 十 (6千多人, 1万5千); 万 and 亿 are fine',
  },
  explanation: {
    'zh-CN': '用阿拉伯数字表示的数值，除“万”“亿”可作单位外，不与“千”“百”“十”等汉字数字混用：“6千多人”写作“6000多人”，“1万5千”写作“1.5万”。',
    en: 'A number in Arabic digits may take 万 or 亿 as a unit, but not 千, 百 or 十: write 6000多人 for 6千多人 and 1.5万 for 1万5千.',
  },
  defaultSeverity: 'hint',
  fixable: false,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const text = ctx.doc.text;
    let resume = 0;
    TRIGGER_RE.lastIndex = 0;
    for (let t = TRIGGER_RE.exec(text); t; t = TRIGGER_RE.exec(text)) {
      const start = arabicNumberStart(text, t.index);
      MIX_RE.lastIndex = start;
      const m = start < resume ? null : MIX_RE.exec(text);
      // Tried again from the next digit: `1万5十` is no 1万5千, but its 5十 is a mix.
      if (!m || start + m[0].length <= t.index) {
        TRIGGER_RE.lastIndex = t.index + 1;
        continue;
      }
      resume = TRIGGER_RE.lastIndex = start + m[0].length;
      if (ctx.doc.isIgnored(start, resume)) continue;
      // Part of a code or a longer number: `A3千`, `1.2.3百`.
      if (/[A-Za-z0-9０-９._/-]/.test(text[start - 1] ?? '')) continue;
      const written = m[0];
      const end = start + written.length;
      const fixed = m[1] !== undefined ? splitScale(m) : placed(m);
      const place = m[4] ?? m[8]![0]!;
      ctx.report({
        range: [start, end],
        messageId: fixed === undefined ? 'mixedOnly' : 'mixed',
        params: { place, written, ...(fixed !== undefined && { fixed }) },
        ...(fixed !== undefined && { suggestions: [{ messageId: 'replace', params: { fixed }, fix: { range: [start, end], text: fixed } }] }),
      });
    }
  },
});

/** `1万5千` → `1.5万`, `2亿5千万` → `2.5亿`, `1万6千多` → `1.6万多`, `1亿3千多万` → `1.3亿多`. */
function splitScale(m: RegExpExecArray): string | undefined {
  const scale = m[2]!;
  const part = arabicValue(m[3]!) * PLACE[m[4]!]! * (m[6] ? 1e4 : 1);
  const n = shown(arabicValue(m[1]!) + part / SCALE[scale]!, scale);
  return n === undefined ? undefined : n + (m[5] ?? '');
}

/** `6千` → `6000`, `5千万` → `5000万`, `1.5千` → `1500`. */
function placed(m: RegExpExecArray): string | undefined {
  return shown(arabicValue(m[7]!) * PLACE[m[8]![0]!]!, m[9] ?? '');
}

/** The number with its scale, when it needs no more than four decimals. */
function shown(n: number, scale: string): string | undefined {
  const rounded = Math.round(n * 1e4) / 1e4;
  return Math.abs(rounded - n) < 1e-9 ? `${rounded}${scale}` : undefined;
}


