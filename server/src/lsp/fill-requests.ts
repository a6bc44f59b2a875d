import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/index.js';
import { sharedLabel } from '../fill/blanks.js';
import { sentenceAround } from '../fill/sentence.js';
import { exampleFor, normalizeFill } from '../fill/validate.js';
import type { BlankDescription, BlankRef, DescribeBlanksParams, FillResult, Range, ValidateFillParams } from '../protocol.js';
import { bounded } from './bounded.js';

/** The longest sentence excerpt asked for: wider than any input box or list row. */
const MAX_WIDTH = 200;

/**
 * What the fill prompt and the placeholder list show of each blank of `document`, which must be at
 * the version the blanks were taken from (the caller checks).
 */
export function describeBlanks(document: TextDocument, params: DescribeBlanksParams, locale: Locale): BlankDescription[] {
  const text = document.getText();
  const width = bounded(params.width, 1, MAX_WIDTH, 60);
  return params.blanks.map((blank) => {
    const range = validRange(blank, text.length);
    const own = range ? text.slice(range[0], range[1]) : '';
    return {
      sentence: range ? sentenceAround(text, range, width) : '',
      example: exampleFor(blank.kind, blank.unit, locale),
      label: sharedLabel(blank, own),
    };
  });
}

/** Checks and tidies an answer for a blank of this kind and unit. */
export function validateFill(params: ValidateFillParams, locale: Locale): FillResult {
  return normalizeFill(String(params.kind), String(params.unit), String(params.input), locale);
}

/** The blank's range if it lies in a text of `length` (the client sends what it has; a bad range gets no sentence). */
function validRange(blank: BlankRef, length: number): Range | undefined {
  const range: unknown = blank.range;
  if (!Array.isArray(range) || range.length !== 2) return undefined;
  const [start, end] = range as unknown[];
  return typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length
    ? [start, end]
    : undefined;
}
