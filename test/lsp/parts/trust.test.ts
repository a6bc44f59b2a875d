import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PATTERN_OPTIONS, withoutPatterns } from '../../../server/src/lsp/trust.js';

describe('untrusted workspaces', () => {
  it('knows which rule options are regular expressions', () => {
    assert.deepEqual([...PATTERN_OPTIONS].map(([id, keys]) => [id, [...keys]]), [['placeholder', ['regexPatterns']]]);
  });

  it('leaves them out of a config layer without changing it', () => {
    const raw = { locale: 'en', rules: { placeholder: { severity: 'warning', allow: ['X光机'], patterns: ['（单位）'], regexPatterns: ['x'] }, 'heading-level': 'off' } };
    const copy = structuredClone(raw);
    const result = withoutPatterns(raw);
    assert.deepEqual(result.raw, { locale: 'en', rules: { placeholder: { severity: 'warning', allow: ['X光机'], patterns: ['（单位）'] }, 'heading-level': 'off' } });
    assert.deepEqual(result.removed, ['rules.placeholder.regexPatterns']);
    assert.deepEqual(raw, copy);
  });

  it('leaves them out of overrides too', () => {
    const raw = { overrides: [{ files: '*.md', rules: { placeholder: { regexPatterns: ['y'], allow: ['X号'] } } }, 'bad'] };
    const result = withoutPatterns(raw);
    assert.deepEqual(result.raw, { overrides: [{ files: '*.md', rules: { placeholder: { allow: ['X号'] } } }, 'bad'] });
    assert.deepEqual(result.removed, ['overrides[0].rules.placeholder.regexPatterns']);
  });

  it('passes anything else through as it is', () => {
    for (const raw of [undefined, null, 3, [], { rules: 'x' }, { rules: { placeholder: 'error' } }]) {
      assert.deepEqual(withoutPatterns(raw), { raw, removed: [] });
    }
  });
});
