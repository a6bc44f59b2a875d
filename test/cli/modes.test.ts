import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { starterConfig } from '../../server/src/cli/init.js';
import { RULES, defaultConfig, normalizeConfig, type Config } from '../../server/src/core/index.js';
import { parseJsonc } from '../../server/src/node/jsonc.js';
import { ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

// Golden outputs of --stats, --format sarif, --print-config and --init over test/cli/golden-modes/input
// (which has its own .gongwenrc.json). `UPDATE_GOLDEN=1 npm test` rewrites them; review the diff.
const GOLDEN = join(ROOT, 'test/cli/golden-modes');
const INPUT = join(GOLDEN, 'input');

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'));
}

/** Paths and the version, which differ between machines and releases, replaced by fixed markers. */
function normalizeSarif(stdout: string): string {
  const log = JSON.parse(stdout) as { runs: { tool: { driver: Record<string, unknown> }; originalUriBaseIds: Record<string, { uri: string }> }[] };
  const run = log.runs[0]!;
  assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, `${pathToFileURL(INPUT).href}/`);
  run.originalUriBaseIds['%SRCROOT%']!.uri = 'file:///<cwd>/';
  run.tool.driver['version'] = '<version>';
  run.tool.driver['semanticVersion'] = '<version>';
  return `${JSON.stringify(log, null, 2)}\n`;
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-modes-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI golden output of the other modes', () => {
  it('--stats', async () => {
    const r = await runCli(['--stats', '.'], { cwd: INPUT });
    assert.equal(r.code, 0, 'counting is not linting: exit 0 despite the errors');
    assert.equal(r.stderr, '');
    golden('stats.expected.txt', r.stdout);
  });
  it('--stats --format json', async () => {
    const r = await runCli(['--stats', '--format', 'json', '.'], { cwd: INPUT });
    const out = JSON.parse(r.stdout) as { files: { filePath: string }[] };
    for (const f of out.files) f.filePath = f.filePath.slice(INPUT.length + 1);
    golden('stats.expected.json', `${JSON.stringify(out, null, 2)}\n`);
  });
  it('--format sarif', async () => {
    const r = await runCli(['--format', 'sarif', '.'], { cwd: INPUT });
    assert.equal(r.code, 1);
    golden('sarif.expected.json', normalizeSarif(r.stdout));
  });
  it('--print-config', async () => {
    const r = await runCli(['--print-config', '讲话稿.txt', '--rule', 'count-mismatch:off'], { cwd: INPUT });
    assert.equal(r.code, 0);
    golden('print-config.expected.json', r.stdout);
  });
  it('--init', async () => {
    const cwd = join(dir, 'init-golden');
    mkdirSync(cwd);
    const r = await runCli(['--init'], { cwd });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '已创建 .gongwenrc.json（created）\n');
    golden('init.expected.jsonc', readFileSync(join(cwd, '.gongwenrc.json'), 'utf8'));
  });
});

