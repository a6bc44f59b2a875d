import type { Range } from '../core/index.js';

const WORD_RE = /[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]/;

/**
 * The text to put on the allow-list when the writer says a finding is not a placeholder: the blank
 * with up to two word characters after it (`X号楼`), or before it when nothing follows (`型号X`),
 * so that the entry names the term and not every X in the document.
 */
export function allowEntryFor(text: string, range: Range): string {
  let end = range[1];
  while (end < text.length && end - range[1] < 2 && WORD_RE.test(text[end]!)) end++;
  let start = range[0];
  if (end === range[1]) while (start > 0 && range[0] - start < 2 && WORD_RE.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}
