import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_INDEX_PATH } from '../scripts/artifacts.js';
import { ruleDocExamples, ruleDocPaths, withRuleDocHead } from '../scripts/rule-docs.js';
import { docsPath, lint, normalizeConfig, RULES } from '../server/src/core/index.js';
import { ROOT } from './helpers/paths.js';

// Every rule has a page, docs/rules/<id>.md, whose head is generated from the registry and whose
// examples are linted here: a page cannot claim what the rule does not do.
describe('rule pages', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const index = readFileSync(join(ROOT, RULE_INDEX_PATH), 'utf8');
  for (const { rule, path } of ruleDocPaths()) {
    describe(rule.id, () => {
      const file = join(ROOT, path);
      it('has a page', () => assert.ok(existsSync(file), `${path} is missing`));
      if (!existsSync(file)) return;
      const page = readFileSync(file, 'utf8');
      it('has an up-to-date generated head (npm run generate)', () => assert.equal(page, withRuleDocHead(page, rule)));
      it('is linked from the README and from the rule index', () => {
        assert.ok(readme.includes(`[\`${rule.id}\`](${docsPath(rule)})`));
        assert.ok(index.includes(`| [\`${rule.id}\`](${rule.id}.md) |`));
      });
      it('explains why, in Chinese and then in English, with examples both ways', () => {
        assert.match(page, /^## 为什么$/m);
        assert.match(page, /^## English$/m);
        const examples = ruleDocExamples(page);
        assert.ok(examples.some((e) => e.flagged) && examples.some((e) => !e.flagged), 'needs flagged and not-flagged examples');
      });
      for (const example of ruleDocExamples(page)) {
        it(`${example.flagged ? 'flags' : 'does not flag'} the example on line ${example.line}`, () => {
          // A layout example is checked as a Word document would be, whether or not it is a 公文.
          const findings = example.layout ? lint(example.text, normalizeConfig({ layout: 'gbt9704' }).config, { layout: example.layout }) : lint(example.text);
          const own = findings.filter((f) => f.ruleId === rule.id);
          if (example.flagged) assert.ok(own.length > 0, `expected ${rule.id} on:\n${example.text}`);
          else assert.deepEqual(own.map((f) => f.message), [], `expected no ${rule.id} on:\n${example.text}`);
        });
      }
    });
  }
  it('covers every registered rule', () => assert.equal(ruleDocPaths().length, RULES.length));
});
