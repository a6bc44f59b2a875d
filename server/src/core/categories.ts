import type { Localized } from './types.js';

export interface Category {
  readonly id: string;
  readonly name: Localized;
}

/**
 * What the rules are grouped by, in the order the docs list them: a new category is one row here.
 * A rule names its category by id; a misspelt id does not compile.
 */
export const CATEGORIES = [
  { id: 'placeholder', name: { 'zh-CN': '占位符', en: 'placeholders' } },
  { id: 'outline', name: { 'zh-CN': '提纲', en: 'outline' } },
  { id: 'figures', name: { 'zh-CN': '数字', en: 'figures' } },
  { id: 'punctuation', name: { 'zh-CN': '标点', en: 'punctuation' } },
  { id: 'numbers', name: { 'zh-CN': '数字用法', en: 'number usage' } },
  { id: 'format', name: { 'zh-CN': '公文格式', en: 'document format' } },
  { id: 'wording', name: { 'zh-CN': '用词与提法', en: 'wording' } },
] as const satisfies readonly Category[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export function categoryById(id: CategoryId): Category {
  return CATEGORIES.find((c) => c.id === id)!;
}
