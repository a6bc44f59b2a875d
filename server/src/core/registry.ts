import { DOCS_BASE_URL } from './project.js';
import type { AnyRule } from './rule.js';
import countMismatch from './rules/count-mismatch.js';
import enumerationSequence from './rules/enumeration-sequence.js';
import figureConflict from './rules/figure-conflict.js';
import headingLevel from './rules/heading-level.js';
import headingSequence from './rules/heading-sequence.js';
import headingStyle from './rules/heading-style.js';
import placeholder from './rules/placeholder.js';
import ratioMismatch from './rules/ratio-mismatch.js';
import shareOverLimit from './rules/share-over-limit.js';

/** Every rule, in the order findings of equal position are reported and the docs list them. */
export const RULES: readonly AnyRule[] = [
  placeholder,
  headingSequence,
  headingStyle,
  headingLevel,
  enumerationSequence,
  countMismatch,
  figureConflict,
  ratioMismatch,
  shareOverLimit,
];

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
