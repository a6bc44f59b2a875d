import type { DocumentLayout, ParagraphLayout, SectionLayout } from '../../server/src/core/index.js';

/** A section on A4 with the margins of GB/T 9704-2012. */
export const GBT9704_SECTION: SectionLayout = { firstParagraph: 0, page: { width: 210, height: 297 }, margins: { top: 37, right: 26, bottom: 35, left: 28 } };

/**
 * A layout for a text written by hand, as a .docx reader would give it: every line one paragraph
 * in 仿宋_GB2312 16 pt at exactly 28 pt, on one GB/T 9704 section — unless `paragraphs` (by line)
 * or `sections` say otherwise. `font` / `size` in a paragraph's entry set its whole line.
 */
export function layoutOf(
  text: string,
  options: { paragraphs?: Readonly<Record<number, Partial<ParagraphLayout> & { font?: string; size?: number }>>; sections?: readonly SectionLayout[] } = {},
): DocumentLayout {
  const paragraphs = text.split('\n').map((line, i): ParagraphLayout => {
    const { font = '仿宋_GB2312', size = 16, ...rest } = options.paragraphs?.[i] ?? {};
    return { spans: line === '' ? [] : [{ start: 0, end: line.length, font, size }], line: { value: 28, rule: 'exact' }, snapToGrid: true, inTable: false, ...rest };
  });
  return { paragraphs, sections: options.sections ?? [GBT9704_SECTION] };
}
