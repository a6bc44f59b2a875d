import { ADDRESSEE_RE } from '../text/addressees.js';
import { isAttachmentLine } from '../model/outline.js';
import { isWhitespace, trimmedRange } from '../text/chars.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { Range } from '../types.js';

const MESSAGES = {
  noteColon: { 'zh-CN': '附件说明中“附件”二字后加全角冒号：「附件：」', en: 'In an attachment note, 附件 is followed by a full-width colon: 附件：' },
  itemMark: { 'zh-CN': '附件顺序号后用「．」：「{number}．」，这里是「{number}{mark}」', en: 'An attachment number takes a point: {number}．, not {number}{mark}' },
  namePunctuation: { 'zh-CN': '附件名称后不加标点符号，这里是「{mark}」', en: 'An attachment name takes no punctuation after it; here it is {mark}' },
  headingUnlisted: {
    'zh-CN': '附件说明只列了{count}，这里是「{heading}」',
    en: 'The attachment note lists {count}; here is {heading}',
  },
  attachments: { 'zh-CN': '{n}个附件', en: '{n} attachment(s)' },
  headingUnnumbered: { 'zh-CN': '附件说明列了{count}，附件应标顺序号：「附件N」', en: 'The attachment note lists {count}; each attachment takes its number: 附件N' },
  noteHere: { 'zh-CN': '附件说明在此', en: 'The attachment note' },
  addresseeColon: { 'zh-CN': '主送机关后用全角冒号「：」，这里是{written}', en: 'The addressees end with a full-width colon ：; here: {written}' },
  nothing: { 'zh-CN': '没有标点', en: 'no mark' },
  mark: { 'zh-CN': '「{mark}」', en: '{mark}' },
  copyColon: { 'zh-CN': '“抄送”二字后加全角冒号：「抄送：」', en: '抄送 is followed by a full-width colon: 抄送：' },
  copyPeriod: { 'zh-CN': '最后一个抄送机关名称后标句号「。」，这里是{written}', en: 'The last copied body ends with a full stop 。; here: {written}' },
};

type Ctx = RuleContext<Record<string, never>, never, keyof typeof MESSAGES>;

/** `附件：1．名称`, `附件：名称`, `附件 名称`, `附件1．名称` (the colon missing): an attachment note's first line. */
const NOTE_RE = /^附件(?:(：)|(\s+)|(?=\d+[．.、]))(.*)$/;
/** An item of the note: `1．名称`, `2.名称`, `3、名称`. */
const ITEM_RE = /^(\d{1,2})([．.、])\s*(.*)$/;
/** Punctuation that may not end an attachment name. */
const NAME_END_RE = /[。；;，,、.．：:]$/;
/** How far into a document (non-empty lines) its addressees come: after the title and the number. */
const ADDRESSEE_REACH = 8;
const SENTENCE_END_RE = /[。！？]$/;

