import type { Localized } from '../types.js';

/**
 * Accepts a user-supplied regular expression only when it cannot backtrack catastrophically:
 * it compiles, has no backreferences, and no group that repeats more than once contains a
 * quantifier or an alternation (star height 1). Returns what is wrong, or undefined.
 */
export function checkRegexSafety(source: string): Localized | undefined {
  try {
    new RegExp(source, 'gu');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { 'zh-CN': `不是有效的正则表达式：${reason}`, en: `not a valid regular expression: ${reason}` };
  }
  if (source.length === 0) return { 'zh-CN': '正则表达式不能为空', en: 'the regular expression is empty' };
  // Each open group records whether it holds a quantifier or an alternation.
  const groups: { start: number; risky: boolean }[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) {
        return { 'zh-CN': '不支持反向引用（\\1、\\k<…>）', en: 'backreferences (\\1, \\k<…>) are not supported' };
      }
      i += 2;
      continue;
    }
    if (c === '[') {
      i = skipClass(source, i);
      continue;
    }
    if (c === '(') {
      groups.push({ start: i, risky: false });
      // Skip the group's kind: (?: (?= (?! (?<= (?<! (?<name>
      const kind = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i + 1, i + 40));
      i += 1 + (kind ? kind[0].length : 0);
      continue;
    }
    if (c === '|') {
      const top = groups[groups.length - 1];
      if (top) top.risky = true;
      i++;
      continue;
    }
    if (c === ')') {
      const group = groups.pop();
      const q = quantifierAt(source, i + 1);
      if (group && q.repeats && group.risky) {
        const text = source.slice(group.start, i + 1 + q.length);
        return {
          'zh-CN': `可能发生灾难性回溯：重复的分组「${text}」内含量词或“|”`,
          en: `may backtrack catastrophically: the repeated group "${text}" contains a quantifier or "|"`,
        };
      }
      const parent = groups[groups.length - 1];
      if (parent && (group?.risky || q.length > 0)) parent.risky = true;
      i += 1 + q.length;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q.length > 0) {
      const top = groups[groups.length - 1];
      if (top) top.risky = true;
      i += q.length;
      continue;
    }
    i++;
  }
  return undefined;
}

function skipClass(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The quantifier starting at `i` (with its lazy `?`), and whether it allows more than one repetition. */
function quantifierAt(source: string, i: number): { length: number; repeats: boolean } {
  const c = source[i];
  let length = 0;
  let repeats = false;
  if (c === '*' || c === '+') {
    length = 1;
    repeats = true;
  } else if (c === '?') {
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (m) {
      length = m[0].length;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      repeats = max > 1;
    }
  }
  if (length > 0 && source[i + length] === '?') length++;
  return { length, repeats };
}
