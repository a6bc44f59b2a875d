import { LAYOUT_MODES, type ConfigError, type LayoutMode, type Locale } from '../core/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../limits.js';

/** The `gongwen.*` settings as VS Code sends them. */
export interface Settings {
  readonly enable: boolean;
  readonly languages: readonly string[];
  /** Documents larger than this many UTF-8 bytes are not linted. */
  readonly maxFileSize: number;
  /** The raw config layer these settings make: `{ rules: { placeholder: { severity, allow } } }`. */
  readonly layer: Record<string, unknown>;
}

export const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'gongwen'];

const MESSAGES = {
  'zh-CN': {
    enable: '应为 true 或 false',
    languages: '应为语言 id 的字符串数组，如 ["plaintext", "markdown"]',
    maxFileSize: '应为正整数（字节数），如 4194304',
    rules: '应为对象：规则 id → "off"|"hint"|"info"|"warning"|"error"',
    layout: '应为 "auto"、"gbt9704" 或 "off"',
  },
  en: {
    enable: 'expected true or false',
    languages: 'expected an array of language ids, such as ["plaintext", "markdown"]',
    maxFileSize: 'expected a positive whole number of bytes, such as 4194304',
    rules: 'expected an object: rule id → "off"|"hint"|"info"|"warning"|"error"',
    layout: 'expected "auto", "gbt9704" or "off"',
  },
} as const;

/**
 * Reads the `gongwen` section defensively: a setting of the wrong type is reported and ignored,
 * never trusted. Rule-level validation happens later in `normalizeConfig`.
 */
export function readSettings(raw: unknown, locale: Locale = 'zh-CN'): { settings: Settings; errors: ConfigError[] } {
  const t = MESSAGES[locale];
  const errors: ConfigError[] = [];
  const section = isObject(raw) ? raw : {};
  let enable = true;
  if (section['enable'] !== undefined) {
    if (typeof section['enable'] === 'boolean') enable = section['enable'];
    else errors.push({ path: 'gongwen.enable', message: t.enable });
  }
  let languages = DEFAULT_LANGUAGES;
  const rawLanguages = section['languages'];
  if (rawLanguages !== undefined) {
    if (Array.isArray(rawLanguages) && rawLanguages.every((l) => typeof l === 'string')) languages = rawLanguages;
    else errors.push({ path: 'gongwen.languages', message: t.languages });
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  const rawMax = section['maxFileSize'];
  if (rawMax !== undefined && rawMax !== null) {
    if (typeof rawMax === 'number' && Number.isSafeInteger(rawMax) && rawMax > 0) maxFileSize = rawMax;
    else errors.push({ path: 'gongwen.maxFileSize', message: t.maxFileSize });
  }
  const rules: Record<string, unknown> = {};
  const rawRules = section['rules'];
  if (rawRules !== undefined && rawRules !== null) {
    if (isObject(rawRules)) Object.assign(rules, rawRules);
    else errors.push({ path: 'gongwen.rules', message: t.rules });
  }
  const placeholder = section['placeholder'];
  const allow = isObject(placeholder) ? placeholder['allow'] : undefined;
  if (allow !== undefined && !(Array.isArray(allow) && allow.length === 0)) {
    const current = rules['placeholder'];
    rules['placeholder'] = typeof current === 'string' ? { severity: current, allow } : { ...(isObject(current) ? current : {}), allow };
  }
  const layout = section['layout'];
  const layoutValid = LAYOUT_MODES.includes(layout as LayoutMode);
  if (layout !== undefined && layout !== null && !layoutValid) errors.push({ path: 'gongwen.layout', message: t.layout });
  return { settings: { enable, languages, maxFileSize, layer: { rules, ...(layoutValid && { layout }) } }, errors };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
