import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCHEMA_PATH } from '../scripts/config-schema.js';
import { normalizeConfig } from '../server/src/core/index.js';
import { ROOT } from './helpers/paths.js';

// The strict schema of .gongwenrc.json (for other editors and CI) and the linter (normalizeConfig) agree.
describe('the .gongwenrc.json schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')) as object;
  // VS Code's own keywords (markdownDescription, enumDescriptions, defaultSnippets) are not JSON Schema.
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  const valid: unknown[] = [
    {},
    { $schema: './x.json', locale: 'en', rules: { placeholder: 'warning', 'figure-conflict': 'off' } },
    { rules: { placeholder: { severity: 'error', allow: ['X光机'], patterns: ['（单位名称）'], regexPatterns: ['〔[^〕]{1,8}〕'] } } },
    { rules: { 'ratio-mismatch': { tolerance: 0.5 }, 'heading-level': { allowArabicUnderChinese: false } } },
    { overrides: [{ files: '附件/**', rules: { 'heading-sequence': 'off' } }, { files: ['*.md'], excludedFiles: 'README.md' }] },
  ];
  const invalid: unknown[] = [
    { rules: { placeholdr: 'off' } },
    { rules: { placeholder: 'loud' } },
    { rules: { placeholder: { allow: 'X光机' } } },
    { rules: { placeholder: { allow: [2] } } },
    { rules: { 'figure-conflict': { approximateTolerance: '10%' } } },
    { rules: { placeholder: { nope: true } } },
    { rule: {} },
    { locale: 'fr' },
    { overrides: [{ rules: {} }] },
    { overrides: [{ files: [] }] },
    { overrides: [{ files: 'a.md', when: 1 }] },
    'hello',
  ];

  valid.forEach((config, i) => {
    it(`accepts valid example ${i + 1}, as the linter does`, () => {
      assert.ok(validate(config), JSON.stringify(validate.errors));
      assert.ok(normalizeConfig(config).ok);
    });
  });
  invalid.forEach((config, i) => {
    it(`rejects invalid example ${i + 1}, as the linter does`, () => {
      assert.equal(validate(config), false, JSON.stringify(config));
      assert.equal(normalizeConfig(config).ok, false, JSON.stringify(config));
    });
  });
});
