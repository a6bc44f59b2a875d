import type { Range } from '../core/index.js';

// Word characters that are not themselves blanks: an entry must never swallow a neighbouring blank.
const WORD_RE = /[\u3400-\u9fff\uf900-\ufaffA-WYZa-wyz0-9]/;
const BLANK_RE = /[某○□]/;

/**
 * The text to put on the allow-list when the writer says a finding is not a placeholder: the blank
 * with its unit (`X区`, `X万元`), else with up to two word characters after it (`X号楼`), or before
 * it when nothing follows (`型号X`) — so that the entry names the term, not every X in the
 * document, and never covers the next blank.
 */
export function allowEntryFor(text: string, range: Range, unit = ''): string {
  if (unit && text.startsWith(unit, range[1])) return text.slice(range[0], range[1] + unit.length);
  const word = (c: string) => WORD_RE.test(c) && !BLANK_RE.test(c);
  let end = range[1];
  while (end < text.length && end - range[1] < 2 && word(text[end]!)) end++;
  let start = range[0];
  if (end === range[1]) while (start > 0 && range[0] - start < 2 && word(text[start - 1]!)) start--;
  return text.slice(start, end);
}
