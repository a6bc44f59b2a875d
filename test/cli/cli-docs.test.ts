import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { usageOptions } from '../../scripts/cli-docs.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { documentationPages, fences, inlineCode, prose } from '../helpers/markdown.js';
import { ROOT } from '../helpers/paths.js';

// docs/cli.md shows the usage text itself (test/generated.test.ts); here the usage text is held to
// the parser, and every option the documentation mentions to the usage text.
describe('the CLI usage text and the documentation', () => {
  const options = usageOptions();

  it('lists the options, long and short', () => {
    assert.ok(options.length >= 15, options.join(' '));
    for (const o of ['--format', '-f', '--fix', '--stats', '--help', '-h', '--version']) assert.ok(options.includes(o), o);
    assert.deepEqual(usageOptions('  -x, --xy <n>   a\n      --zz        b\n                  --not-an-option in a description\nUsage: gongwen-lint --nor-this'), ['-x', '--xy', '--zz']);
  });

  it('every option it lists is one the CLI accepts', () => {
    const unknown = (option: string) => (parseArgs(['--no-such-option']) as { message: string }).message.replace('--no-such-option', option);
    const refused = options.filter((o) => {
      const r = parseArgs([o, 'x']);
      return !r.ok && r.message === unknown(o);
    });
    assert.deepEqual(refused, []);
    assert.equal((parseArgs(['--no-such-option']) as { ok: boolean }).ok, false);
  });

  it('every option the CLI accepts is in it', () => {
    // The option names are string literals in the parser; messages mention them only inside longer strings.
    const source = readFileSync(join(ROOT, 'server/src/cli/args.ts'), 'utf8');
    const literals = new Set([...source.matchAll(/'(--?[a-z][\w-]*)'/g)].map((m) => m[1]!));
    assert.ok(literals.size >= 15, [...literals].join(' '));
    assert.deepEqual([...literals].filter((o) => !options.includes(o)), []);
  });

  it('every option the READMEs and docs/ mention exists', () => {
    // Prose, inline code and the command lines in code blocks; `code --install-extension …` is VS Code's
    // command line, `soffice --headless …` LibreOffice's and `node --expose-gc` Node's, not ours, and
    // CONTRIBUTING.md is about npm and node.
    const pages = documentationPages().filter((p) => p !== 'CONTRIBUTING.md');
    const mentioned = pages.flatMap((page) => {
      const text = readFileSync(join(ROOT, page), 'utf8');
      const ours = [prose(text), ...inlineCode(text).filter((c) => !/^(?:code|soffice|node) /.test(c))].join('\n');
      const fenced = fences(text).flatMap((f) => f.lines.filter((l) => /gongwen-lint/.test(l)));
      return [...[ours, ...fenced].join('\n').matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => ({ page, option: m[0] }));
    });
    assert.ok(mentioned.length >= 20);
    assert.deepEqual(mentioned.filter((m) => !options.includes(m.option)).map((m) => `${m.page}: ${m.option}`), []);
  });
});
