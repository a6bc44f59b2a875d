import { ADDRESSEE_RE } from '../text/addressees.js';
import { DOCUMENT_NUMBER_RE, isDocumentNumber } from '../text/document-numbers.js';
import { trimmedRange } from '../text/chars.js';
import { SENTENCE_MARKS } from '../text/terminators.js';
import type { Range } from '../types.js';
import type { Layout } from './types.js';

/**
 * The head of a document, before its body: the 发文机关标志 (`XX市人民政府文件`), the title
 * (one to three lines: `国务院办公厅关于印发` / `“十四五”…规划的通知`), the 文号, a subtitle
 * (`——2025年10月15日在…上的讲话`, `（2026年1月27日在…会议上）`), the speaker's line and the
 * 主送机关 (`各区人民政府：`) or the salutation (`同志们：`). The first sentence ends it.
 */
export interface DocumentHead {
  /** The 发文机关标志 (`XX市人民政府文件`) above the title. */
  readonly issuer?: Range;
  /** The title's lines, trimmed; its text is them joined, letter spacing (`政 府 工 作 报 告`) removed. */
  readonly title?: { readonly lines: readonly Range[]; readonly text: string };
  /** The subtitle, over the lines it takes (`——2026年1月26日在…第十四届` / `人民代表大会第五次会议上`). */
  readonly subtitle?: Range;
  readonly documentNumber?: Range;
  /** The head's subtitle lines and bracketed date lines (`（2017年10月18日）`), in order: where a dated head gives its date. */
  readonly dateLines: readonly Range[];
  /** The line ending in a colon before the body: the 主送机关, or a speech's salutation. */
  readonly addressee?: Range;
  /** Index into `lines` of the first line of the body. */
  readonly bodyLine: number;
}

/** How many non-blank lines the head may have. */
const HEAD_LINES = 10;
const MAX_TITLE_LINES = 3;
/** A title line is no longer than this; longer is a paragraph of the body. */
const MAX_TITLE_LENGTH = 60;
const ISSUER_RE = /文件$/;
/** A subtitle: a dash or an opening bracket, then a date or where it was given (`在…上`). */
const SUBTITLE_RE = /^(?:(?:[—–―-]{1,2}|[（(])\s*(?:.{0,24}?在.{2,60}?上|\S*\d{4}年|[〇一二三四五六七八九○零]{4}年)|(?:\d{4}|[〇一二三四五六七八九○零]{4})年.{1,8}日在)/;
/** Where a subtitle given over several lines is complete: `…会议上`, `…上的讲话`, a closing bracket. */
const SUBTITLE_END_RE = /(?:上|讲话|报告|致辞|发言)[）)]?$|[）)]$/;
const DATED_RE = /^[（(]?\s*(?:\d{4}|[〇一二三四五六七八九○零]{4})年.{1,8}日[）)]?$/;
const COLON_END_RE = /[：:]$/;
/** A body sentence that ends in a colon, not an addressee: `现纪要如下：`, `4月3日，…召开会议：`. */
const NOT_ADDRESSEE_RE = /如下[：:]$|[0-9０-９〇一二三四五六七八九十]{1,3}月[0-9０-９〇一二三四五六七八九十]{1,3}日|召开|主持/;
/** A line of the speaker or the issuing body under a subtitle: short, no sentence mark, spaces inside (`省长 李炳军`). */
const BYLINE_RE = /^[^\s，。：:；]{1,20}(?:[ \u3000]+[^\s，。：:；]{1,8}){1,3}$/;

export function parseHead(layout: Layout): DocumentHead {
  const { text, lines } = layout;
  const titleLines: Range[] = [];
  let title: DocumentHead['title'];
  let subtitle: Range | undefined;
  let documentNumber: Range | undefined;
  let issuer: Range | undefined;
  let addressee: Range | undefined;
  let subtitleOpen = false;
  const dateLines: Range[] = [];
  let seen = 0;
  let i = 0;
  const closeTitle = () => {
    if (titleLines.length > 0 && !title) title = { lines: [...titleLines], text: titleLines.map(([s, e]) => text.slice(s, e)).join('').replace(/[ \u3000]/g, '') };
  };
  for (; i < lines.length && seen < HEAD_LINES; i++) {
    const [start, end] = trimmedRange(text, lines[i]!.start, lines[i]!.end);
    if (start === end) continue;
    seen++;
    const line = text.slice(start, end);
    // A colon ends it; a notice's addressees are known without theirs (`各乡镇人民政府，县政府各部门`).
    if ((COLON_END_RE.test(line) && line.length <= 120 && !hasSentenceMark(line) && !NOT_ADDRESSEE_RE.test(line)) || ADDRESSEE_RE.test(line)) {
      closeTitle();
      addressee = [start, end];
      i++;
      break;
    }
    if (SENTENCE_MARKS.includes(line[line.length - 1]!) || line.length > MAX_TITLE_LENGTH * 2) break;
    if (isNumberLine(text, start, end)) {
      closeTitle();
      documentNumber = [start, end];
      continue;
    }
    if (SUBTITLE_RE.test(line) || DATED_RE.test(line)) {
      closeTitle();
      // A bare date line at the top is no subtitle: only a dash or a bracket makes one.
      if ('—–―-（('.includes(line[0]!)) dateLines.push([start, end]);
      if (!subtitle) {
        subtitle = [start, end];
        subtitleOpen = !SUBTITLE_END_RE.test(line);
      }
      continue;
    }
    if (subtitle && subtitleOpen) {
      subtitle = [subtitle[0], end];
      subtitleOpen = !SUBTITLE_END_RE.test(line);
      continue;
    }
    if (title || subtitle) {
      // After the title and subtitle: the speaker's or the issuer's line, a date.
      if (subtitle || BYLINE_RE.test(line)) continue;
      break;
    }
    if (titleLines.length === 0 && ISSUER_RE.test(line)) {
      issuer ??= [start, end];
      continue;
    }
    if (line.length > MAX_TITLE_LENGTH || titleLines.length === MAX_TITLE_LINES) break;
    titleLines.push([start, end]);
  }
  closeTitle();
  return { ...(issuer && { issuer }), ...(title && { title }), ...(subtitle && { subtitle }), ...(documentNumber && { documentNumber }), ...(addressee && { addressee }), dateLines, bodyLine: i };
}

function hasSentenceMark(line: string): boolean {
  for (const c of line) if (SENTENCE_MARKS.includes(c)) return true;
  return false;
}

/** A line holding a 文号 and little else: `国办发〔2020〕50号`. */
function isNumberLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (line.length > 30) return false;
  DOCUMENT_NUMBER_RE.lastIndex = 0;
  const m = DOCUMENT_NUMBER_RE.exec(line);
  return m !== null && isDocumentNumber(text, start + m.index, m[1]!, m[3]!);
}
