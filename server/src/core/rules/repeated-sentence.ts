import { charClass, charTable, trimmedRange } from '../text/chars.js';
import { CLAUSE_MARKS, SEMICOLONS, SENTENCE_MARKS } from '../text/terminators.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

interface Options {
  minLength: number;
}

const MESSAGES = {
  sentence: { 'zh-CN': '这句话与前文重复（{length}字）：「{opening}」', en: 'This sentence repeats an earlier one ({length} characters): {opening}' },
  paragraph: { 'zh-CN': '整段与前文重复（{length}字）：「{opening}」', en: 'This paragraph repeats an earlier one ({length} characters): {opening}' },
  first: { 'zh-CN': '首次出现', en: 'First occurrence' },
};

const ENDS = charTable(SENTENCE_MARKS);
const CLAUSES = new RegExp(charClass(`${CLAUSE_MARKS}${SEMICOLONS}、`));
/** How much of the repeated text the message shows. */
const OPENING = 16;

export default defineRule<Options>()({
  id: 'repeated-sentence',
  category: 'format',
  title: { 'zh-CN': '重复的句子', en: 'Repeated sentences' },
  description: {
    'zh-CN': '同一句话（默认12字以上）在文中出现两次以上，或整段重复；标题不计',
    en: 'A sentence (12 characters or more by default) that occurs twice or more, or a paragraph repeated whole; headings excepted',
  },
  explanation: {
    'zh-CN': '由模板拼接或多次修改的讲稿，常把同一句话甚至同一段粘贴两遍，念出来立刻能听出。每处重复都链接到首次出现的位置；较短的口号和称呼不计。',
    en: 'Drafts assembled from templates and edited many times often carry the same sentence, or a whole paragraph, twice, which a listener notices at once. Each repeat links to the first occurrence; short slogans and salutations are not counted.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    minLength: {
      type: 'number',
      default: 12,
      validate: (value) =>
        Number.isInteger(value) && (value as number) >= 4 ? undefined : { 'zh-CN': '应为不小于 4 的整数', en: 'should be a whole number of 4 or more' },
      description: { 'zh-CN': '计入的句子至少有几个字（标点和空白不计）', en: 'The fewest characters a sentence must have to count (punctuation and blanks aside)' },
    },
  },
  messages: MESSAGES,
  check(ctx) {
    const { text, paragraphs } = ctx.doc;
    const headings = new Set(ctx.doc.outline.nodes.map((n) => n.paragraph.start));
    const seenSentences = new Map<string, Range>();
    const seenParagraphs = new Map<string, Range>();
    for (const paragraph of paragraphs) {
      if (headings.has(paragraph.start)) continue;
      const whole = trimmedRange(text, paragraph.start, paragraph.end);
      const content = text.slice(whole[0], whole[1]);
      const sentences = sentencesOf(text, whole[0], whole[1]);
      // A paragraph of several sentences repeated whole is reported once, as a paragraph.
      if (sentences.length > 1 && length(content) >= ctx.options.minLength && !ctx.doc.isIgnored(whole[0], whole[1])) {
        const first = seenParagraphs.get(content);
        if (first) {
          report(ctx, 'paragraph', whole, first, content);
          continue;
        }
        seenParagraphs.set(content, whole);
      }
      for (const [k, range] of sentences.entries()) {
        const sentence = text.slice(range[0], range[1]);
        // A line without an end mark is a title or a label (an attachment's name, given twice by design).
        if (!ENDS[sentence.charCodeAt(sentence.length - 1)]) continue;
        // A run-in heading: a short first sentence without clauses, the paragraph going on (`推进节能减排。节能减排的关键…`).
        if (k === 0 && sentences.length > 1 && !CLAUSES.test(sentence)) continue;
        if (length(sentence) < ctx.options.minLength || ctx.doc.isIgnored(range[0], range[1])) continue;
        const first = seenSentences.get(sentence);
        if (first) report(ctx, 'sentence', range, first, sentence);
        else seenSentences.set(sentence, range);
      }
    }
  },
});

function report(ctx: RuleContext<Options, never, keyof typeof MESSAGES>, kind: 'sentence' | 'paragraph', range: Range, first: Range, content: string): void {
  const opening = content.length > OPENING ? `${content.slice(0, OPENING)}…` : content;
  ctx.report({ range, messageId: kind, params: { length: length(content), opening }, related: [{ range: first, messageId: 'first' }] });
}

/** The sentences of `[start, end)`, each with its end mark, blanks around it trimmed. */
function sentencesOf(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!ENDS[text.charCodeAt(i)]) continue;
    while (i + 1 < end && ENDS[text.charCodeAt(i + 1)]) i++;
    push(text, from, i + 1, out);
    from = i + 1;
  }
  push(text, from, end, out);
  return out;
}

function push(text: string, start: number, end: number, out: Range[]): void {
  const range = trimmedRange(text, start, end);
  if (range[1] > range[0]) out.push(range);
}


/** Characters that count: not punctuation, not blanks. */
function length(s: string): number {
  let n = 0;
  for (const c of s) if (!/[\p{P}\p{S}\s]/u.test(c)) n++;
  return n;
}
