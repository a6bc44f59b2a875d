import { DOCS_BASE_URL } from './project.js';
import type { AnyRule, DataOf } from './rule.js';
import abbreviation from './rules/abbreviation.js';
import citationConsistency from './rules/citation-consistency.js';
import countMismatch from './rules/count-mismatch.js';
import dateFormat from './rules/date-format.js';
import doctypeStructure from './rules/doctype-structure.js';
import documentNumber from './rules/document-number.js';
import enumerationSequence from './rules/enumeration-sequence.js';
import figureConflict from './rules/figure-conflict.js';
import gongwenElements from './rules/gongwen-elements.js';
import headingLevel from './rules/heading-level.js';
import headingSequence from './rules/heading-sequence.js';
import headingStyle from './rules/heading-style.js';
import numberRange from './rules/number-range.js';
import numeralMix from './rules/numeral-mix.js';
import keyFormulations from './rules/key-formulations.js';
import layoutBody from './rules/layout-body.js';
import layoutHeadings from './rules/layout-headings.js';
import layoutNumberDate from './rules/layout-number-date.js';
import layoutPage from './rules/layout-page.js';
import layoutPageNumber from './rules/layout-page-number.js';
import layoutTitle from './rules/layout-title.js';
import ordinalPunctuation from './rules/ordinal-punctuation.js';
import pairedMarks from './rules/paired-marks.js';
import placeholder from './rules/placeholder.js';
import punctuationWidth from './rules/punctuation-width.js';
import ratioMismatch from './rules/ratio-mismatch.js';
import redundancy from './rules/redundancy.js';
import repeatedSentence from './rules/repeated-sentence.js';
import shareOverLimit from './rules/share-over-limit.js';
import wordUsage from './rules/word-usage.js';
import { isInternalError, type Finding } from './types.js';

const REGISTERED = [
  placeholder,
  headingSequence,
  headingStyle,
  headingLevel,
  enumerationSequence,
  countMismatch,
  figureConflict,
  ratioMismatch,
  shareOverLimit,
  punctuationWidth,
  pairedMarks,
  ordinalPunctuation,
  documentNumber,
  dateFormat,
  numberRange,
  redundancy,
  gongwenElements,
  layoutPage,
  layoutTitle,
  layoutHeadings,
  layoutBody,
  layoutNumberDate,
  layoutPageNumber,
  numeralMix,
  keyFormulations,
  wordUsage,
  abbreviation,
  citationConsistency,
  doctypeStructure,
  repeatedSentence,
] as const;

/** Every rule, in the order findings of equal position are reported and the docs list them. */
export const RULES: readonly AnyRule[] = REGISTERED;

type RegisteredRule = (typeof REGISTERED)[number];

export type RuleId = RegisteredRule['id'];

/** The type of each rule's finding data, by rule id (`never`: the rule attaches none). */
export type FindingDataMap = { [R in RegisteredRule as R['id']]: DataOf<R> };

/** A finding of rule `K`, its data of that rule's type. */
export type FindingOf<K extends RuleId> = Finding & { readonly ruleId: K; readonly data?: FindingDataMap[K] };

/** Whether `finding` is one of rule `id`'s own (not the one standing for its failure): then its data has the rule's type. */
export function isFindingOf<K extends RuleId>(finding: Finding, id: K): finding is FindingOf<K> {
  return finding.ruleId === id && !isInternalError(finding);
}

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

export { DOCS_BASE_URL, ISSUES_URL, REPOSITORY_URL } from './project.js';

/** The path of a rule's page inside the repository (and inside the packaged extension). */
export function docsPath(rule: Pick<AnyRule, 'id'>): string {
  return `docs/rules/${rule.id}.md`;
}

export function docsUrl(rule: Pick<AnyRule, 'id'>): string {
  return `${DOCS_BASE_URL}/${rule.id}.md`;
}
