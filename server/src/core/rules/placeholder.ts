import { lastWithin, splitsPair } from '../text/chars.js';
import type { Placeholder, PlaceholderKind } from '../model/placeholders.js';
import { placeholderAt } from '../model/placeholders.js';
import { checkRegexSafety } from '../config/regex-safety.js';
import { defineRule, format } from '../rule.js';
import type { Locale, Range } from '../types.js';

interface Options {
  allow: string[];
  patterns: string[];
  regexPatterns: string[];
}

const MESSAGES = {
  'zh-CN': {
    unfilled: '未填写的占位符：{what}——“{words}”',
    marker: '未处理的待办标记：{text}',
    markerKind: '待办标记',
  },
  en: {
    unfilled: 'Unfilled placeholder: {what} — "{words}"',
    marker: 'Unresolved editing note: {text}',
    markerKind: 'editing note',
  },
} as const;

const KINDS: Readonly<Record<Locale, Readonly<Record<Exclude<PlaceholderKind, 'marker'>, string>>>> = {
  'zh-CN': {
    number: '数值',
    percent: '百分比',
    date: '日期',
    name: '名称',
    label: '编号',
    person: '人名',
    ordinal: '届次/序次',
    text: '内容',
  },
  en: {
    number: 'number',
    percent: 'percentage',
    date: 'date',
    name: 'name',
    label: 'number label',
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
    'zh-CN': '模板里的空没有填：照稿宣读会把“X亿元”“某某同志”念出来。用“公文校对：填写占位符…”命令按提示的类型填写；名称里确实是字母 X 的词（如“X号楼”）可以加入允许列表。',
    en: 'A template blank was left unfilled; read out as written, the speech would say “X亿元” aloud. Fill it in by kind with the command “Gongwen: Fill In Placeholder…”; a name whose X really is a letter (such as “X号楼”) can go on the allow list.',
  },
  defaultSeverity: 'error',
  fixable: false,
  options: {
    allow: {
      type: 'string[]',
      default: [],
      description: {
        'zh-CN': '不是占位符的词（如“X号楼”）：整个词出现时不报告其中的 X；数值、日期、序数、人名和行政区划名称的空不受影响',
        en: 'Terms that are not placeholders (such as “X号楼”): their X is not reported where the whole term occurs; blanks for figures, dates, ordinals, people and administrative divisions are never affected',
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
    const found: Placeholder[] = [...doc.placeholders, ...customPlaceholders(ctx.doc.text, doc.paragraphs, options)];
    if (found.length > doc.placeholders.length) found.sort((a, b) => a.range[0] - b.range[0]);
    const messages = MESSAGES[locale];
    // Templates have hundreds of blanks of a few kinds: describe each kind once.
    const described = new Map<string, string>();
    let last = -1;
    for (const p of found) {
      if (p.range[0] < last || allowed(text, p, options.allow) || doc.isIgnored(p.range[0], p.range[1])) continue;
      last = p.range[1];
      const data: Record<string, unknown> = { kind: p.kind, unit: p.unit, template: p.template, slot: p.slot, key: p.key };
      let message: string;
      if (p.kind === 'marker') {
        message = format(messages.marker, { text: text.slice(p.range[0], p.range[1]) });
        data['what'] = messages.markerKind;
      } else {
        const key = `${p.kind}|${p.unit}`;
        let what = described.get(key);
        if (what === undefined) {
          what = describe(p, locale);
          described.set(key, what);
        }
        // The words around the blank tell the Problems panel's rows apart: 175 identical rows say nothing.
        message = format(messages.unfilled, { what, words: wordsAround(text, p) });
        data['what'] = what;
      }
      if (p.shared) data['shared'] = true;
      if (p.allowToken !== undefined) data['allow'] = p.allowToken;
      if (p.fillRange) data['fillRange'] = p.fillRange;
      ctx.report({ range: p.range, message, data });
    }
  },
});

// The words shown around a blank stop at the clause: `投资累计完成X亿元`, not the whole sentence.
const CLAUSE_BREAKS = '，。；：！？,;!?\n\r“”「」';
const WORDS_BEFORE = 6;
const WORDS_AFTER = 4;

/** The blank with a few words of its clause on either side (its unit always), for the message; … where the clause goes on. */
function wordsAround(text: string, p: Placeholder): string {
  let start = lastWithin(text, CLAUSE_BREAKS, p.range[0], WORDS_BEFORE);
  if (splitsPair(text, start)) start++;
  while (start < p.range[0] && /\s/.test(text[start]!)) start++;
  const limit = p.range[1] + p.unit.length + WORDS_AFTER;
  let end = p.range[1];
  while (end < text.length && end < limit && !CLAUSE_BREAKS.includes(text[end]!)) end++;
  if (splitsPair(text, end)) end++;
  const words = text.slice(start, end).trimEnd();
  const cutBefore = start > 0 && !CLAUSE_BREAKS.includes(text[start - 1]!) && !/\s/.test(text[start - 1]!);
  const cutAfter = end < text.length && !CLAUSE_BREAKS.includes(text[end]!) && words.length === end - start;
  return `${cutBefore ? '…' : ''}${words}${cutAfter ? '…' : ''}`;
}

/**
 * Whether an allow-list entry silences this blank: only a blank that may be a letter of a term
 * (`allowToken`), and only where one entry covers the whole term — `X号` never hides `X号楼`, and
 * no entry hides `〔2025〕X号`, a number.
 */
function allowed(text: string, p: Placeholder, words: readonly string[]): boolean {
  const token = p.allowToken;
  if (token === undefined) return false;
  const start = p.range[0];
  const end = start + token.length;
  for (const word of words) {
    if (word.length < token.length) continue;
    for (let at = Math.max(0, end - word.length); at <= start; at++) if (text.startsWith(word, at)) return true;
  }
  return false;
}

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
