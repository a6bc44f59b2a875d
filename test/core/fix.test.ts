import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, type Finding } from '../../server/src/core/index.js';

const finding = (start: number, end: number, text: string, ruleId = 'test'): Finding => ({
  ruleId,
  severity: 'warning',
  message: `${start}-${end}`,
  range: [start, end],
  fix: { range: [start, end], text },
});

describe('applyFixes', () => {
  it('applies every non-overlapping fix, whatever the order given', () => {
    const text = '一.甲二.乙三.丙';
    const findings = [finding(7, 8, '、'), finding(1, 2, '、'), finding(4, 5, '、')];
    const result = applyFixes(text, findings);
    assert.equal(result.output, '一、甲二、乙三、丙');
    assert.equal(result.applied.length, 3);
    assert.equal(result.remaining.length, 0);
  });

  it('skips a fix that overlaps one already taken and keeps it as remaining', () => {
    const text = 'abcdef';
    const first = finding(1, 4, 'X');
    const overlapping = finding(3, 5, 'Y');
    const result = applyFixes(text, [overlapping, first]);
    assert.equal(result.output, 'aXef');
    assert.deepEqual(result.applied, [first]);
    assert.deepEqual(result.remaining, [overlapping]);
  });

  it('treats two insertions at one point as overlapping', () => {
    const result = applyFixes('ab', [finding(1, 1, 'X'), finding(1, 1, 'Y')]);
    assert.equal(result.output, 'aXb');
    assert.equal(result.remaining.length, 1);
  });

  it('allows adjacent replacements', () => {
    assert.equal(applyFixes('abcd', [finding(0, 2, 'X'), finding(2, 4, 'Y')]).output, 'XY');
  });

  it('keeps a BOM even when a fix starts at offset 0', () => {
    const result = applyFixes('\uFEFFab', [finding(0, 2, 'X'), finding(2, 3, 'Y')]);
    assert.equal(result.output, '\uFEFFaY');
    assert.equal(result.applied.length, 1);
  });

  it('refuses fixes outside the text or splitting a surrogate pair', () => {
    const text = 'a𠮷b';
    const result = applyFixes(text, [finding(2, 3, 'X'), finding(3, 9, 'Y'), finding(-1, 0, 'Z')]);
    assert.equal(result.output, text);
    assert.equal(result.applied.length, 0);
    assert.equal(result.remaining.length, 3);
  });

  it('passes findings without a fix through as remaining', () => {
    const plain: Finding = { ruleId: 'x', severity: 'error', message: 'm', range: [0, 1] };
    const result = applyFixes('ab', [plain, finding(1, 2, 'c')]);
    assert.equal(result.output, 'ac');
    assert.deepEqual(result.remaining, [plain]);
  });

  it('is linear: 100k fixes on a long text', () => {
    const text = '一.'.repeat(100_000);
    const findings = Array.from({ length: 100_000 }, (_, i) => finding(i * 2 + 1, i * 2 + 2, '、'));
    assert.equal(applyFixes(text, findings).output, '一、'.repeat(100_000));
  });
});