export default defineRule()({
  id: 'gongwen-elements',
  category: 'format',
  title: { 'zh-CN': '公文格式要素', en: 'Document elements' },
  description: {
    'zh-CN': '附件说明写作「附件：1．名称」，名称后不加标点，顺序号与附件一致；主送机关后用全角冒号；抄送机关后标句号',
    en: 'Attachment notes read 附件：1．name, with no punctuation after a name and numbers matching the attachments; addressees end with ：; the copied bodies end with 。',
  },
  explanation: {
    'zh-CN': 'GB/T 9704-2012 规定：“附件”后标全角冒号和附件名称，多个附件用阿拉伯数字标注顺序号（如“附件：1．×××”），附件名称后不加标点符号，附件的序号和名称与附件说明一致；主送机关名称后标全角冒号；“抄送”二字后加全角冒号，最后一个抄送机关名称后标句号。',
    en: 'GB/T 9704-2012: 附件 is followed by a full-width colon and the name; several attachments are numbered (附件：1．…) with no punctuation after a name, matching the attachments themselves; the addressees end with a full-width colon; 抄送 takes a full-width colon and the last copied body a full stop.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {},
  messages: MESSAGES,
  check(ctx) {
    const lines = contentLines(ctx);
    checkAddressees(ctx, lines);
    checkAttachments(ctx, lines);
    checkCopies(ctx, lines);
  },
});

/** The non-empty lines outside ignored ranges, without their leading and trailing blanks. */
function contentLines(ctx: Ctx): Range[] {
  const { text } = ctx.doc;
  const out: Range[] = [];
  for (const line of ctx.doc.lines) {
    const [s, e] = trimmedRange(text, line.start, line.end);
    if (s < e && !ctx.doc.isIgnored(s, e)) out.push([s, e]);
  }
  return out;
}

/** 主送机关 (GB/T 9704-2012 §7.3.2): a line `各…：` near the top, before the body begins. */
function checkAddressees(ctx: Ctx, lines: readonly Range[]): void {
  const text = ctx.doc.text;
  for (let i = 0; i < Math.min(lines.length - 1, ADDRESSEE_REACH); i++) {
    const [s, e] = lines[i]!;
    const content = text.slice(s, e);
    const m = ADDRESSEE_RE.exec(content);
    if (!m) {
      // The body has begun.
      if (SENTENCE_END_RE.test(content)) break;
      continue;
    }
    // The body follows: a sentence, not a title or another name.
    const [ns, ne] = lines[i + 1]!;
    if (!/[。；，]/.test(text.slice(ns, ne))) continue;
    const mark = m[1]!;
    const at = mark ? e - 1 : e;
    ctx.report({
      range: mark ? [at, e] : [s, e],
      messageId: 'addresseeColon',
      params: { written: mark ? { messageId: 'mark', params: { mark } } : { messageId: 'nothing' } },
      fix: { range: [at, e], text: '：' },
    });
    return;
  }
}

interface Note {
  readonly range: Range;
  /** The attachments it lists. */
  readonly count: number;
}

/** 附件说明 (§7.3.4) and the attachments' headings (§7.3.7). */
function checkAttachments(ctx: Ctx, lines: readonly Range[]): void {
  const text = ctx.doc.text;
  let note: Note | undefined;
  for (let i = 0; i < lines.length; i++) {
    const [s, e] = lines[i]!;
    if (text.charCodeAt(s) !== 0x9644 /* 附 */) continue;
    if (isAttachmentLine(text, s, e)) {
      if (note) checkHeading(ctx, s, e, note);
      // `附件：` alone: the note's items follow on the next lines.
      if (!note && text.slice(s, e) === '附件：' && i + 1 < lines.length) {
        const [first, next] = noteItems(ctx, lines, i + 1, lines[i + 1]![0]);
        note = { range: [s, e], count: first };
        i = next - 1;
      }
      continue;
    }
    if (note) continue;
    const m = NOTE_RE.exec(text.slice(s, e));
    if (!m) continue;
    const [, colon, space, rest] = m as unknown as [string, string | undefined, string | undefined, string];
    // `附件 名称`, `附件1．名称`: a note, unless the line is a sentence (附件材料应当……。).
    if (!colon && (/[。；，]/.test(rest) || rest === '')) continue;
    if (!colon) {
      const after = s + 2 + (space?.length ?? 0);
      ctx.report({ range: [s, after], messageId: 'noteColon', fix: { range: [s + 2, after], text: '：' } });
    }
    const [count, next] = noteItems(ctx, lines, i, e - rest.length);
    note = { range: [s, e], count };
    i = next - 1;
  }
}

/**
 * Checks the items of a note from line `from` (its first item beginning at `at`) and returns how
 * many attachments it lists and the line after it.
 */
function noteItems(ctx: Ctx, lines: readonly Range[], from: number, at: number): [number, number] {
  const text = ctx.doc.text;
  let count = 0;
  let i = from;
  let start = at;
  for (; i < lines.length; i++) {
    const e = lines[i]![1];
    const content = text.slice(start, e);
    const m = ITEM_RE.exec(content);
    if (!m) {
      // One attachment without a number, on the note's line or the next.
      if (i === from && count === 0 && content !== '') {
        checkName(ctx, start, e);
        return [1, i + 1];
      }
      break;
    }
    const number = Number(m[1]);
    if (number !== count + 1) break;
    count = number;
    const markAt = start + m[1]!.length;
    if (m[2] === '、') ctx.report({ range: [markAt, markAt + 1], messageId: 'itemMark', params: { number, mark: m[2] } });
    checkName(ctx, start, e);
    if (i + 1 < lines.length) start = lines[i + 1]![0];
  }
  return [count, i];
}

function checkName(ctx: Ctx, start: number, end: number): void {
  const text = ctx.doc.text;
  const last = text[end - 1]!;
  if (end - start < 3 || !NAME_END_RE.test(last)) return;
  ctx.report({ range: [end - 1, end], messageId: 'namePunctuation', params: { mark: last } });
}

function checkHeading(ctx: Ctx, start: number, end: number, note: Note): void {
  const text = ctx.doc.text;
  const heading = text.slice(start, end).replace(/[:：\s]+$/, '');
  const digits = /\d+/.exec(heading);
  const count = { messageId: 'attachments' as const, params: { n: note.count } };
  const related = [{ range: note.range, messageId: 'noteHere' as const }];
  if (digits && Number(digits[0]) > note.count) {
    ctx.report({ range: [start, start + heading.length], messageId: 'headingUnlisted', params: { count, heading }, related });
  } else if (!digits && note.count >= 2 && heading === '附件') {
    ctx.report({ range: [start, start + heading.length], messageId: 'headingUnnumbered', params: { count }, related });
  }
}

/** 抄送机关 (§7.4.2): `抄送：…。`. */
function checkCopies(ctx: Ctx, lines: readonly Range[]): void {
  const text = ctx.doc.text;
  for (const [s, e] of lines) {
    if (!text.startsWith('抄送', s) || e - s > 200) continue;
    const after = text[s + 2];
    let nameStart = s + 3;
    if (after !== '：' && after !== ':') {
      // `抄送 市委办公厅…`: the colon left out; `抄送有关部门备案。` is a sentence.
      if (after === undefined || !isWhitespace(after)) continue;
      let n = s + 2;
      while (n < e && isWhitespace(text[n]!)) n++;
      ctx.report({ range: [s, s + 2], messageId: 'copyColon', fix: { range: [s + 2, n], text: '：' } });
      nameStart = n;
    }
    if (nameStart >= e) continue;
    const last = text[e - 1]!;
    if (last === '。') continue;
    const mark = /[，,；;、.]/.test(last);
    ctx.report({
      range: mark ? [e - 1, e] : [s, e],
      messageId: 'copyPeriod',
      params: { written: mark ? { messageId: 'mark', params: { mark: last } } : { messageId: 'nothing' } },
    });
  }
}
