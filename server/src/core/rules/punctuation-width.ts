import { RangeCursor } from '../model/ignored.js';
import { isDocumentNumberBracket } from '../text/document-numbers.js';
import { charClass, charTable, countHan, isHan, isLatinLetter, isWordChar } from '../text/chars.js';
import { FULL_WIDTH_OF, isChinesePunctuation, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE } from '../text/punctuation.js';
import { CLAUSE_MARKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import { defineRule, type NoOptions, type RuleContext } from '../rule.js';
import { overlapsAny } from '../text/ranges.js';
import type { Range } from '../types.js';

const MESSAGES = {
  half: { 'zh-CN': '中文里应使用全角「{full}」，这里是半角「{half}」', en: 'Chinese text takes the full-width "{full}", not the ASCII "{half}"' },
  quote: { 'zh-CN': '中文里应使用全角引号「{full}」，这里是半角「"」', en: 'Chinese text takes the full-width quotation mark "{full}", not the ASCII \'"\'' },
  lost: {
    'zh-CN': '「?」后紧跟「{next}」，不是问号：可能是转换时丢失的字符（如‰、‱），请核对原文',
    en: 'A "?" followed by "{next}" is no question mark: probably a character lost in conversion (such as ‰ or ‱); check the source',
  },
  unsure: { 'zh-CN': '中文里应使用全角引号“”，这里是半角「"」', en: 'Chinese text takes the full-width quotation marks “”, not the ASCII \'"\'' },
};

type Ctx = RuleContext<NoOptions, never, keyof typeof MESSAGES>;

const ASCII_MARKS = `${Object.keys(FULL_WIDTH_OF).join('')}"`;
const ASCII = charTable(ASCII_MARKS);
const ASCII_RE = new RegExp(charClass(ASCII_MARKS), 'g');
/** The ASCII marks and the full-width ones they are read with: brackets pair across widths, quotes too. */
const CANDIDATES = charTable(`${ASCII_MARKS}（）${LEFT_DOUBLE_QUOTE}${RIGHT_DOUBLE_QUOTE}`);
/** A quote that cites a mark rather than uses it: `“(一)”`, `“,”` — at most three characters, one of them Han. */
function cites(quoted: string): boolean {
  return quoted.length <= 3 && countHan(quoted, 2) <= 1;
}


export default defineRule()({
  id: 'punctuation-width',
  category: 'punctuation',
  title: { 'zh-CN': '中文用半角标点', en: 'ASCII punctuation in Chinese' },
  description: {
    'zh-CN': '中文语句中的半角标点 `,` `;` `:` `?` `!` `(` `)` 和 `"`，以及 `“…"` 这样全半角混用的引号',
    en: 'ASCII `,` `;` `:` `?` `!` `(` `)` and `"` in Chinese text, and quotes mixing the two widths (`“…"`)',
  },
  explanation: {
    'zh-CN': '中文文本使用全角标点（GB/T 15834-2011）；半角标点只用于数字、外文和代码之间，如 1,234、8:30、PM2.5。',
    en: 'Chinese text takes full-width punctuation (GB/T 15834-2011); the ASCII forms belong between digits, Latin words and code: 1,234, 8:30, PM2.5.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const { text, paragraphs } = ctx.doc;
    // Most paragraphs hold no ASCII mark at all: one pattern pass finds the few that do.
    let exempt: Range[] | undefined;
    const skip = new RangeCursor(ctx.doc.ignored);
    let p = 0;
    ASCII_RE.lastIndex = 0;
    for (let m = ASCII_RE.exec(text); m; m = ASCII_RE.exec(text)) {
      while (p < paragraphs.length && paragraphs[p]!.end <= m.index) p++;
      const paragraph = paragraphs[p];
      if (!paragraph) break;
      const { start, end } = paragraph;
      ASCII_RE.lastIndex = end;
      if (m.index < start) continue;
      const marks: number[] = [];
      let ascii = false;
      for (let i = start; i < end; i++) {
        if (!CANDIDATES[text.charCodeAt(i)]) continue;
        const past = skip.endOfRangeAt(i);
        if (past >= 0) i = past - 1;
        else {
          marks.push(i);
          ascii ||= ASCII[text.charCodeAt(i)] === 1;
        }
      }
      if (!ascii) continue;
      exempt ??= exemptRanges(ctx);
      const outside = (i: number) => !overlapsAny(exempt!, i, i + 1);
      const free = marks.filter(outside);
      checkSeparators(ctx, free);
      checkBrackets(ctx, free);
      checkQuotes(ctx, marks);
    }
  },
});

/** Heading markers are heading-style's; a mark cited in a short quote (`写成“(一)”`) is an example. */
function exemptRanges(ctx: Ctx): Range[] {
  const text = ctx.doc.text;
  return merged([
    ...ctx.doc.outline.nodes.map((n) => n.marker),
    ...ctx.doc.pairedMarks
      .filter((p) => p.state === 'paired' && (p.pair === '“”' || p.pair === '‘’') && cites(text.slice(p.open + 1, p.close)))
      .map((p): Range => [p.open + 1, p.close]),
  ]);
}

/** The ranges sorted and overlapping ones merged, as `overlapsAny` takes them. */
function merged(ranges: Range[]): Range[] {
  const out: [number, number][] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The marks a question mark never stands before. */
const LOST_BEFORE = `${SENTENCE_MARKS}${SEMICOLONS}${CLAUSE_MARKS}、`.replace(/[!?]/g, '');

/** How far each way `englishAround` looks. */
const CONTEXT = 24;

/** English prose citing Chinese words (`approximate figures (约, 近, 余)`): around `at`, outside code, Latin letters outnumber Han characters. */
function englishAround(ctx: Ctx, at: number): boolean {
  const text = ctx.doc.text;
  let latin = 0;
  let han = 0;
  for (let i = Math.max(0, at - CONTEXT); i < Math.min(text.length, at + CONTEXT); i++) {
    const c = text[i]!;
    const counted = isLatinLetter(c) || isHan(c);
    if (!counted || ctx.doc.isIgnored(i, i + 1)) continue;
    if (isHan(c)) han++;
    else latin++;
  }
  return latin > han;
}

/** Chinese on this side: a Han character or a full-width mark. */
function chinese(c: string): boolean {
  return isHan(c) || isChinesePunctuation(c);
}

/** Reports an ASCII mark with its full-width fix, unless English prose is citing Chinese around it. */
function report(ctx: Ctx, at: number): void {
  if (englishAround(ctx, at)) return;
  const half = ctx.doc.text[at]!;
  const full = FULL_WIDTH_OF[half]!;
  ctx.report({ range: [at, at + 1], messageId: 'half', params: { full, half }, fix: { range: [at, at + 1], text: full } });
}

/** `, ; : ? !` next to Chinese on either side (`各位代表:` ending its line included); `1,234`, `8:30` are not. */
function checkSeparators(ctx: Ctx, marks: readonly number[]): void {
  const text = ctx.doc.text;
  for (const i of marks) {
    const c = text[i]!;
    if (!(c in FULL_WIDTH_OF) || c === '(' || c === ')') continue;
    // A Markdown image `![…](…)`.
    if (c === '!' && text[i + 1] === '[') continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // A question mark ends its sentence: one followed by 。 or ， stands for a character a converter
    // could not encode (`前1?。` for 前1‱), and the right text is unknown.
    if (c === '?' && after !== '' && LOST_BEFORE.includes(after) && !englishAround(ctx, i)) {
      ctx.report({ range: [i, i + 1], messageId: 'lost', params: { next: after } });
      continue;
    }
    // After a full-width mark, an ASCII space or a Latin word next is English quoting it (`takes 、, and`).
    if (isHan(before) || chinese(after) || (isChinesePunctuation(before) && after !== ' ' && !isWordChar(after))) report(ctx, i);
  }
}

/**
 * Brackets, paired within the paragraph (either width): an ASCII pair is Chinese when it holds a
 * Han character (`(试行)`) or touches Chinese outside (`世界贸易组织(WTO)`); never right after a
 * Latin word or a number (`f(x)`, `t(100万)`), after a space only when a Han character follows. A lone ASCII bracket is Chinese when a neighbour is; one paired with a full-width
 * bracket always is (`（试行)`).
 */
function checkBrackets(ctx: Ctx, marks: readonly number[]): void {
  const text = ctx.doc.text;
  const open: number[] = [];
  const flagged = new Set<number>();
  const flag = (i: number) => {
    if (text[i] === '(' || text[i] === ')') flagged.add(i);
  };
  for (const i of marks) {
    const c = text[i]!;
    if (c === '(' || c === '（') {
      open.push(i);
      continue;
    }
    if (c !== ')' && c !== '）') continue;
    const o = open.pop();
    if (o === undefined) {
      if (c === ')' && (chinese(text[i - 1] ?? '') || chinese(text[i + 1] ?? ''))) flag(i);
      continue;
    }
    // A 文号's year in brackets (`X政发(2025)3号`, `国办发(25)12号`) belongs to document-number.
    if (isDocumentNumberBracket(text, o)) continue;
    const mixed = (text[o] === '(') !== (c === ')');
    // Right after a Latin word or a number, a pair is a formula or a call (`f(x)`, `t(100万)`); after an
    // ASCII space, English (`校对 (gongwen-lint)`) unless a Han character follows it.
    const before = text[o - 1] ?? '';
    const chineseOutside = isWordChar(before) ? false : before === ' ' ? isHan(text[i + 1] ?? '') : chinese(before) || chinese(text[i + 1] ?? '');
    if (mixed || chineseOutside || (!isWordChar(before) && before !== ' ' && hanWithin(ctx, o + 1, i))) {
      flag(o);
      flag(i);
    }
  }
  for (const o of open) if (text[o] === '(' && (chinese(text[o - 1] ?? '') || chinese(text[o + 1] ?? ''))) flag(o);
  for (const i of [...flagged].sort((a, b) => a - b)) report(ctx, i);
}

/** Whether a Han character is in `[start, end)` outside code and other ignored ranges. */
function hanWithin(ctx: Ctx, start: number, end: number): boolean {
  const text = ctx.doc.text;
  for (let i = start; i < end; i++) if (isHan(text[i]!) && !ctx.doc.isIgnored(i, i + 1)) return true;
  return false;
}

/**
 * ASCII double quotes, read with the curly ones of the paragraph in order: a `"` while a quote is
 * open closes it, else opens one. That reading is certain when the paragraph's quotes then
 * alternate, opener first, and end closed: the fix follows it; otherwise the finding has no fix.
 * A `"` is Chinese when it pairs with a curly quote, its quote holds a Han character, or a
 * neighbour is Chinese.
 */
function checkQuotes(ctx: Ctx, marks: readonly number[]): void {
  const text = ctx.doc.text;
  const quotes = marks.filter((i) => text[i] === '"' || text[i] === LEFT_DOUBLE_QUOTE || text[i] === RIGHT_DOUBLE_QUOTE);
  if (!quotes.some((i) => text[i] === '"')) return;
  let isOpen = false;
  let certain = true;
  const opens: boolean[] = [];
  for (const i of quotes) {
    const c = text[i]!;
    const opener: boolean = c === LEFT_DOUBLE_QUOTE || (c === '"' && !isOpen);
    if (opener === isOpen) certain = false;
    opens.push(opener);
    isOpen = opener;
  }
  if (isOpen) certain = false;
  for (let k = 0; k < quotes.length; k++) {
    const i = quotes[k]!;
    if (text[i] !== '"') continue;
    const partner = certain ? quotes[opens[k] ? k + 1 : k - 1] : undefined;
    const inside: Range | undefined = partner === undefined ? undefined : opens[k] ? [i + 1, partner] : [partner + 1, i];
    const isChinese =
      chinese(text[i - 1] ?? '') ||
      chinese(text[i + 1] ?? '') ||
      (partner !== undefined && text[partner] !== '"') ||
      (inside !== undefined && hanWithin(ctx, inside[0], inside[1]));
    if (!isChinese || englishAround(ctx, i)) continue;
    if (!certain) {
      ctx.report({ range: [i, i + 1], messageId: 'unsure', params: {} });
      continue;
    }
    const full = opens[k] ? LEFT_DOUBLE_QUOTE : RIGHT_DOUBLE_QUOTE;
    ctx.report({ range: [i, i + 1], messageId: 'quote', params: { full }, fix: { range: [i, i + 1], text: full } });
  }
}
