import { DOCUMENT_TYPES, type DocumentTypeName } from '../model/document-type.js';
import { LAYOUT_MODES, type LayoutMode } from '../model/layout.js';
import { nearestName } from '../text/did-you-mean.js';
import { parseIsoDate } from '../text/dates.js';
import type { Override } from './overrides.js';
import { DOCS_BASE_URL, RULES, ruleById } from '../registry.js';
import { format, optionEntries, type AnyRule, type OptionSpec, type OptionType } from '../rule.js';
import { SEVERITY_SETTINGS, type Locale, type SeveritySetting } from '../types.js';

export interface RuleConfig {
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A complete, valid configuration: every registered rule has an entry. */
export interface Config {
  readonly locale: Locale;
  readonly rules: Readonly<Record<string, RuleConfig>>;
  /** Per-file rule settings from `.gongwenrc.json`; `configForFile` (resolve.ts) applies them. */
  readonly overrides: readonly Override[];
  /** The date the documents are dated, `YYYY-MM-DD`, for those that do not say it themselves. */
  readonly documentDate?: string;
  /** The document type, for drafts whose title does not state it (`请示`, `讲话`…). */
  readonly documentType?: DocumentTypeName;
  /** When the layout rules check a Word document; `auto` (only a 公文) when unset. */
  readonly layout?: LayoutMode;
}

/** `path` names the offending key the way a user writes it: `rules.placeholder.allow[2]`. */
export interface ConfigError {
  readonly path: string;
  readonly message: string;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly ConfigError[]; readonly config: Config };

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const TOP_LEVEL_KEYS = ['$schema', 'locale', 'rules', 'overrides', 'documentDate', 'documentType', 'layout'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules'];

const MESSAGES = {
  'zh-CN': {
    notObject: '配置应为 JSON 对象，实际为 {actual}',
    unknownKey: '未知的配置项「{key}」；可用：{allowed}',
    locale: '应为 "zh-CN" 或 "en"，实际为 {actual}',
    documentDate: '应为 "YYYY-MM-DD" 形式的真实日期，如 "2025-10-15"，实际为 {actual}',
    documentType: '应为文种之一：{allowed}，实际为 {actual}',
    layout: '应为 {allowed} 之一（"auto" 只检查公文，"gbt9704" 检查所有 Word 文档，"off" 不检查），实际为 {actual}',
    rulesNotObject: '应为对象（规则 id → 设置），实际为 {actual}',
    unknownRule: '未知规则「{id}」；各规则见 {url}',
    ruleValue: '应为 {severities} 之一，或形如 {"severity": "warning", …选项} 的对象，实际为 {actual}',
    oneOf: '应为 {values} 之一，实际为 {actual}',
    emptyKey: '键不能为空字符串 ""',
    unknownOption: '规则「{id}」没有选项「{key}」；可用选项：{allowed}',
    type: '应为{expected}，实际为 {actual}',
    overrides: '应为数组，每项形如 {"files": ["附件/*.md"], "rules": {…}}，实际为 {actual}',
    overrideKey: '未知的配置项「{key}」；overrides 的每项可有：{allowed}',
    didYouMeanKey: '未知的配置项「{key}」，是否要写「{name}」？',
    didYouMeanRule: '未知规则「{id}」，是否要写「{name}」？',
    didYouMeanOption: '规则「{id}」没有选项「{key}」，是否要写「{name}」？',
    didYouMeanValue: '，是否要写 "{name}"？',
    files: '应为 glob 字符串或非空的字符串数组，如 "附件/**" 或 ["*.md"]，实际为 {actual}',
    none: '（无）',
  },
  en: {
    notObject: 'the configuration must be a JSON object, got {actual}',
    unknownKey: 'unknown key "{key}"; expected one of: {allowed}',
    locale: 'expected "zh-CN" or "en", got {actual}',
    documentDate: 'expected a real date written "YYYY-MM-DD", such as "2025-10-15", got {actual}',
    documentType: 'expected one of the document types: {allowed}; got {actual}',
    layout: 'expected one of {allowed} ("auto" checks official documents only, "gbt9704" every Word document, "off" none), got {actual}',
    rulesNotObject: 'expected an object (rule id → setting), got {actual}',
    unknownRule: 'unknown rule "{id}"; the rules are described at {url}',
    ruleValue: 'expected one of {severities}, or an object like {"severity": "warning", …options}, got {actual}',
    oneOf: 'expected one of {values}, got {actual}',
    emptyKey: 'a key must not be the empty string ""',
    unknownOption: 'rule "{id}" has no option "{key}"; its options: {allowed}',
    type: 'expected {expected}, got {actual}',
    overrides: 'expected an array of entries like {"files": ["附件/*.md"], "rules": {…}}, got {actual}',
    overrideKey: 'unknown key "{key}"; an overrides entry may have: {allowed}',
    didYouMeanKey: 'unknown key "{key}"; did you mean "{name}"?',
    didYouMeanRule: 'unknown rule "{id}"; did you mean "{name}"?',
    didYouMeanOption: 'rule "{id}" has no option "{key}"; did you mean "{name}"?',
    didYouMeanValue: '; did you mean "{name}"?',
    files: 'expected a glob or a non-empty array of globs, such as "附件/**" or ["*.md"], got {actual}',
    none: '(none)',
  },
} as const;

// An enum's values are listed in its message instead of a type name.
const TYPE_NAMES: Readonly<Record<Locale, Readonly<Record<Exclude<OptionType, 'enum'>, string>>>> = {
  'zh-CN': { 'string[]': '字符串数组', boolean: '布尔值（true/false）', number: '数字', string: '字符串', map: '对象（字符串 → 字符串）' },
  en: { 'string[]': 'an array of strings', boolean: 'a boolean (true/false)', number: 'a number', string: 'a string', map: 'an object of strings (key → value)' },
};

/** The rules a configuration is for: the registered ones, unless a test brings its own. */
export type RuleSet = readonly AnyRule[];

export function defaultConfig(rules: RuleSet = RULES): Config {
  const byId: Record<string, RuleConfig> = {};
  for (const rule of rules) byId[rule.id] = defaultRuleConfig(rule);
  return { locale: 'zh-CN', rules: byId, overrides: [] };
}

export function defaultRuleConfig(rule: AnyRule): RuleConfig {
  const options: Record<string, unknown> = {};
  for (const [key, spec] of optionEntries(rule)) options[key] = spec.default;
  return { severity: rule.defaultSeverity, options };
}

/**
 * Validates a raw configuration (parsed `.gongwenrc.json`, settings, CLI flags) and lays it over
 * `base`. Invalid parts are reported and left at their `base` value; valid parts apply regardless.
 * String-list options (allow-lists, patterns) add to the base list, map options (dictionaries) add
 * their entries over the base map's; everything else replaces it.
 */
export function normalizeConfig(raw: unknown, base?: Config, locale?: Locale, source: ConfigSource = {}, ruleSet: RuleSet = RULES): ConfigResult {
  base ??= defaultConfig(ruleSet);
  const errors: ConfigError[] = [];
  const rawLocale = isObject(raw) ? raw['locale'] : undefined;
  const lang: Locale = locale ?? (LOCALES.includes(rawLocale as Locale) ? (rawLocale as Locale) : base.locale);
  const t = MESSAGES[lang];
  const error = reporter(errors);

  if (raw === undefined || raw === null) return { ok: true, config: base };
  if (!isObject(raw)) {
    error('', t.notObject, { actual: describe(raw) });
    return { ok: false, errors, config: base };
  }
  let resultLocale = base.locale;
  const rules: Record<string, RuleConfig> = { ...base.rules };
  let overrides = base.overrides;
  let documentDate = base.documentDate;
  let documentType = base.documentType;
  let layout = base.layout;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (key === 'locale') {
      if (LOCALES.includes(value as Locale)) resultLocale = value as Locale;
      else error('locale', t.locale, { actual: describe(value) });
    } else if (key === 'rules') {
      if (!isObject(value)) {
        error('rules', t.rulesNotObject, { actual: describe(value) });
        continue;
      }
      for (const [id, setting] of Object.entries(value)) {
        const rule = ruleSet === RULES ? ruleById(id) : ruleSet.find((r) => r.id === id);
        const path = `rules.${id}`;
        if (!rule) {
          errors.push({ path, message: unknownRuleMessage(id, lang, ruleSet) });
          continue;
        }
        rules[id] = applyRuleSetting(rule, rules[id]!, setting, path, lang, errors);
      }
    } else if (key === 'documentDate') {
      if (typeof value === 'string' && parseIsoDate(value)) documentDate = value;
      else error('documentDate', t.documentDate, { actual: describe(value) });
    } else if (key === 'documentType') {
      if (DOCUMENT_TYPES.includes(value as DocumentTypeName)) documentType = value as DocumentTypeName;
      else error('documentType', t.documentType, { actual: describe(value), allowed: DOCUMENT_TYPES.join('、') });
    } else if (key === 'layout') {
      if (LAYOUT_MODES.includes(value as LayoutMode)) layout = value as LayoutMode;
      else error('layout', t.layout, { actual: describe(value), allowed: listed(LAYOUT_MODES) });
    } else if (key === 'overrides') {
      overrides = [...overrides, ...readOverrides(value, source.dir ?? '', lang, errors, ruleSet)];
    } else {
      errors.push({ path: key, message: unknownKeyMessage(key, TOP_LEVEL_KEYS, t.unknownKey, lang) });
    }
  }
  const config: Config = { locale: resultLocale, rules, overrides, ...(documentDate !== undefined && { documentDate }), ...(documentType !== undefined && { documentType }), ...(layout !== undefined && { layout }) };
  return errors.length === 0 ? { ok: true, config } : { ok: false, errors, config };
}

/** Where a raw configuration came from: `dir` is the folder `overrides` patterns are relative to. */
export interface ConfigSource {
  readonly dir?: string;
}

function readOverrides(value: unknown, dir: string, lang: Locale, errors: ConfigError[], ruleSet: RuleSet): Override[] {
  const t = MESSAGES[lang];
  const error = reporter(errors);
  if (!Array.isArray(value)) {
    error('overrides', t.overrides, { actual: describe(value) });
    return [];
  }
  const out: Override[] = [];
  value.forEach((entry: unknown, i) => {
    const path = `overrides[${i}]`;
    if (!isObject(entry)) {
      error(path, t.overrides, { actual: describe(entry) });
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!OVERRIDE_KEYS.includes(key)) errors.push({ path: `${path}.${key}`, message: unknownKeyMessage(key, OVERRIDE_KEYS, t.overrideKey, lang) });
    }
    const files = globs(entry['files']);
    const excluded = entry['excludedFiles'] === undefined ? [] : globs(entry['excludedFiles']);
    if (!files) error(`${path}.files`, t.files, { actual: describe(entry['files']) });
    if (!excluded) error(`${path}.excludedFiles`, t.files, { actual: describe(entry['excludedFiles']) });
    const rules = entry['rules'] ?? {};
    // Checked now, against the defaults, so that mistakes are reported where they are written.
    const checked = normalizeConfig({ rules }, defaultConfig(ruleSet), lang, {}, ruleSet);
    if (!checked.ok) for (const e of checked.errors) errors.push({ path: `${path}.${e.path}`, message: e.message });
    if (files && excluded && isObject(rules)) out.push({ base: dir, files, excludedFiles: excluded, rules });
  });
  return out;
}

