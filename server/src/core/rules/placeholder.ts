import { isWordChar, lastWithin, splitsPair } from '../text/chars.js';
import type { Placeholder, PlaceholderKind } from '../model/placeholders.js';
import { placeholderAt } from '../model/placeholders.js';
import { checkRegexSafety } from '../config/regex-safety.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  allow: string[];
  patterns: string[];
  regexPatterns: string[];
}

/**
 * What a placeholder finding tells the editor: the fill commands read it, and the extension gets
 * it with the diagnostic. Its fields are a protocol: change them together with the client.
 */
export interface PlaceholderData {
  readonly kind: PlaceholderKind;
  /** The unit or suffix that stays when the blank is filled: `亿元`, `%`, `市`, or ''. */
  readonly unit: string;
  /** The compound the blank belongs to, as written: `X市X区`. */
  readonly template: string;
  /** Which blank of the template this is. */
  readonly slot: number;
  /** Identical blanks share a key. */
  readonly key: string;
  /** What belongs in the blank, in the user's language: `数值（亿元）`, `待办标记`. */
  readonly what: string;
  /** Present when the blanks with this key take one answer everywhere: fill-all applies. */
  readonly shared?: true;
  /** The term an allow-list entry would name, when the X may be a letter of one (`X号楼`). */
  readonly allow?: string;
  /** The part of the range a fill replaces, when not all of it (inside `《》`). */
  readonly fillRange?: Range;
}

const MESSAGES = {
  unfilled: { 'zh-CN': '未填写的占位符：{what}——“{words}”', en: 'Unfilled placeholder: {what} — "{words}"' },
  marker: { 'zh-CN': '未处理的待办标记：{text}', en: 'Unresolved editing note: {text}' },
  withUnit: { 'zh-CN': '{kind}（{unit}）', en: '{kind} ({unit})' },
  withLabel: { 'zh-CN': '{label}', en: '{kind}: {label}' },
  'kind:number': { 'zh-CN': '数值', en: 'number' },
  'kind:percent': { 'zh-CN': '百分比', en: 'percentage' },
  'kind:date': { 'zh-CN': '日期', en: 'date' },
  'kind:name': { 'zh-CN': '名称', en: 'name' },
  'kind:label': { 'zh-CN': '编号', en: 'number label' },
  'kind:person': { 'zh-CN': '人名', en: "person's name" },
  'kind:ordinal': { 'zh-CN': '届次/序次', en: 'ordinal' },
  'kind:phone': { 'zh-CN': '电话号码', en: 'phone number' },
  'kind:text': { 'zh-CN': '内容', en: 'content' },
  'kind:marker': { 'zh-CN': '待办标记', en: 'editing note' },
};

type MessageId = keyof typeof MESSAGES;

export default defineRule<Options, PlaceholderData>()({
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
  messages: MESSAGES,
  check(ctx) {
    const { doc, options } = ctx;
    const text = doc.text;
    const found: Placeholder[] = [...doc.placeholders, ...customPlaceholders(ctx.doc.text, doc.paragraphs, options)];
    if (found.length > doc.placeholders.length) found.sort((a, b) => a.range[0] - b.range[0]);
    // Templates have hundreds of blanks of a few kinds: describe each kind once.
    const described = new Map<string, string>();
    let last = -1;
    for (const p of found) {
      if (p.range[0] < last || allowed(text, p, options.allow) || doc.isIgnored(p.range[0], p.range[1])) continue;
      last = p.range[1];
      const key = `${p.kind}|${p.unit}|${p.label ?? ''}`;
      let what = described.get(key);
      if (what === undefined) {
        what = describe(p, ctx.format);
        described.set(key, what);
      }
      const data: { -readonly [K in keyof PlaceholderData]: PlaceholderData[K] } = { kind: p.kind, unit: p.unit, template: p.template, slot: p.slot, key: p.key, what };
      if (p.shared) data.shared = true;
      if (p.allowToken !== undefined) data.allow = p.allowToken;
      if (p.fillRange) data.fillRange = p.fillRange;
      if (p.kind === 'marker') {
        ctx.report({ range: p.range, messageId: 'marker', params: { text: text.slice(p.range[0], p.range[1]) }, data });
      } else {
        // The words around the blank tell the Problems panel's rows apart: 175 identical rows say nothing.
        ctx.report({ range: p.range, messageId: 'unfilled', params: { what, words: wordsAround(text, p) }, data });
      }
    }
  },
});

// The words shown around a blank stop at the clause: `投资累计完成X亿元`, not the whole sentence.
const CLAUSE_BREAKS = '，。；：！？,;!?\n\r“”「」';
const WORDS_BEFORE = 6;
const WORDS_AFTER = 4;
/** How far the words may run on to keep a number or a Latin word whole. */
const WORD_SLACK = 12;

/** The blank with a few words of its clause on either side (its unit always), for the message; … where the clause goes on. */
function wordsAround(text: string, p: Placeholder): string {
  let start = lastWithin(text, CLAUSE_BREAKS, p.range[0], WORDS_BEFORE);
  if (splitsPair(text, start)) start++;
  // Never cut a number or a Latin word in two (…0××年 for 20××年): take it whole, within bounds.
  for (let k = 0; k < WORD_SLACK && start > 0 && isWordChar(text[start - 1]!) && isWordChar(text[start]!); k++) start--;
  while (start < p.range[0] && /\s/.test(text[start]!)) start++;
  const limit = p.range[1] + p.unit.length + WORDS_AFTER;
  let end = p.range[1];
  while (end < text.length && end < limit && !CLAUSE_BREAKS.includes(text[end]!)) end++;
  for (let k = 0; k < WORD_SLACK && end < text.length && isWordChar(text[end - 1]!) && isWordChar(text[end]!); k++) end++;
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

/**
 * What belongs in the blank: a slot's own name (`会议名称`), else its kind, with its unit where
 * that says more (`数值（亿元）`).
 */
function describe(p: Placeholder, format: RuleContext<Options, PlaceholderData, MessageId>['format']): string {
  const kind = { messageId: `kind:${p.kind}` } as const;
  if (p.label !== undefined) return format('withLabel', { kind, label: p.label });
  if (!p.unit || p.kind === 'percent' || p.kind === 'marker') return format(kind.messageId);
  return format('withUnit', { kind, unit: p.unit });
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
