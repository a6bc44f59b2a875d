/**
 * Units and measure words written after a number, and the scales 万 and 亿 before them. One table,
 * with what each word is for: a figure (figures.ts), an exact count, the unit of a number blank
 * (placeholders.ts).
 */

/** The word makes a number before it a figure: 5.2亿元, 3100户, 95%. */
const FIGURE = 1;
/** Things counted one by one: a whole number of them is exact (10家, 24项), not rounded like 29亿元. */
const COUNTED = 2;
/** The unit of a number blank: X亿元, X个月, X期. */
const BLANK = 4;

const TABLE: readonly (readonly [string, number])[] = [
  // Shares and multiples.
  ['个百分点', FIGURE | BLANK],
  ['百分点', FIGURE | BLANK],
  ['%', FIGURE],
  ['％', FIGURE],
  ['倍', FIGURE | BLANK],
  // Length, area, volume, mass, energy, money.
  ['平方公里', FIGURE | BLANK],
  ['平方米', FIGURE | BLANK],
  ['立方米', FIGURE | BLANK],
  ['延长米', FIGURE | BLANK],
  ['公里', FIGURE | BLANK],
  ['千米', FIGURE | BLANK],
  ['米', FIGURE | BLANK],
  ['公顷', FIGURE | BLANK],
  ['亩', FIGURE | BLANK],
  ['吨', FIGURE | BLANK],
  ['公斤', FIGURE | BLANK],
  ['千克', FIGURE | BLANK],
  ['斤', BLANK],
  ['千瓦时', FIGURE | BLANK],
  ['千瓦', FIGURE | BLANK],
  ['兆瓦', FIGURE | BLANK],
  ['元', FIGURE | BLANK],
  ['美元', FIGURE | BLANK],
  ['片', FIGURE | BLANK],
  ['块', FIGURE | BLANK],
  // Time.
  ['天', FIGURE | BLANK],
  ['小时', FIGURE | BLANK],
  ['个月', BLANK],
  ['分钟', BLANK],
  ['秒', BLANK],
  ['周', BLANK],
  ['岁', BLANK],
  // Things and times counted one by one.
  ['人次', FIGURE | COUNTED | BLANK],
  ['户次', FIGURE | COUNTED],
  ['架次', FIGURE | COUNTED],
  ['台次', FIGURE | COUNTED | BLANK],
  ['车次', FIGURE | COUNTED],
  ['家次', FIGURE | COUNTED],
  ['人', FIGURE | COUNTED | BLANK],
  ['户', FIGURE | COUNTED | BLANK],
  ['个', FIGURE | COUNTED | BLANK],
  ['项', FIGURE | COUNTED | BLANK],
  ['件', FIGURE | COUNTED | BLANK],
  ['处', FIGURE | COUNTED | BLANK],
  ['名', FIGURE | COUNTED | BLANK],
  ['家', FIGURE | COUNTED | BLANK],
  ['条', FIGURE | COUNTED | BLANK],
  ['类', FIGURE | COUNTED | BLANK],
  ['所', FIGURE | COUNTED | BLANK],
  ['座', FIGURE | COUNTED | BLANK],
  ['栋', FIGURE | COUNTED | BLANK],
  ['幢', FIGURE | COUNTED | BLANK],
  ['辆', FIGURE | COUNTED | BLANK],
  ['台', FIGURE | COUNTED | BLANK],
  ['艘', FIGURE | COUNTED | BLANK],
  ['架', FIGURE | COUNTED | BLANK],
  ['批', FIGURE | COUNTED | BLANK],
  ['场', FIGURE | COUNTED | BLANK],
  ['套', FIGURE | COUNTED | BLANK],
  ['间', FIGURE | COUNTED | BLANK],
  ['张', FIGURE | COUNTED | BLANK],
  ['棵', FIGURE | COUNTED | BLANK],
  ['株', FIGURE | COUNTED | BLANK],
  ['头', FIGURE | COUNTED | BLANK],
  ['只', FIGURE | COUNTED | BLANK],
  ['床', FIGURE | COUNTED | BLANK],
  ['宗', FIGURE | COUNTED | BLANK],
  ['笔', FIGURE | COUNTED | BLANK],
  ['起', FIGURE | COUNTED | BLANK],
  ['例', FIGURE | COUNTED | BLANK],
  ['篇', FIGURE | COUNTED | BLANK],
  ['部', FIGURE | COUNTED],
  ['本', FIGURE | COUNTED | BLANK],
  ['支', FIGURE | COUNTED | BLANK],
  ['队', FIGURE | COUNTED | BLANK],
  ['组', FIGURE | COUNTED | BLANK],
  // After a number blank only: ordinals and dates are not figures (第3期, 2号), nor are ages and durations here.
  ['次', BLANK],
  ['期', BLANK],
  ['轮', BLANK],
  ['位', BLANK],
  ['份', BLANK],
  ['根', BLANK],
  ['盏', BLANK],
  ['级', BLANK],
  ['层', BLANK],
  ['段', BLANK],
  ['道', BLANK],
  ['号', BLANK],
  // `X大任务`: a count of kinds, whose measure word the blank does not keep.
  ['大', BLANK],
];

/** Longest first, so that a pattern or a loop trying them in order finds 人次 before 人. */
const byLength = (flag: number) =>
  TABLE.filter(([, flags]) => flags & flag)
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length);

/** Units that make a number a figure, longest first. */
export const FIGURE_UNITS: readonly string[] = byLength(FIGURE);
/** Units of things counted one by one. */
export const COUNTED_UNITS: ReadonlySet<string> = new Set(byLength(COUNTED));
/** Units kept after a number blank, longest first. */
export const BLANK_UNITS: readonly string[] = byLength(BLANK);

/** 万 and 亿 with what they multiply by; 万亿 is 10¹². */
export interface Scale {
  readonly word: '万亿' | '亿' | '万';
  readonly factor: number;
}
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const SCALES: Readonly<Record<Scale['word'], Scale>> = {
  万亿: { word: '万亿', factor: 1e12 },
  亿: { word: '亿', factor: 1e8 },
  万: { word: '万', factor: 1e4 },
};

/** The scale written at `at`, longest first (万亿 before 万). By character code: it runs for every number. */
export function scaleAt(text: string, at: number): Scale | undefined {
  const c = text.charCodeAt(at);
  if (c === WAN) return text.charCodeAt(at + 1) === YI ? SCALES['万亿'] : SCALES['万'];
  return c === YI ? SCALES['亿'] : undefined;
}
