import type { ConfigError } from '../core/index.js';

/** The `gongwen.*` settings as VS Code sends them. */
export interface Settings {
  readonly enable: boolean;
  readonly languages: readonly string[];
  /** The raw config layer these settings make: `{ rules: { placeholder: { severity, allow } } }`. */
  readonly layer: Record<string, unknown>;
}

export const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'gongwen'];

/**
 * Reads the `gongwen` section defensively: a setting of the wrong type is reported and ignored,
 * never trusted. Rule-level validation happens later in `normalizeConfig`.
 */
export function readSettings(raw: unknown): { settings: Settings; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const section = isObject(raw) ? raw : {};
  let enable = true;
  if (section['enable'] !== undefined) {
    if (typeof section['enable'] === 'boolean') enable = section['enable'];
    else errors.push({ path: 'gongwen.enable', message: '应为 true 或 false' });
  }
  let languages = DEFAULT_LANGUAGES;
  const rawLanguages = section['languages'];
  if (rawLanguages !== undefined) {
    if (Array.isArray(rawLanguages) && rawLanguages.every((l) => typeof l === 'string')) languages = rawLanguages;
    else errors.push({ path: 'gongwen.languages', message: '应为语言 id 的字符串数组，如 ["plaintext", "markdown"]' });
  }
  const rules: Record<string, unknown> = {};
  const rawRules = section['rules'];
  if (rawRules !== undefined && rawRules !== null) {
    if (isObject(rawRules)) Object.assign(rules, rawRules);
    else errors.push({ path: 'gongwen.rules', message: '应为对象：规则 id → "off"|"hint"|"info"|"warning"|"error"' });
  }
  const placeholder = section['placeholder'];
  const allow = isObject(placeholder) ? placeholder['allow'] : undefined;
  if (allow !== undefined && !(Array.isArray(allow) && allow.length === 0)) {
    const current = rules['placeholder'];
    rules['placeholder'] = typeof current === 'string' ? { severity: current, allow } : { ...(isObject(current) ? current : {}), allow };
  }
  return { settings: { enable, languages, layer: { rules } }, errors };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
