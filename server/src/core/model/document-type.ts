import type { Localized, Range } from '../types.js';
import type { DocumentHead } from './document-head.js';

/**
 * The document types of the 党政机关公文处理工作条例 (2012, art. 8), and the speech (讲话), which
 * is no 公文 type but what most drafts here are.
 */
export const DOCUMENT_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要', '讲话'] as const;
export type DocumentTypeName = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentTypeName, Localized>> = {
  决议: { 'zh-CN': '决议', en: 'resolution' },
  决定: { 'zh-CN': '决定', en: 'decision' },
  命令: { 'zh-CN': '命令（令）', en: 'order' },
  公报: { 'zh-CN': '公报', en: 'communiqué' },
  公告: { 'zh-CN': '公告', en: 'announcement' },
  通告: { 'zh-CN': '通告', en: 'public notice' },
  意见: { 'zh-CN': '意见', en: 'opinion' },
  通知: { 'zh-CN': '通知', en: 'notice' },
  通报: { 'zh-CN': '通报', en: 'circular' },
  报告: { 'zh-CN': '报告', en: 'report' },
  请示: { 'zh-CN': '请示', en: 'request for instructions' },
  批复: { 'zh-CN': '批复', en: 'reply' },
  议案: { 'zh-CN': '议案', en: 'motion' },
  函: { 'zh-CN': '函', en: 'letter' },
  纪要: { 'zh-CN': '纪要', en: 'minutes' },
  讲话: { 'zh-CN': '讲话', en: 'speech' },
};

export interface DocumentType {
  readonly type: DocumentTypeName;
  /** Where it was read: the title's last line, the subtitle (`——在…上的报告`); none when configured. */
  readonly range?: Range;
  /** Given at a meeting (a subtitle `在…上`, or a speech): a report read to a congress has no 主送机关. */
  readonly delivered: boolean;
  readonly source: 'title' | 'subtitle' | 'config';
}

/** The type word a title ends with, longest first; draft marks such as （征求意见稿） come off first. */
const TYPE_AT_END_RE = /(会议纪要|纪要|请示|报告|复函|函|意见|通知|通报|决定|决议|命令|令|公报|公告|通告|批复|议案|讲话|致辞|发言|讲稿)$/;
const DRAFT_MARK_RE = /[（(〔【[][^）)〕】\]]{0,8}(?:稿|草案|试行|代拟)[）)〕】\]]$/;
const GIVEN_AT_RE = /在.{2,60}?上/;
const WORD_TYPE: Readonly<Record<string, DocumentTypeName>> = { 会议纪要: '纪要', 复函: '函', 令: '命令', 致辞: '讲话', 发言: '讲话', 讲稿: '讲话' };

/** The type a document's head states, in its title or else its subtitle (`——在…上的报告`). */
export function detectType(text: string, head: DocumentHead): DocumentType | undefined {
  const subtitle = head.subtitle && text.slice(head.subtitle[0], head.subtitle[1]).replace(/\s+/g, '');
  const delivered = subtitle !== undefined && GIVEN_AT_RE.test(subtitle);
  if (head.title) {
    const type = typeOf(head.title.text);
    const lines = head.title.lines;
    if (type) return { type, range: lines[lines.length - 1]!, delivered: delivered || type === '讲话', source: 'title' };
  }
  if (subtitle && head.subtitle) {
    const type = typeOf(subtitle.replace(/[）)]$/, ''));
    if (type && delivered) return { type, range: head.subtitle, delivered, source: 'subtitle' };
  }
  return undefined;
}

/** The type set in the configuration: a speech is delivered, the others are sent. */
export function configuredType(type: DocumentTypeName | undefined): DocumentType | undefined {
  return type === undefined ? undefined : { type, delivered: type === '讲话', source: 'config' };
}

function typeOf(title: string): DocumentTypeName | undefined {
  const word = TYPE_AT_END_RE.exec(title.replace(DRAFT_MARK_RE, ''))?.[1];
  if (!word) return undefined;
  return WORD_TYPE[word] ?? (word as DocumentTypeName);
}