function globs(value: unknown): string[] | undefined {
  if (typeof value === 'string' && value !== '') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v !== '')) return value as string[];
  return undefined;
}

type ErrorReporter = (path: string, template: string, params?: Record<string, string | number>) => void;

function reporter(errors: ConfigError[]): ErrorReporter {
  return (path, template, params) => errors.push({ path, message: format(template, params) });
}

function applyRuleSetting(
  rule: AnyRule,
  current: RuleConfig,
  setting: unknown,
  path: string,
  lang: Locale,
  errors: ConfigError[],
): RuleConfig {
  const t = MESSAGES[lang];
  const error = reporter(errors);
  if (typeof setting === 'string') {
    if (SEVERITY_SETTINGS.includes(setting as SeveritySetting)) return { ...current, severity: setting as SeveritySetting };
    errors.push({ path, message: oneOfMessage(setting, SEVERITY_SETTINGS, lang) });
    return current;
  }
  if (!isObject(setting)) {
    error(path, t.ruleValue, { severities: SEVERITIES, actual: describe(setting) });
    return current;
  }
  let severity = current.severity;
  const options: Record<string, unknown> = { ...current.options };
  const specs = Object.fromEntries(optionEntries(rule));
  for (const [key, value] of Object.entries(setting)) {
    const keyPath = `${path}.${key}`;
    if (key === 'severity') {
      if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) severity = value as SeveritySetting;
      else errors.push({ path: keyPath, message: oneOfMessage(value, SEVERITY_SETTINGS, lang) });
      continue;
    }
    const spec = specs[key];
    if (!spec) {
      const options = ['severity', ...Object.keys(specs)];
      const name = nearestName(key, options);
      if (name) error(keyPath, t.didYouMeanOption, { id: rule.id, key, name });
      else error(keyPath, t.unknownOption, { id: rule.id, key, allowed: options.join(', ') });
      continue;
    }
    const problem = typeProblem(spec, value, keyPath, lang) ?? customProblem(spec, value, keyPath, lang);
    if (problem) {
      errors.push(problem);
      continue;
    }
    options[key] = layered(spec, options[key], value);
  }
  return { severity, options };
}

