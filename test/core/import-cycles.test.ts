import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { importCycles, importGraph, sources } from '../helpers/imports.js';
import { ROOT } from '../helpers/paths.js';

describe('import cycles', () => {
  // Type-only imports count: a cycle of types is still two modules that cannot be read apart.
  for (const dir of ['server/src/core', 'server/src', 'client/src']) {
    it(`there is none under ${dir}`, () => {
      const files = sources(join(ROOT, dir));
      assert.ok(files.length > 5, `only ${files.length} files under ${dir}`);
      const cycles = importCycles(importGraph(files)).map((c) => c.map((f) => relative(ROOT, f)).join(' ⇄ '));
      assert.deepEqual(cycles, []);
    });
  }

  it('the checker finds a cycle, and a file importing itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(importCycles(graph), [['a', 'b', 'c'], ['e']]);
  });
});
