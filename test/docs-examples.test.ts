import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeConfig } from '../server/src/core/index.js';
import { parseJsonc } from '../server/src/node/jsonc.js';
import { ROOT } from './helpers/paths.js';

// Every `.gongwenrc.json` shown in the READMEs, the docs and the rule pages must be one the linter accepts.
describe('configuration examples in the documentation', () => {
  const pages = [
    'README.md',
    'README.en.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
    ...readdirSync(join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`),
  ];
  for (const page of pages) {
    const text = readFileSync(join(ROOT, page), 'utf8');
    // VS Code settings snippets (`// settings.json`) are not config files.
    const blocks = [...text.matchAll(/^```jsonc\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((b) => !b.startsWith('// settings.json'));
    blocks.forEach((block, i) => {
      it(`${page}, example ${i + 1}, is valid`, () => {
        const parsed = parseJsonc(block);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
        const result = normalizeConfig(parsed.value);
        assert.deepEqual(result.ok ? [] : result.errors, []);
      });
    });
  }
});
