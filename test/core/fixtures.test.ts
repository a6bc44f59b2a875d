import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixText, isInternalError, LineIndex, lint, type Finding } from '../../server/src/core/index.js';
import { ROOT } from '../helpers/paths.js';

// Whole documents with their expected findings written in: a line ending in `⟪rule-id⟫` (one
// marker per finding) must get a finding of that rule, and no line gets any other. Markers are
// removed before linting. Then every fix is applied: the result must equal `<name>.fixed` (which
// must exist when any finding has a fix) and re-lint without fixable findings.
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
      const fixedPath = join(DIR, `${name}.fixed`);
      checkFixture(name, readFileSync(join(DIR, name), 'utf8'), existsSync(fixedPath) ? readFileSync(fixedPath, 'utf8') : undefined);
    });
  }
  it('a fixture whose findings have fixes needs its .fixed file', () => {
    assert.throws(() => checkFixture('x.txt', '一、甲\n三、乙 ⟪heading-sequence⟫\n', undefined), /its fixed text belongs in x\.txt\.fixed/);
    checkFixture('x.txt', '一、甲\n三、乙 ⟪heading-sequence⟫\n', '一、甲\n二、乙\n');
  });
});

function checkFixture(name: string, source: string, fixedText: string | undefined): void {
  const { text, expected } = parseFixture(source);
  const index = new LineIndex(text);
  const findings = lint(text);
  assertNoFailure(findings);
  const actual = findings.map((f) => `${index.position(f.range[0]).line + 1} ${f.ruleId}`).sort();
  assert.deepEqual(actual, expected);

  const fixed = fixText(text);
  if (findings.some((f) => f.fix)) assert.ok(fixedText !== undefined, `${name} has fixes: its fixed text belongs in ${name}.fixed`);
  if (fixedText !== undefined) assert.equal(fixed.output, fixedText);
  assert.deepEqual(
    lint(fixed.output).filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`),
    [],
  );
}

// The samples shipped with the extension lint without a rule failing (a rule that throws, gives a
// fix without being declared fixable, or leaves a message slot unfilled fails the lint of its text).
describe('sample documents', () => {
  const dir = join(ROOT, 'samples');
  const names = readdirSync(dir);
  it('exist', () => assert.ok(names.length > 0));
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      assertNoFailure(lint(text, undefined, { format: name.endsWith('.md') ? 'markdown' : 'plain' }));
      assertNoFailure(fixText(text).remaining);
    });
  }
});

function assertNoFailure(findings: readonly Finding[]): void {
  assert.deepEqual(findings.filter(isInternalError).map((f) => f.message), [], 'a rule failed');
}
