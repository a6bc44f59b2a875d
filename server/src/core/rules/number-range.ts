import { ASCII_LETTERS, charTable } from '../text/chars.js';
import { arabicNumberStart, arabicValue, digitValue } from '../text/numerals.js';
import { BLANK_UNITS, FIGURE_UNITS } from '../text/units.js';
import { defineRule } from '../rule.js';

const MESSAGES = {
  valueMark: {
    'zh-CN': '数值范围用浪纹线“～”连接，不用“{mark}”：应为「{fixed}」',
    en: 'A range of values takes the wave dash "～", not "{mark}": {fixed}',
  },
  timeMark: {
    'zh-CN': '时间的起止用一字线“—”连接，不用“{mark}”：应为「{fixed}」',
    en: 'A span of time takes the dash "—", not "{mark}": {fixed}',
  },
  unit: {
    'zh-CN': '范围的前一个数省略了“{unit}”，容易误读：应为「{fixed}」',
    en: 'The first number of the range drops "{unit}" and may be misread: {fixed}',
  },
  unitAndMark: {
    'zh-CN': '范围的前一个数省略了“{unit}”，连接号也应为“～”：应为「{fixed}」',
    en: 'The first number of the range drops "{unit}", and the range takes "～": {fixed}',
  },
};

const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const SCALE = '(万亿|亿|万)?';
const PERCENT = '([%％])?';
/** Two numbers joined by a range mark, each with its scale and percent sign; tried at the first number's start. */
const RANGE_RE = new RegExp(`(${NUM})${SCALE}${PERCENT}([～~—–\\-－])(${NUM})${SCALE}${PERCENT}`, 'y');
/** A range mark before a digit: far rarer than digits, so the scan looks for it and reads the first number back. */
const MARK_RE = /[～~—–\-－](?=[0-9０-９])/g;
/** A hyphen, an en dash or a minus: marks of codes and phone numbers, not of ranges (GB/T 15834). */
const HYPHENS = '-－–';
/** What a number of a code or a time follows: `GB/T 9704-2012`, `X-86`, `1.2.3-4`, `8:30-9:30`. */
const CODE_BEFORE = charTable(`${ASCII_LETTERS}/._#:-－–~～`);
/** What follows a code rather than a range: `2025-10-15`, `9704-2012-3`, `3-5a`. */
const CODE_AFTER = charTable(`${ASCII_LETTERS}/._-－–`);
/** Units and measure words after the second number: what makes a hyphen between two numbers a range. */
const RANGE_UNITS = [...new Set([...FIGURE_UNITS, ...BLANK_UNITS, '年', '月', '日', '岁'])].sort((a, b) => b.length - a.length);
/** Units of calendar time: `2016—2020年`, `1—3月`, `10—15日` take the dash. */
const CALENDAR = new Set(['年', '月', '日']);

