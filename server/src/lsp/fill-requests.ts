import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/index.js';
import { sharedLabel } from '../fill/blanks.js';
import { sentenceAround } from '../fill/sentence.js';
import { exampleFor, normalizeFill } from '../fill/validate.js';
import type { BlankDescription, BlankRef, DescribeBlanksParams, FillResult, ValidateFillParams } from '../protocol.js';

/** The longest sentence excerpt asked for: wider than any input box or list row. */
const MAX_WIDTH = 200;

/**
 * What the fill prompt and the placeholder list show of each blank of `document`, which must be at
 * the version the blanks were taken from (the caller checks). Blanks outside the text get empty text.
 */
export function describeBlanks(document: TextDocument, params: DescribeBlanksParams, locale: Locale): BlankDescription[] {
  const text = document.getText();
  const width = clamp(params.width, 1, MAX_WIDTH, 60);
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

function validRange(blank: BlankRef, length: number): readonly [number, number] | undefined {
  const [start, end] = Array.isArray(blank.range) ? blank.range : [];
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start! && start! <= end! && end! <= length ? [start!, end!] : undefined;
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}