describe('--stats', () => {
  it('reads stdin, and takes the format from --stdin-filename', async () => {
    const md = '# 标题\n\n```\n代码\n```\n正文。\n';
    const plain = await runCli(['--stats', '--format', 'json', '-'], { stdin: md });
    assert.deepEqual(JSON.parse(plain.stdout).files, [{ filePath: '<text>', characters: 6, minutes: 1 }]);
    const markdown = await runCli(['--stats', '--format', 'json', '--stdin-filename', 'a.md', '-'], { cwd: dir, stdin: md });
    assert.deepEqual(JSON.parse(markdown.stdout).files, [{ filePath: join(dir, 'a.md'), characters: 4, minutes: 1 }]);
  });
  it('--speech-rate changes the minutes; the total is computed from the total characters', async () => {
    writeFileSync(join(dir, 'a.txt'), '讲'.repeat(100));
    writeFileSync(join(dir, 'b.txt'), '讲'.repeat(100));
    const r = await runCli(['--stats', '--speech-rate', '80', 'a.txt', 'b.txt'], { cwd: dir });
    // 100 / 80 rounds to 1 minute each, but 200 / 80 to 3, not 2.
    assert.equal(r.stdout, ['a.txt  100 字 · 约 1 分钟', 'b.txt  100 字 · 约 1 分钟', '合计   200 字 · 约 3 分钟', ''].join('\n'));
    const json = JSON.parse((await runCli(['--stats', '--speech-rate=80', '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir })).stdout);
    assert.equal(json.ratePerMinute, 80);
    assert.deepEqual(json.total, { characters: 200, minutes: 3 });
  });
  it('prints one line and no total for one file; English with --locale en', async () => {
    writeFileSync(join(dir, 'long.txt'), '讲'.repeat(8560));
    assert.equal((await runCli(['--stats', 'long.txt'], { cwd: dir })).stdout, 'long.txt  8,560 字 · 约 39 分钟\n');
    assert.equal((await runCli(['--stats', '--locale', 'en', 'long.txt'], { cwd: dir })).stdout, 'long.txt  8,560 chars · ~39 min\n');
  });
  it('exit 2 on a missing file after counting the others; binary files are skipped with a note', async () => {
    writeFileSync(join(dir, 'bin.txt'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(join(dir, 'c.txt'), '好');
    const r = await runCli(['--stats', 'nope.txt', 'bin.txt', 'c.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到文件：nope\.txt/);
    assert.match(r.stderr, /跳过二进制文件（skipped, binary）/);
    assert.equal(r.stdout, 'c.txt  1 字 · 约 1 分钟\n');
  });
  it('ignores configuration: a broken .gongwenrc.json does not stop counting', async () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken/.gongwenrc.json'), '{ "rules": ');
    writeFileSync(join(dir, 'broken/d.txt'), '好好');
    const r = await runCli(['--stats', 'broken/d.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'broken/d.txt  2 字 · 约 1 分钟\n');
  });
  for (const [args, message] of [
    [['--stats', '--speech-rate', '59', 'a.txt'], /--speech-rate 应为 60–600 的整数/],
    [['--stats', '--speech-rate', '601', 'a.txt'], /--speech-rate 应为 60–600 的整数/],
    [['--stats', '--speech-rate', '2.5', 'a.txt'], /--speech-rate 应为 60–600 的整数/],
    [['--speech-rate', '200', 'a.txt'], /--speech-rate 只用于 --stats/],
    [['--stats', '--fix', 'a.txt'], /--stats 不能与 --fix/],
    [['--stats', '--format', 'sarif', 'a.txt'], /--stats 的输出格式为 stylish 或 json/],
    [['--stats'], /请给出要检查的文件/],
  ] as const) {
    it(`exit 2: ${args.join(' ')}`, async () => {
      const r = await runCli(args, { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }
});

describe('--init', () => {
  const rc = (cwd: string) => join(cwd, '.gongwenrc.json');

  it('writes a starter config that parses and validates, and equals the defaults', async () => {
    const cwd = join(dir, 'init');
    mkdirSync(cwd);
    const r = await runCli(['--init'], { cwd });
    assert.equal(r.code, 0);
    const source = readFileSync(rc(cwd), 'utf8');
    const parsed = parseJsonc(source);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
    const result = normalizeConfig(parsed.value);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.config, defaultConfig());
    // With the nearest config being this file, linting works as before.
    writeFileSync(join(cwd, 'a.txt'), '完成投资X亿元。\n');
    const lint = await runCli(['--format', 'json', 'a.txt'], { cwd });
    assert.equal(lint.code, 1);
    assert.equal(JSON.parse(lint.stdout)[0].messages[0].ruleId, 'placeholder');
  });
  it('explains every rule and option in Chinese and English, with its docs link', () => {
    const source = starterConfig();
    for (const rule of RULES) {
      assert.ok(source.includes(`// ${rule.id}：${rule.description['zh-CN']}`), rule.id);
      assert.ok(source.includes(`// ${rule.description.en}`), rule.id);
      assert.ok(source.includes(`docs/rules/${rule.id}.md`), rule.id);
      for (const [key, spec] of Object.entries(rule.options as Record<string, { description: { 'zh-CN': string; en: string } }>)) {
        assert.ok(source.includes(`// ${spec.description['zh-CN']}\n`), `${rule.id}.${key}`);
        assert.ok(source.includes(`// ${spec.description.en}\n`), `${rule.id}.${key}`);
        assert.ok(source.includes(`"${key}": `), `${rule.id}.${key}`);
      }
    }
    assert.ok(!source.includes('$schema'), 'no $schema until the project ships a schema');
  });
  it('--locale en writes "locale": "en"', async () => {
    const cwd = join(dir, 'init-en');
    mkdirSync(cwd);
    assert.equal((await runCli(['--init', '--locale', 'en'], { cwd })).code, 0);
    const parsed = parseJsonc(readFileSync(rc(cwd), 'utf8'));
    assert.ok(parsed.ok);
    const result = normalizeConfig(parsed.value);
    assert.ok(result.ok);
    assert.equal(result.config.locale, 'en');
  });
  it('refuses to overwrite an existing file: exit 2, the file unchanged', async () => {
    const cwd = join(dir, 'init-exists');
    mkdirSync(cwd);
    writeFileSync(rc(cwd), '{ "rules": { "placeholder": "off" } }\n');
    const before = statSync(rc(cwd)).mtimeMs;
    const r = await runCli(['--init'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.gongwenrc\.json 已存在，未覆盖（already exists; not overwritten）/);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(rc(cwd), 'utf8'), '{ "rules": { "placeholder": "off" } }\n');
    assert.equal(statSync(rc(cwd)).mtimeMs, before);
  });
  it('takes no files', async () => {
    const r = await runCli(['--init', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--init 不与文件或其他操作同用/);
  });
});

describe('--print-config', () => {
  const printed = async (args: string[], cwd = dir) => {
    const r = await runCli(['--print-config', ...args], { cwd });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    return JSON.parse(r.stdout) as { locale: string; rules: Record<string, Record<string, unknown>> };
  };
  /** What the printed configuration means, read back as a config file. */
  const meaning = (printedConfig: unknown): Config => {
    const result = normalizeConfig(printedConfig);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    return result.config;
  };

  before(() => {
    mkdirSync(join(dir, 'pc/nested/deeper'), { recursive: true });
    writeFileSync(join(dir, 'pc/.gongwenrc.json'), '{ "rules": { "placeholder": { "severity": "warning", "allow": ["X光机"] } } }');
    writeFileSync(join(dir, 'pc/nested/.gongwenrc.json'), '// nearer\n{ "rules": { "placeholder": { "allow": ["X号楼"] }, "figure-conflict": { "approximateTolerance": 0.2 } } }');
    writeFileSync(join(dir, 'pc/other.json'), '{ "rules": { "heading-level": "off" } }');
  });

  it('prints the defaults where no config file applies, in the shape of a .gongwenrc.json', async () => {
    mkdirSync(join(dir, 'pc-none'));
    const config = await printed(['x.txt'], join(dir, 'pc-none'));
    assert.deepEqual(meaning(config), defaultConfig());
    assert.deepEqual(Object.keys(config.rules), RULES.map((r) => r.id));
    assert.deepEqual(config.rules['placeholder'], { severity: 'error', allow: [], patterns: [], regexPatterns: [] });
  });
  it('uses the nearest .gongwenrc.json, found from the file (which need not exist)', async () => {
    const config = await printed(['pc/nested/deeper/new.txt']);
    // Only the nearest file applies, over the defaults: not pc/.gongwenrc.json as well.
    assert.deepEqual(config.rules['placeholder'], { severity: 'error', allow: ['X号楼'], patterns: [], regexPatterns: [] });
    assert.equal(config.rules['figure-conflict']!['approximateTolerance'], 0.2);
    const upper = await printed(['pc/a.txt']);
    assert.deepEqual(upper.rules['placeholder'], { severity: 'warning', allow: ['X光机'], patterns: [], regexPatterns: [] });
  });
  it('--config replaces the nearest file, and --rule and --locale win over both', async () => {
    const config = await printed(['pc/nested/a.txt', '--config', 'pc/other.json', '--rule', 'placeholder:info', '--locale', 'en']);
    assert.equal(config.locale, 'en');
    assert.deepEqual(config.rules['heading-level'], { severity: 'off', allowArabicUnderChinese: true });
    assert.deepEqual(config.rules['placeholder'], { severity: 'info', allow: [], patterns: [], regexPatterns: [] });
    assert.equal(config.rules['figure-conflict']!['approximateTolerance'], 0.1);
  });
  it('is what linting the file uses', async () => {
    writeFileSync(join(dir, 'pc/nested/b.txt'), '购置X号楼设备，投资X亿元。\n');
    const lint = JSON.parse((await runCli(['--format', 'json', 'pc/nested/b.txt'], { cwd: dir })).stdout);
    assert.deepEqual(
      lint[0].messages.map((m: { message: string }) => m.message),
      ['未填写的占位符：数值（亿元）——“投资X亿元”'],
      'X号楼 is allowed by the nearest file',
    );
    const config = await printed(['pc/nested/b.txt']);
    assert.deepEqual(config.rules['placeholder']!['allow'], ['X号楼']);
  });
  it('exit 2 with the reason for an invalid config file', async () => {
    mkdirSync(join(dir, 'pc-bad'));
    writeFileSync(join(dir, 'pc-bad/.gongwenrc.json'), '{ "rules": { "placeholder": "loud" } }');
    const r = await runCli(['--print-config', 'pc-bad/a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pc-bad\/\.gongwenrc\.json: rules\.placeholder: 应为/);
    assert.equal(r.stdout, '');
  });
  it('takes exactly one file', async () => {
    const r = await runCli(['--print-config', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--print-config 只接受一个文件/);
    assert.equal((await runCli(['--print-config'], { cwd: dir })).code, 2);
  });
});

describe('usage', () => {
  it('--help lists the new options', async () => {
    const help = (await runCli(['--help'])).stdout;
    for (const option of ['--format <格式>', 'sarif', '--stats', '--speech-rate <n>', '--init', '--print-config <file>']) {
      assert.ok(help.includes(option), option);
    }
  });
  it('--format names the formats it takes', async () => {
    const r = await runCli(['--format', 'xml', 'a.txt']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format 应为 stylish、json、sarif、html 之一，实际为 "xml"/);
  });
});
