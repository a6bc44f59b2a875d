import { RULES, type OptionSpec } from '../core/index.js';
import { isObject } from './settings.js';

/**
 * Rule options whose strings are compiled as regular expressions, by rule id. A workspace the
 * user has not trusted may not run its own patterns: even a safe one costs time on every keystroke.
 * Plain strings (allow-lists, literal patterns) are only ever searched for, so they stay.
 */
export const PATTERN_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  RULES.map((rule) => {
    const specs = rule.options as Record<string, OptionSpec>;
    return [rule.id, new Set(Object.keys(specs).filter((key) => isPatternOption(key, specs[key]!)))] as const;
  }).filter(([, keys]) => keys.size > 0),
);

function isPatternOption(key: string, spec: OptionSpec): boolean {
  return /regex/i.test(key) || /regular expression/i.test(spec.description.en);
}

/**
 * A raw config layer (`{ rules: { id: setting } }`) without its pattern options, and the paths
 * (`rules.placeholder.regexPatterns`) of what was left out. `raw` itself is not changed.
 */
export function withoutPatterns(raw: unknown): { raw: unknown; removed: string[] } {
  const removed: string[] = [];
  if (!isObject(raw) || !isObject(raw['rules'])) return { raw, removed };
  const rules: Record<string, unknown> = { ...raw['rules'] };
  for (const [id, keys] of PATTERN_OPTIONS) {
    const setting = rules[id];
    if (!Object.hasOwn(rules, id) || !isObject(setting)) continue;
    const kept: Record<string, unknown> = { ...setting };
    for (const key of keys) {
      if (!Object.hasOwn(kept, key)) continue;
      delete kept[key];
      removed.push(`rules.${id}.${key}`);
    }
    rules[id] = kept;
  }
  return removed.length === 0 ? { raw, removed } : { raw: { ...raw, rules }, removed };
}
