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
/** Only after Arabic digits: `3次` is a count, while 三次产业, 二次开发 and 两次 are words. */
const AFTER_DIGITS = 8;

// Each word once, in the group of what it is for.
const TABLE: readonly (readonly [flags: number, words: string])[] = [
  // Shares and multiples; length, area, volume, mass, energy, money; time.
  [FIGURE | BLANK, '个百分点 百分点 倍 平方公里 平方米 立方米 延长米 公里 千米 米 公顷 亩 吨 公斤 千克 千瓦时 千瓦 兆瓦 元 美元 片 块 天 小时'],
  // A number blank before % is a percentage, not a number with a unit (placeholders.ts).
  [FIGURE, '% ％'],
  // Things and times counted one by one.
  [FIGURE | COUNTED | BLANK, '人次 台次 人 户 个 项 件 处 名 家 条 类 所 座 栋 幢 辆 台 艘 架 批 场 套 间 张 棵 株 头 只 床 宗 笔 起 例 篇 本 支 队 组'],
  [FIGURE | COUNTED, '户次 架次 车次 家次 部'],
  [FIGURE | COUNTED | BLANK | AFTER_DIGITS, '次'],
  // After a number blank only: ordinals and dates are not figures (第3期, 2号), nor ages and
  // durations; `X大任务` counts kinds, and its blank keeps no measure word.
  [BLANK, '斤 个月 分钟 秒 周 岁 期 轮 位 份 根 盏 级 层 段 道 号 大'],
];

/** Longest first, so that a pattern or a loop trying them in order finds 人次 before 人. */
const byLength = (flag: number) =>
  TABLE.filter(([flags]) => flags & flag)
    .flatMap(([, words]) => words.split(' '))
    .sort((a, b) => b.length - a.length);

/** Units that make a number a figure, longest first. */
export const FIGURE_UNITS: readonly string[] = byLength(FIGURE);
/** Units that make a figure of Arabic digits only, never of a Chinese numeral. */
export const DIGIT_ONLY_UNITS: ReadonlySet<string> = new Set(byLength(AFTER_DIGITS));
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
