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
    return [rule.id, new Set(Object.keys(specs).filter((key) => specs[key]!.regex === true))] as const;
  }).filter(([, keys]) => keys.size > 0),
);

/**
 * A raw config layer (`{ rules: { id: setting }, overrides: [{ rules }] }`) without its pattern
 * options, and the paths (`rules.placeholder.regexPatterns`, `overrides[0].rules.…`) of what was
 * left out. `raw` itself is not changed.
 */
export function withoutPatterns(raw: unknown): { raw: unknown; removed: string[] } {
  const removed: string[] = [];
  if (!isObject(raw)) return { raw, removed };
  const result: Record<string, unknown> = { ...raw };
  if (isObject(raw['rules'])) result['rules'] = rulesWithoutPatterns(raw['rules'], 'rules', removed);
  if (Array.isArray(raw['overrides'])) {
    result['overrides'] = raw['overrides'].map((entry: unknown, i) =>
      isObject(entry) && isObject(entry['rules']) ? { ...entry, rules: rulesWithoutPatterns(entry['rules'], `overrides[${i}].rules`, removed) } : entry,
    );
  }
  return removed.length === 0 ? { raw, removed } : { raw: result, removed };
}

function rulesWithoutPatterns(raw: Record<string, unknown>, path: string, removed: string[]): Record<string, unknown> {
  const rules: Record<string, unknown> = { ...raw };
  for (const [id, keys] of PATTERN_OPTIONS) {
    const setting = rules[id];
    if (!Object.hasOwn(rules, id) || !isObject(setting)) continue;
    const kept: Record<string, unknown> = { ...setting };
    for (const key of keys) {
      if (!Object.hasOwn(kept, key)) continue;
      delete kept[key];
      removed.push(`${path}.${id}.${key}`);
    }
    rules[id] = kept;
  }
  return rules;
}
