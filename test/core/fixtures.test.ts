import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixText, LineIndex, lint } from '../../server/src/core/index.js';
import { ROOT } from '../helpers/paths.js';

// Whole documents with their expected findings written in: a line ending in `⟪rule-id⟫` (one
// marker per finding) must get a finding of that rule, and no line gets any other. Markers are
// removed before linting. Then every fix is applied: the result must equal `<name>.fixed` and
// re-lint without fixable findings.
const DIR = join(ROOT, 'test/core/fixtures');
const MARKER_RE = /\s*⟪([\w-]+)⟫/g;

function parseFixture(source: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, i) => {
    for (const m of line.matchAll(MARKER_RE)) expected.push(`${i + 1} ${m[1]}`);
    return line.replace(MARKER_RE, '');
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

describe('fixture documents', () => {
  const names = readdirSync(DIR).filter((n) => n.endsWith('.txt'));
  it('exist', () => assert.ok(names.length >= 3));
  for (const name of names) {
    it(name, () => {
      const { text, expected } = parseFixture(readFileSync(join(DIR, name), 'utf8'));
      const index = new LineIndex(text);
      const actual = lint(text)
        .map((f) => `${index.position(f.range[0]).line + 1} ${f.ruleId}`)
        .sort();
      assert.deepEqual(actual, expected);

      const fixed = fixText(text);
      const fixedPath = join(DIR, `${name}.fixed`);
      if (existsSync(fixedPath)) assert.equal(fixed.output, readFileSync(fixedPath, 'utf8'));
      assert.deepEqual(
        lint(fixed.output).filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });
  }
});
