import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths.js';

/** The English keys the client passes to `t(…)`, read from its sources. */
function messagesInSources(): Set<string> {
  const keys = new Set<string>();
  const dir = join(ROOT, 'client/src');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      keys.add(JSON.parse(`"${m[1]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
    }
    assert.doesNotMatch(source, /\bt\(\s*`/, `${file}: a message must be a plain string with {0} slots, not a template`);
  }
  return keys;
}

const slots = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

describe('client localization', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  const used = messagesInSources();

  it('finds the messages in the sources', () => assert.ok(used.size >= 25, String(used.size)));
  it('translates every message into Chinese, and nothing else', () => {
    assert.deepEqual([...used].filter((k) => !(k in bundle)), [], 'untranslated');
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'stale');
  });
  it('keeps the same {n} slots in each translation', () => {
    assert.deepEqual(Object.entries(bundle).filter(([en, zh]) => slots(en) !== slots(zh)).map(([en]) => en), []);
  });
  it('is registered in package.json and shipped in the .vsix', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { l10n: string };
    assert.equal(pkg.l10n, './l10n');
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!l10n\/\*\.json$/m);
  });
});
