import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { RULES, type AnyRule } from '../../server/src/core/index.js';
import type { Localized } from '../../server/src/core/types.js';
import { codeSpecifiers, importGraph, sources } from '../helpers/imports.js';
import { ROOT } from '../helpers/paths.js';

// The extension host asks the language server for everything linguistic: it bundles neither the
// lint core nor the fill logic, and never parses a document a second time.

const CLIENT = join(ROOT, 'client/src');
const FORBIDDEN = [join(ROOT, 'server/src/core'), join(ROOT, 'server/src/fill')];
/** The project's addresses (the issues page, for the crash message): constants that import nothing. */
const CONSTANTS = [join(ROOT, 'server/src/core/project.ts')];

/** Every path from `roots` to a file under `FORBIDDEN` (other than `CONSTANTS`), as chains of files. */
function forbiddenReach(graph: ReadonlyMap<string, readonly string[]>, roots: readonly string[]): string[][] {
  const via = new Map<string, string | undefined>(roots.map((r) => [r, undefined]));
  const queue = [...roots];
  const found: string[][] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (FORBIDDEN.some((dir) => file.startsWith(dir + '/')) && !CONSTANTS.includes(file)) {
      const chain = [file];
      for (let f = via.get(file); f !== undefined; f = via.get(f)) chain.unshift(f);
      found.push(chain);
      continue;
    }
    for (const next of graph.get(file) ?? []) {
      if (via.has(next)) continue;
      via.set(next, file);
      queue.push(next);
    }
  }
  return found;
}

describe('the extension imports no lint code', () => {
  const graph = importGraph([...sources(CLIENT), ...sources(join(ROOT, 'server/src'))], true);
  const clientFiles = sources(CLIENT);

  it('has client files to check', () => assert.ok(clientFiles.length > 10, String(clientFiles.length)));

  it('no file under client/src reaches server/src/core or server/src/fill, however indirectly (type-only imports aside)', () => {
    const chains = forbiddenReach(graph, clientFiles).map((chain) => chain.map((f) => relative(ROOT, f)).join(' → '));
    assert.deepEqual(chains, []);
  });

  it('the constants it may import import nothing', () => {
    for (const file of CONSTANTS) assert.deepEqual(codeSpecifiers(readFileSync(file, 'utf8')), [], relative(ROOT, file));
  });

  it('the check follows imports through other modules, and ignores type-only ones', () => {
    const core = join(ROOT, 'server/src/core/lint.ts');
    const client = join(CLIENT, 'a.ts');
    const node = join(ROOT, 'server/src/node/b.ts');
    assert.deepEqual(forbiddenReach(new Map([[client, [node]], [node, [core]]]), [client]), [[client, node, core]]);
    assert.deepEqual(forbiddenReach(new Map([[client, CONSTANTS]]), [client]), []);
    assert.deepEqual(codeSpecifiers("import type { A } from './a.js';\nexport type { B } from './b.js';\nimport { type C } from './c.js';\nimport { d } from './d.js';"), ['./c.js', './d.js']);
  });
});

/** What a bundle with the rules in it contains: each rule's texts, taken from the registry. */
function ruleTexts(rule: AnyRule): string[] {
  const both = (l: Localized) => [l['zh-CN'], l.en];
  // English titles are everyday words ("Unfilled placeholder") that the extension's own UI may use.
  const texts = [rule.title['zh-CN'], ...both(rule.description), ...both(rule.explanation)];
  for (const option of Object.values(rule.options)) texts.push(...both(option.description));
  // The rule's message table, where it has one.
  const messages = (rule as { messages?: unknown }).messages;
  if (messages !== undefined) texts.push(...stringsIn(messages));
  return texts.filter(distinctive);
}

/** Long enough to be the rule's own text: short labels ("date", 「数值」) may be the extension's own words too. */
function distinctive(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) ? text.length >= 4 : text.length >= 16;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

/** A bundle's text with its string escapes undone: esbuild writes non-ASCII characters as `\xXX` and `\uXXXX`. */
function readBundle(name: string): string {
  return readFileSync(join(ROOT, 'dist', name), 'utf8')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, astral?: string, bmp?: string, latin?: string) =>
      String.fromCodePoint(parseInt(astral ?? bmp ?? latin!, 16)),
    )
    .replace(/\\(["'`\\])/g, '$1');
}

describe('dist/client.js bundles no rule', () => {
  const texts = RULES.flatMap((rule) => ruleTexts(rule).map((text) => ({ rule: rule.id, text })));

  it('has every rule to look for', () => assert.ok(RULES.length >= 9 && texts.length >= 5 * RULES.length, String(texts.length)));

  it('finds the texts of every rule in the server bundle (the check works)', () => {
    const server = readBundle('server.js');
    assert.deepEqual(texts.filter(({ text }) => !server.includes(text)), []);
  });

  it('contains no text of any rule', () => {
    const client = readBundle('client.js');
    assert.deepEqual(texts.filter(({ text }) => client.includes(text)), []);
  });
});