export default defineRule()({
  id: 'number-range',
  category: 'numbers',
  title: { 'zh-CN': '数值范围', en: 'Number ranges' },
  description: {
    'zh-CN': '数值范围用“～”、时间起止用“—”连接，不用短横线或减号；前一个数不省略“%”“万”“亿”',
    en: 'Ranges of values take "～" and spans of time "—", not a hyphen or a minus; the first number keeps its %, 万 or 亿',
  },
  explanation: {
    'zh-CN':
      '短横线“-”用于编号、型号和电话号码，不表示范围；数值范围用浪纹线“～”，年份等时间的起止用一字线“—”。“3～8万元”“10～20%”的前一个数省略了“万”“%”，可能读作 3 元、10，应写作“3万～8万元”“10%～20%”。',
    en: 'A hyphen joins the parts of codes, model numbers and phone numbers, not the ends of a range: values take the wave dash "～", years and other spans of time the dash "—". In 3～8万元 and 10～20% the first number has lost its 万 or % and can be read as 3 yuan or 10; write 3万～8万元 and 10%～20%.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const text = ctx.doc.text;
    let resume = 0;
    MARK_RE.lastIndex = 0;
    for (let k = MARK_RE.exec(text); k; k = MARK_RE.exec(text)) {
      const start = firstNumberStart(text, k.index);
      if (start < resume) continue;
      RANGE_RE.lastIndex = start;
      const m = RANGE_RE.exec(text);
      if (!m || start + m[1]!.length + (m[2]?.length ?? 0) + (m[3]?.length ?? 0) !== k.index) continue;
      resume = start + m[0].length;
      if (ctx.doc.isIgnored(start, resume)) continue;
      const [whole, first, scale1, percent1, mark, second, scale2, percent2] = m as unknown as string[];
      const end = start + whole!.length;
      const before = text[start - 1] ?? '';
      if (before !== '' && CODE_BEFORE[before.charCodeAt(0)]) continue;
      // A Latin word before, spaced off: `GB/T 9704-2012`.
      if (/[A-Za-z][ \u3000]*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      if (CODE_AFTER[text.charCodeAt(end)] || /^[0-9０-９]/.test(text.slice(end, end + 1))) continue;
      const hyphen = HYPHENS.includes(mark!);
      const dropped = droppedUnit(first!, scale1, percent1, second!, scale2, percent2);
      if (!hyphen && !dropped) continue;
      const unit = RANGE_UNITS.find((u) => text.startsWith(u, end)) ?? '';
      // A hyphen makes a range only before a unit, % or a scale; after 第 the numbers are ordinals
      // (第1-3条), after 〔2025〕 a 文号's (〔2025〕1-3号), after 图 or 表 a figure's (图1-2所示).
      if (hyphen && ((!unit && !percent2 && !scale2) || /[第〕\]图表]$/.test(text.slice(Math.max(0, start - 1), start)))) continue;
      const calendar = hyphen && !dropped && CALENDAR.has(unit) && (unit !== '年' || (isYear(first!) && isYear(second!)));
      const newMark = hyphen ? (calendar ? '—' : '～') : mark!;
      const insert = dropped ?? '';
      const firstEnd = start + first!.length;
      const markAt = firstEnd + (scale1?.length ?? 0) + (percent1?.length ?? 0);
      const replaced = insert + text.slice(firstEnd, markAt) + newMark;
      const fixed = text.slice(start, firstEnd) + replaced + text.slice(markAt + 1, end) + unit;
      const messageId = dropped ? (hyphen ? 'unitAndMark' : 'unit') : calendar ? 'timeMark' : 'valueMark';
      ctx.report({ range: [start, end], messageId, params: { mark: mark!, unit: insert, fixed }, fix: { range: [firstEnd, markAt + 1], text: replaced } });
    }
  },
});

/** The scale or percent sign the second number keeps and the first drops, when adding it keeps the range rising. */
function droppedUnit(
  first: string,
  scale1: string | undefined,
  percent1: string | undefined,
  second: string,
  scale2: string | undefined,
  percent2: string | undefined,
): string | undefined {
  if (percent2 && !percent1 && !scale1 && !scale2) return percent2;
  if (scale2 && !scale1 && !percent1 && arabicValue(first) <= arabicValue(second)) return scale2;
  return undefined;
}

/** Where the first number of a range whose mark is at `mark` begins, back over its percent sign and scale; -1 when no digit comes before them. */
function firstNumberStart(text: string, mark: number): number {
  let end = mark;
  if (text[end - 1] === '%' || text[end - 1] === '％') end--;
  if (text.startsWith('万亿', end - 2)) end -= 2;
  else if (text[end - 1] === '万' || text[end - 1] === '亿') end--;
  return digitValue(text.charCodeAt(end - 1)) >= 0 ? arabicNumberStart(text, end - 1) : -1;
}

function isYear(s: string): boolean {
  return /^[12][0-9]{3}$/.test(s);
}
