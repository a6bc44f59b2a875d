import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EDITOR_SCHEMA_PATH, SCHEMA_PATH, VALIDATION_KEYWORDS } from '../scripts/config-schema.js';
import { SEVERITY_TEXT } from '../scripts/manifest-strings.js';
import { normalizeConfig, RULES, SEVERITY_SETTINGS } from '../server/src/core/index.js';
import { ROOT } from './helpers/paths.js';

type Schema = Record<string, any>;

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Schema;

/**
 * Every property a schema describes, by path (`rules.placeholder.allow`), with the alternatives of
 * an `anyOf` merged — what the JSON language service completes and describes.
 */
function describedProperties(schema: Schema, prefix = '', out = new Map<string, Schema>()): Map<string, Schema> {
  for (const part of [schema, ...(schema['anyOf'] ?? [])]) {
    for (const [key, sub] of Object.entries((part['properties'] ?? {}) as Schema)) {
      const path = prefix + key;
      if (!out.has(path)) out.set(path, sub);
      describedProperties(sub, `${path}.`, out);
    }
    if (part['items']) describedProperties(part['items'], `${prefix.replace(/\.$/, '')}[].`, out);
  }
  return out;
}

/** The values the JSON language service offers for a property of the editor schema: its default and snippets. */
function offered(schema: Schema): Map<unknown, string | undefined> {
  const values = new Map<unknown, string | undefined>();
  if ('default' in schema) values.set(JSON.stringify(schema['default']), undefined);
  for (const s of schema['defaultSnippets'] ?? []) values.set(JSON.stringify(s.body), s.description ?? values.get(JSON.stringify(s.body)));
  return values;
}

// The extension registers the editor schema: it describes and completes what the strict schema does,
// and rejects nothing — the language server reports each mistake once, in the user's language.
describe('the editor schema of .gongwenrc.json', () => {
  const strict = read(SCHEMA_PATH);
  const editor = read(EDITOR_SCHEMA_PATH);
  const strictProperties = describedProperties(strict);
  const editorProperties = describedProperties(editor);

  it('describes every property of the strict schema, with the same description and default', () => {
    assert.ok(strictProperties.size > 30, String(strictProperties.size));
    assert.deepEqual([...editorProperties.keys()], [...strictProperties.keys()]);
    for (const [path, s] of strictProperties) {
      const e = editorProperties.get(path)!;
      assert.equal(e['markdownDescription'], s['markdownDescription'], path);
      assert.deepEqual(e['default'], s['default'], path);
    }
    for (const rule of RULES) assert.ok(editorProperties.has(`rules.${rule.id}`) && editorProperties.has(`overrides[].rules.${rule.id}`), rule.id);
  });

  it('completes every severity, with its Chinese and English name, for each rule and its "severity"', () => {
    for (const rule of RULES) {
      for (const path of [`rules.${rule.id}`, `rules.${rule.id}.severity`, `overrides[].rules.${rule.id}`]) {
        const values = offered(editorProperties.get(path)!);
        for (const severity of SEVERITY_SETTINGS) {
          const text = SEVERITY_TEXT[severity]!;
          assert.equal(values.get(JSON.stringify(severity)), `${text.zh} ${text.en}`, `${path}: ${severity}`);
        }
      }
      const object = editorProperties.get(`rules.${rule.id}`)!['defaultSnippets'].find((s: Schema) => typeof s['body'] === 'object');
      assert.deepEqual(Object.keys(object.body), ['severity', ...Object.keys(rule.options)], 'the { severity, …options } snippet');
    }
  });

  it('completes the other values the strict schema offered: locales, true and false, an overrides entry', () => {
    assert.deepEqual([...offered(editorProperties.get('locale')!).keys()], ['"zh-CN"', '"en"']);
    const booleans = [...strictProperties].filter(([, s]) => s['type'] === 'boolean').map(([path]) => path);
    assert.ok(booleans.length > 0);
    for (const path of booleans) assert.deepEqual(new Set(offered(editorProperties.get(path)!).keys()), new Set(['true', 'false']), path);
    assert.deepEqual(editor['properties'].overrides.items.defaultSnippets, strict['properties'].overrides.items.defaultSnippets);
  });

  it('has no keyword that rejects a value, and accepts comments and trailing commas', () => {
    const keywords = (node: unknown, path = ''): string[] => {
      if (Array.isArray(node)) return node.flatMap((n, i) => keywords(n, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return [];
      return Object.entries(node).flatMap(([key, value]) => [
        // Under `properties` and in snippet bodies the keys are names and values, not keywords.
        ...(!path.endsWith('.properties') && !path.includes('.body') && VALIDATION_KEYWORDS.includes(key) ? [`${path}.${key}`] : []),
        ...keywords(value, `${path}.${key}`),
      ]);
    };
    assert.deepEqual(keywords(editor), []);
    assert.equal(editor['allowComments'], true);
    assert.equal(editor['allowTrailingCommas'], true);
    // The strict schema does use them, so the walk can find them.
    const strictKeywords = keywords(strict);
    assert.ok(strictKeywords.includes('.additionalProperties') && strictKeywords.some((k) => k.endsWith('.enum')), strictKeywords.join(' '));
  });

  it('accepts every mistake the language server reports (and the strict schema rejects)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validateEditor = ajv.compile(editor);
    const validateStrict = ajv.compile(strict);
    const mistakes: unknown[] = [
      { rules: { placeholdr: 'off' } },
      { rules: { placeholder: 'loud' } },
      { rules: { placeholder: { allow: 'X光机' } } },
      { rules: { placeholder: { allow: [2, 2] } } },
      { rules: { 'figure-conflict': { approximateTolerance: '10%' } } },
      { rules: { 'heading-level': { allowArabicUnderChinese: 'no' } } },
      { rules: { placeholder: { nope: true, severity: 3 } } },
      { rules: [] },
      { rule: {} },
      { locale: 'fr' },
      { overrides: [{ rules: { nope: 'off' } }] },
      { overrides: [{ files: [], excludedFiles: '' }] },
      { overrides: [{ files: 'a.md', when: 1 }] },
      { overrides: {} },
      'hello',
      [1, 2],
    ];
    for (const config of mistakes) {
      assert.equal(normalizeConfig(config).ok, false, JSON.stringify(config));
      assert.equal(validateStrict(config), false, JSON.stringify(config));
      assert.ok(validateEditor(config), `${JSON.stringify(config)}: ${JSON.stringify(validateEditor.errors)}`);
    }
  });
});