/** A valid option value laid over the one below it: lists add up, maps add entries, the rest replace. */
function layered(spec: OptionSpec, below: unknown, value: unknown): unknown {
  if (spec.type === 'string[]') return union(below as string[], value as string[]);
  if (spec.type === 'map') return { ...(below as Record<string, string>), ...(value as Record<string, string>) };
  return value;
}

/**
 * For a rule id that is not one: the id meant, when it is close or the input is a rule's title;
 * otherwise where the rules are listed (forty ids are too many for a message).
 */
export function unknownRuleMessage(id: string, lang: Locale, ruleSet: RuleSet = RULES): string {
  const t = MESSAGES[lang];
  const name = nearestName(id, ruleSet.map((r) => ({ name: r.id, aliases: [r.title['zh-CN'], r.title.en] })));
  return name ? format(t.didYouMeanRule, { id, name }) : format(t.unknownRule, { id, url: DOCS_BASE_URL });
}

/** The key meant, when it is close; otherwise the few keys allowed there. */
function unknownKeyMessage(key: string, allowed: readonly string[], template: string, lang: Locale): string {
  const name = nearestName(key, allowed);
  return name ? format(MESSAGES[lang].didYouMeanKey, { key, name }) : format(template, { key, allowed: allowed.join(', ') });
}

