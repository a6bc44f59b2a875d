import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { anchors, documentationPages, fences, links } from './helpers/markdown.js';
import { ROOT } from './helpers/paths.js';
import { runCli } from './helpers/run.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const READMES = ['README.md', 'README.en.md'];
// The README is the front door, also of the extension's page in VS Code: it stays short.
const README_LIMIT = 12 * 1024;
// What a newcomer types first, as the READMEs show it.
const QUICK_START = ['npm install && npm start', 'npm test'];

describe('the README', () => {
  it(`README.md is at most ${README_LIMIT} bytes`, () => {
    const bytes = statSync(join(ROOT, 'README.md')).size;
    assert.ok(bytes <= README_LIMIT, `README.md is ${bytes} bytes; move detail into docs/ or CONTRIBUTING.md`);
  });

  for (const readme of READMES) {
    it(`${readme} shows the two quick-start commands first`, () => {
      const commands = fences(read(readme))
        .filter((f) => f.info === 'sh')
        .map((f) => f.lines.map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean));
      assert.deepEqual(commands[0], QUICK_START);
    });

    it(`${readme} links every page of the documentation`, () => {
      const linked = new Set(links(read(readme)).map((l) => l.target.split('#')[0]));
      const pages = documentationPages().filter((p) => p !== readme && !p.startsWith('docs/rules/'));
      assert.deepEqual(pages.filter((p) => !linked.has(p)), []);
    });
  }

  it('npm test is npm run test:unit followed by the end-to-end suite', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    assert.ok(scripts['start'] && scripts['test:unit'] && scripts['test:e2e']);
    assert.match(scripts['test']!, /^npm run test:unit && /);
    assert.match(scripts['test:unit']!, /build\.mjs --tests/);
    assert.match(scripts['test:unit']!, /npm run typecheck/);
    assert.match(scripts['test:unit']!, /node --test\b.*out\/test\//);
    assert.doesNotMatch(scripts['test:unit']!, /e2e/);
  });
});

describe('links in the documentation', () => {
  const pages = documentationPages();
  it('has pages to check', () => assert.ok(pages.length >= 12, pages.join(', ')));
  for (const page of pages) {
    it(`${page}: every relative link and anchor leads somewhere`, () => {
      const broken: string[] = [];
      for (const { target, line } of links(read(page))) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)));
        if (!existsSync(join(ROOT, file))) broken.push(`${line}: ${target} (no ${file})`);
        else if (anchor !== undefined && file.endsWith('.md') && !anchors(read(file)).has(decodeURIComponent(anchor))) {
          broken.push(`${line}: ${target} (no heading #${anchor} in ${file})`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }
  it('the checker finds links and GitHub anchors, not code', () => {
    const text = '# 设置 Settings（VS Code）\n## 项目配置 `.gongwenrc.json` Configuration\n## English\n## English\n[a](x.md#b) `[c](d.md)`\n```\n[e](f.md)\n```\n![g](h.png)';
    assert.deepEqual([...anchors(text)], ['设置-settingsvs-code', '项目配置-gongwenrcjson-configuration', 'english', 'english-1']);
    assert.deepEqual(
      links(text).map((l) => l.target),
      ['x.md#b', 'h.png'],
    );
  });
});

describe('settings and commands named in the documentation', () => {
  const pkg = JSON.parse(read('package.json')) as {
    contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[] };
  };
  const settings = Object.keys(pkg.contributes.configuration.properties);
  const known = new Set([...settings, ...pkg.contributes.commands.map((c) => c.command)]);

  for (const page of [...READMES, 'docs/editor.md']) {
    it(`${page} names every setting`, () => {
      const text = read(page);
      assert.deepEqual(settings.filter((s) => !text.includes(`\`${s}\``)), []);
    });
  }
  it('every gongwen.* name in the documentation is a setting or a command', () => {
    const unknown = documentationPages().flatMap((page) =>
      [...read(page).matchAll(/(?<![\w./])gongwen\.[A-Za-z][\w.]*\w/g)].map((m) => m[0]).filter((name) => !known.has(name)).map((name) => `${page}: ${name}`),
    );
    assert.deepEqual(unknown, []);
  });
});

describe('CLI output shown in the READMEs', () => {
  // A block that starts with `$ gongwen-lint <args>` on files of this repository shows real output:
  // each line of it (an excerpt, `…` for what is left out) is a line of what the CLI prints.
  const shown = READMES.flatMap((page) =>
    fences(read(page))
      .filter((f) => /^\$ gongwen-lint /.test(f.lines[0] ?? ''))
      .map((f) => ({ page, line: f.line, args: f.lines[0]!.slice('$ gongwen-lint '.length).trim().split(/\s+/), lines: f.lines.slice(1) }))
      .filter((b) => existsSync(join(ROOT, b.args.at(-1)!))),
  );
  it('each README shows the sample draft', () => assert.deepEqual([...new Set(shown.map((b) => b.page))], READMES));
  const squeeze = (line: string) => line.trim().replace(/\s+/g, ' ');
  for (const block of shown) {
    it(`${block.page}, line ${block.line}: gongwen-lint ${block.args.join(' ')}`, async () => {
      const { stdout } = await runCli(block.args);
      const printed = new Set(stdout.split('\n').map(squeeze));
      const lines = block.lines.map(squeeze).filter((l) => l !== '' && l !== '…');
      assert.ok(lines.length >= 5);
      assert.deepEqual(lines.filter((l) => !printed.has(l)), []);
    });
  }
});

describe('the screenshots', () => {
  it('every image in docs/images is shown on a page', () => {
    const shownImages = new Set(
      documentationPages().flatMap((page) => links(read(page)).map((l) => normalize(join(dirname(page), l.target)))),
    );
    const images = readdirSync(join(ROOT, 'docs/images')).map((f) => `docs/images/${f}`);
    assert.deepEqual(images.filter((i) => !shownImages.has(i)), []);
  });
});
