import type { Placeholder, PlaceholderKind } from '../placeholders.js';
import { placeholderAt } from '../placeholders.js';
import { checkRegexSafety } from '../regex-safety.js';
import { defineRule, format } from '../rule.js';
import type { Locale, Range } from '../types.js';

interface Options {
  allow: string[];
  patterns: string[];
  regexPatterns: string[];
}

const MESSAGES = {
  'zh-CN': {
    unfilled: '未填写的占位符：{what}',
    marker: '未处理的待办标记：{text}',
  },
  en: {
    unfilled: 'Unfilled placeholder: {what}',
    marker: 'Unresolved editing note: {text}',
  },
} as const;

const KINDS: Readonly<Record<Locale, Readonly<Record<Exclude<PlaceholderKind, 'marker'>, string>>>> = {
  'zh-CN': {
    number: '数值',
    percent: '百分比',
    date: '日期',
    name: '名称',
    person: '人名',
    ordinal: '届次/序次',
    text: '内容',
  },
  en: {
    number: 'number',
    percent: 'percentage',
    date: 'date',
    name: 'name',
    person: "person's name",
    ordinal: 'ordinal',
    text: 'content',
  },
};

export default defineRule<Options>({
  id: 'placeholder',
  category: 'placeholder',
  title: { 'zh-CN': '未填写的占位符', en: 'Unfilled placeholder' },
  description: {
    'zh-CN': '未填写的模板占位符：X、××、某某、○○、空括号、下划线空格、【待补充】等',
    en: 'Unfilled template placeholders: X, ××, 某某, ○○, empty brackets, underscore blanks, 【待补充】 and the like',
  },
  explanation: {
    'zh-CN': '模板里的空没有填：照稿宣读会把“X亿元”“某某同志”念出来。按提示的类型填写（Alt+/），或把确实不是占位符的文字加入允许列表。',
    en: 'A template blank was left unfilled; read out as written, the speech would say “X亿元” aloud. Fill it in by kind (Alt+/), or add text that is not a blank to the allow list.',
  },
  defaultSeverity: 'error',
  fixable: false,
  options: {
    allow: {
      type: 'string[]',
      default: [],
      description: {
        'zh-CN': '不是占位符的文字（如“X光机”），出现处不报告',
        en: 'Text that is not a placeholder (such as “X光机”); blanks inside it are not reported',
      },
    },
    patterns: {
      type: 'string[]',
      default: [],
      description: {
        'zh-CN': '额外的占位符文字（原样匹配），如“（单位名称）”',
        en: 'Extra placeholder strings, matched literally, such as “（单位名称）”',
      },
    },
    regexPatterns: {
      type: 'string[]',
      regex: true,
      default: [],
      description: {
        'zh-CN': '额外的占位符正则表达式（拒绝可能灾难性回溯的写法）',
        en: 'Extra placeholder regular expressions (ones that could backtrack catastrophically are rejected)',
      },
      validate: (value) => {
        for (const source of value as string[]) {
          const problem = checkRegexSafety(source);
          if (problem) return { 'zh-CN': `「${source}」${problem['zh-CN']}`, en: `"${source}": ${problem.en}` };
        }
        return undefined;
      },
    },
  },
  check(ctx) {
    const { doc, options, locale } = ctx;
    const text = doc.text;
    const allowed = coverage(text, options.allow);
    const found: Placeholder[] = [...doc.placeholders, ...customPlaceholders(ctx.doc.text, doc.paragraphs, options)];
    if (found.length > doc.placeholders.length) found.sort((a, b) => a.range[0] - b.range[0]);
    const messages = MESSAGES[locale];
    // Templates have hundreds of blanks of a few kinds: build each message once.
    const unfilled = new Map<string, string>();
    let last = -1;
    for (const p of found) {
      if (p.range[0] < last || covered(allowed, p.range) || doc.isIgnored(p.range[0], p.range[1])) continue;
      last = p.range[1];
      let message: string | undefined;
      if (p.kind === 'marker') {
        message = format(messages.marker, { text: text.slice(p.range[0], p.range[1]) });
      } else {
        const key = `${p.kind}|${p.unit}`;
        message = unfilled.get(key);
        if (message === undefined) {
          message = format(messages.unfilled, { what: describe(p, locale) });
          unfilled.set(key, message);
        }
      }
      const data: Record<string, unknown> = { kind: p.kind, unit: p.unit, template: p.template, slot: p.slot, key: p.key };
      if (p.fillRange) data['fillRange'] = p.fillRange;
      ctx.report({ range: p.range, message, data });
    }
  },
});

function describe(p: Placeholder, locale: Locale): string {
  const kind = KINDS[locale][p.kind as Exclude<PlaceholderKind, 'marker'>];
  if (!p.unit || p.kind === 'percent') return kind;
  return locale === 'en' ? `${kind} (${p.unit})` : `${kind}（${p.unit}）`;
}

function customPlaceholders(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  options: Options,
): Placeholder[] {
  const out: Placeholder[] = [];
  for (const pattern of options.patterns) {
    if (!pattern) continue;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length)) {
      // A pattern that begins or ends with half of a surrogate pair must not cut a character in two.
      if (splitsPair(text, at) || splitsPair(text, at + pattern.length)) continue;
      out.push(placeholderAt(text, at, at + pattern.length));
    }
  }
  // User regexes run per paragraph so that even a slow one only ever sees a bounded input.
  for (const source of options.regexPatterns) {
    if (checkRegexSafety(source)) continue;
    const re = new RegExp(source, 'gu');
    for (const para of paragraphs) {
      for (const m of text.slice(para.start, para.end).matchAll(re)) {
        if (m[0].length === 0) continue;
        const start = para.start + m.index;
        out.push(placeholderAt(text, start, start + m[0].length));
      }
    }
  }
  return out;
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Where the allow-listed texts occur, as sorted, merged ranges. */
function coverage(text: string, words: readonly string[]): Range[] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const top = merged[merged.length - 1];
    if (top && r[0] <= top[1]) top[1] = Math.max(top[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function covered(ranges: readonly Range[], range: Range): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (r[1] < range[1]) lo = mid + 1;
    else if (r[0] > range[0]) hi = mid - 1;
    else return true;
  }
  return false;
}
