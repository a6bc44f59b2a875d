import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths.js';
import { sources } from '../helpers/imports.js';

// Configuration is JSON and drafts are text: nothing from a workspace may ever run as code.
const CODE_FROM_DATA: readonly [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function constructor call', /(?<![\w.])Function\s*\(\s*['"`]/],
  ['dynamic import', /(?<![\w.])import\s*\(/],
  ['require', /\brequire\s*\(/],
  ['node:vm', /['"](?:node:)?vm['"]/],
  ['child_process', /['"](?:node:)?child_process['"]/],
  ['worker_threads', /['"](?:node:)?worker_threads['"]/],
  ['string timer', /\bset(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/],
  // Nor does anything here talk to the network.
  ['network module', /['"](?:node:)?(?:net|http|https|http2|dgram|tls|dns)['"]/],
  ['fetch', /\bfetch\s*\(/],
];

/** The one module that starts a process: LibreOffice converting a .doc or .wps the writer asked to check. */
const CONVERTER = 'server/src/node/convert-office.ts';

describe('no code is loaded from data', () => {
  const files = sources(join(ROOT, 'server/src'));

  it('has the server sources to check', () => assert.ok(files.length >= 40, `only ${files.length} files`));

  for (const file of files) {
    it(`${relative(ROOT, file)} loads no code at run time and uses no network`, () => {
      const text = readFileSync(file, 'utf8');
      const allowed = relative(ROOT, file) === CONVERTER ? ['child_process'] : [];
      for (const [what, pattern] of CODE_FROM_DATA) if (!allowed.includes(what)) assert.doesNotMatch(text, pattern, what);
    });
  }

  it(`starts one process only, in ${CONVERTER}: LibreOffice, by its fixed name and arguments, without a shell, for a .doc or .wps given to it`, () => {
    const text = readFileSync(join(ROOT, CONVERTER), 'utf8');
    assert.deepEqual([...text.matchAll(/\b(spawn|spawnSync|exec|execSync|execFile|execFileSync|fork)\s*\(/g)].map((m) => m[1]), ['spawnSync']);
    assert.match(text, /spawnSync\(\s*SOFFICE,/);
    assert.match(text, /export const SOFFICE = 'soffice';/);
    assert.doesNotMatch(text, /shell\s*:/);
  });

  it('the checks catch what they are for', () => {
    const samples = ['eval(x)', 'new Function("return 1")', 'Function("a", "return a")', 'await import(path)', 'require(name)', "import vm from 'node:vm'", "from 'child_process'", "from 'worker_threads'", 'setTimeout("x()", 1)', "from 'node:https'", 'await fetch(url)'];
    assert.deepEqual(
      samples.map((sample) => CODE_FROM_DATA.some(([, pattern]) => pattern.test(sample))),
      samples.map(() => true),
    );
  });

  it('the bundled server evaluates nothing and requires only fixed module names', () => {
    const bundle = readFileSync(join(ROOT, 'dist/server.js'), 'utf8');
    for (const [what, pattern] of CODE_FROM_DATA.filter(([what]) => ['eval', 'new Function', 'dynamic import', 'node:vm', 'worker_threads', 'string timer'].includes(what))) {
      assert.doesNotMatch(bundle, pattern, what);
    }
    const requires = [...bundle.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    // The bundler's own helper is `function __require() {`; every other call names a module literally.
    assert.deepEqual(requires.filter((arg) => arg !== '' && !/^"[\w:/.-]+"$/.test(arg)), []);
  });
});
