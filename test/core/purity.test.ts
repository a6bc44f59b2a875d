import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { sources, specifiers } from '../helpers/imports.js';
import { ROOT } from '../helpers/paths.js';

const CORE = join(ROOT, 'server/src/core');
// The fill logic is pure too: the server uses it for the fill requests.
const FILL = join(ROOT, 'server/src/fill');
// The report's page too: the CLI and the server render it alike.
const REPORT = join(ROOT, 'server/src/report');

describe('the lint core and the fill logic are pure', () => {
  const files = [
    ...sources(CORE).map((f) => [f, [CORE]] as const),
    ...sources(FILL).map((f) => [f, [CORE, FILL]] as const),
    ...sources(REPORT).map((f) => [f, [CORE, REPORT]] as const),
  ];

  it('has source files to check', () => assert.ok(files.length >= 15, `only ${files.length} files found`));

  for (const [file, allowed] of files) {
    it(`${relative(ROOT, file)} imports only pure modules`, () => {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        assert.ok(specifier.startsWith('.'), `${specifier}: no packages or Node built-ins here`);
        const target = resolve(dirname(file), specifier);
        assert.ok(allowed.some((dir) => target.startsWith(dir + '/')), `${specifier}: leaves ${allowed.map((d) => relative(ROOT, d)).join(' or ')}`);
      }
    });
  }

  it('the checker catches a forbidden import', () => {
    const sample = "import { readFileSync } from 'node:fs';\nimport * as vscode from 'vscode';";
    assert.deepEqual(specifiers(sample), ['node:fs', 'vscode']);
  });
});

describe('the bundles', () => {
  for (const bundle of ['dist/server.js', 'dist/cli.js']) {
    it(`${bundle} never loads vscode`, () => {
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      assert.doesNotMatch(text, /require\(["']vscode["']\)/);
    });
  }
  it('dist/client.js leaves vscode to the editor', () => {
    assert.match(readFileSync(join(ROOT, 'dist/client.js'), 'utf8'), /require\(["']vscode["']\)/);
  });
});
