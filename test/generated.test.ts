import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { manifestContributions, README_PATHS, RULE_INDEX_PATH, ruleIndex, withManifestContributions, withRuleTable, type ReadmeLanguage } from '../scripts/artifacts.js';
import { CLI_DOC_PATH, withUsage } from '../scripts/cli-docs.js';
import { EDITOR_SCHEMA_PATH, editorSchema, gongwenrcSchema, SCHEMA_PATH } from '../scripts/config-schema.js';
import { RULES } from '../server/src/core/index.js';
import { ROOT } from './helpers/paths.js';

// These artifacts are generated from the rule registry, and docs/cli.md's usage from the CLI; run
// `npm run generate` after changing a rule or the usage text.
describe('generated artifacts are up to date', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('package.json: settings, commands, description, as references to package.nls*.json', () => {
    assert.deepEqual(pkg, JSON.parse(JSON.stringify(withManifestContributions(pkg))));
  });
  it('package.nls.json (English) and package.nls.zh-cn.json (Chinese) hold every string package.json refers to', () => {
    const { strings } = manifestContributions();
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(en, strings.bundle('en'));
    assert.deepEqual(zh, strings.bundle('zh'));
    const refs = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 20);
    assert.deepEqual(refs.filter((k) => !(k in en) || !(k in zh)), []);
  });
  it('the JSON schemas of .gongwenrc.json: the strict one, and the editor\'s, registered for VS Code', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
    assert.deepEqual(schema, gongwenrcSchema());
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.id));
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, EDITOR_SCHEMA_PATH), 'utf8')), editorSchema());
    const pkgJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(pkgJson.contributes.jsonValidation, [{ fileMatch: '.gongwenrc.json', url: `./${EDITOR_SCHEMA_PATH}` }]);
  });
  for (const [language, path] of Object.entries(README_PATHS) as [ReadmeLanguage, string][]) {
    it(`the rule table of ${path}`, () => {
      const readme = readFileSync(join(ROOT, path), 'utf8');
      assert.equal(readme, withRuleTable(readme, language));
    });
  }
  it(`the index of the rule pages, ${RULE_INDEX_PATH}`, () => {
    const page = readFileSync(join(ROOT, RULE_INDEX_PATH), 'utf8');
    assert.equal(page, ruleIndex());
    for (const rule of RULES) assert.ok(page.includes(`](${rule.id}.md)`), rule.id);
  });
  it(`the usage text in ${CLI_DOC_PATH}: what gongwen-lint --help prints`, () => {
    const page = readFileSync(join(ROOT, CLI_DOC_PATH), 'utf8');
    assert.equal(page, withUsage(page));
  });
});