const SEVERITIES = listed(SEVERITY_SETTINGS);

/** `"off"、"hint"、…`: the values allowed, as the messages list them. */
function listed(values: readonly string[]): string {
  return values.map((s) => `"${s}"`).join('、');
}

/** The values allowed, and the one meant by a near miss (`"warn"` → `"warning"`). */
function oneOfMessage(value: unknown, values: readonly string[], lang: Locale): string {
  const t = MESSAGES[lang];
  const name = typeof value === 'string' ? nearestName(value, values) : undefined;
  return format(t.oneOf, { values: listed(values), actual: describe(value) }) + (name ? format(t.didYouMeanValue, { name }) : '');
}

function typeProblem(spec: OptionSpec, value: unknown, path: string, lang: Locale): ConfigError | undefined {
  const t = MESSAGES[lang];
  const names = TYPE_NAMES[lang];
  const mismatch = (p: string, expected: string, v: unknown): ConfigError => ({
    path: p,
    message: format(t.type, { expected, actual: describe(v) }),
  });
  switch (spec.type) {
    case 'string[]': {
      if (!Array.isArray(value)) return mismatch(path, names['string[]'], value);
      const bad = value.findIndex((item) => typeof item !== 'string');
      return bad < 0 ? undefined : mismatch(`${path}[${bad}]`, names.string, value[bad]);
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : mismatch(path, names.boolean, value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : mismatch(path, names.number, value);
    case 'string':
      return typeof value === 'string' ? undefined : mismatch(path, names.string, value);
    case 'enum':
      return spec.values.includes(value as string) ? undefined : { path, message: oneOfMessage(value, spec.values, lang) };
    case 'map': {
      if (!isObject(value)) return mismatch(path, names.map, value);
      // Keys are named the way the config path writes them (`rules.r.words.截止目前`), which editors can locate.
      for (const [key, item] of Object.entries(value)) {
        if (key === '') return { path, message: t.emptyKey };
        if (typeof item !== 'string') return mismatch(`${path}.${key}`, names.string, item);
      }
      return undefined;
    }
  }
}

function customProblem(spec: OptionSpec, value: unknown, path: string, lang: Locale): ConfigError | undefined {
  const problem = spec.validate?.(value);
  return problem ? { path, message: problem[lang] } : undefined;
}

function union(base: readonly string[], extra: readonly string[]): string[] {
  return [...new Set([...base, ...extra])];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `number (5)`, `string ("warn")`, `array`, `null`: the type and a short view of the value. */
function describe(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type === 'object' || type === 'array' || type === 'undefined') return type;
  const shown = JSON.stringify(value) ?? String(value);
  return `${type} (${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown})`;
}
