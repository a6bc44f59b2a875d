import { applyFixes, lint } from '../../server/src/core/index.js';

/** The findings of one rule on a text, with the default configuration. */
export const findings = (text: string, ruleId: string) => lint(text).filter((f) => f.ruleId === ruleId);
/** Their messages. */
export const messages = (text: string, ruleId: string) => findings(text, ruleId).map((f) => f.message);
/** The text with the rule's fixes applied. */
export const fixed = (text: string, ruleId: string) => applyFixes(text, findings(text, ruleId)).output;
