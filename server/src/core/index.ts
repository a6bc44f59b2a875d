/** The lint core: text in, findings out. Pure TypeScript, shared by the language server and the CLI. */
export { CATEGORIES, categoryById, type Category, type CategoryId } from './categories.js';
export { defaultConfig, defaultRuleConfig, normalizeConfig, unknownRuleMessage, type Config, type ConfigError, type ConfigResult, type ConfigSource, type RuleConfig, type RuleSet } from './config/config.js';
export type { GlobMatcher, Override } from './config/overrides.js';
export { configAt, configForFile, layerConfig, resolveConfig, type ConfigLayers, type LayeredConfig, type LayerErrors, type ResolvedConfig } from './config/resolve.js';
export { applyFixes, type FixResult } from './fix.js';
export { LineIndex, type Position } from './model/line-index.js';
export { SourceDocument } from './model/document.js';
export { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES, type DocumentType, type DocumentTypeName } from './model/document-type.js';
export { ModelCache } from './model/model-cache.js';
export { fixText, lint, lintDocument, type FixTextResult, type LintOptions, type RuleTimer } from './lint.js';
export { DOCS_BASE_URL, ISSUES_URL, REPOSITORY_URL, RULES, docsPath, docsUrl, isFindingOf, ruleById, type FindingDataMap, type FindingOf, type RuleId } from './registry.js';
export { defineRule, format, messageFormatter, optionEntries } from './rule.js';
export type { AnyRule, EnumOption, MapOption, MessageParams, Messages, NoOptions, OptionSpec, OptionType, Rule } from './rule.js';
export type { PlaceholderData } from './rules/placeholder.js';
export { SEVERITY_SETTINGS, isInternalError } from './types.js';
export type { DocFormat, Finding, Fix, InternalErrorData, Locale, Localized, Range, Severity, SeveritySetting, Suggestion } from './types.js';
export { parseChineseNumber, toChineseNumber } from './text/numerals.js';
export { DEFAULT_SPEECH_RATE, SPEECH_RATE_RANGE, formatSpeechStats, groupThousands, readingMinutes, speechStats, type SpeechStats } from './model/stats.js';
