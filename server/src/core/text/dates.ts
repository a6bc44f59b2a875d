/** The calendar: month lengths, leap years and weekdays of the proleptic Gregorian calendar. */

/** The names of the days of the week as 星期X writes them, Sunday first (日 or 天 for Sunday). */
export const WEEKDAY_NAMES = '日一二三四五六';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days of `month` (1–12); without a year, February has 29 (it may be a leap year). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `month` and `day` (and `year`, when given) name a day that exists. */
export function isValidDate(month: number, day: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** The day of the week of a valid date, 0 for Sunday … 6 for Saturday. */
export function weekday(year: number, month: number, day: number): number {
  // Sakamoto's method.
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[month - 1]! + day) % 7;
}

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `YYYY-MM-DD` as a day that exists, or undefined. */
export function parseIsoDate(s: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(month, day, year) ? { year, month, day } : undefined;
}

/** A day as one comparable number: 2025-10-15 is 20251015. */
export function dayNumber(d: Day): number {
  return d.year * 10000 + d.month * 100 + d.day;
}
