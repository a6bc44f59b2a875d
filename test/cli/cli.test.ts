import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeFileIn } from '../helpers/files.js';
import { runCli } from '../helpers/run.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => writeFileIn(dir, name, content);
const json = (stdout: string) =>
  JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[]; warningCount: number }[];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
  file('draft/a.txt', '完成投资X亿元。\n');
  file('draft/b.md', '# 标题\n\n增长X%。\n');
  file('draft/clean.txt', '今年增长6.2%。\n');
  file('draft/notes.docx.txt.bak', 'X亿元');
  file('draft/node_modules/dep/readme.txt', 'X亿元');
  file('draft/.hidden/x.txt', 'X亿元');
  file('draft/sub/c.gw', '第X次会议\n');
  file('binary.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x58]));
  file('project/.gongwenrc.json', '{\n  // 本项目把占位符降为警告\n  "rules": { "placeholder": { "severity": "warning", "allow": ["X号设备"] } }\n}\n');
  file('project/doc.txt', '完成X亿元，购置X号设备。\n');
  file('broken/.gongwenrc.json', '{ "rules": { "placeholder": "warn" } }');
  file('broken/doc.txt', 'X亿元');
  file('badjson/.gongwenrc.json', '{ "rules": { ');
  file('badjson/doc.txt', 'X亿元');
  file('typo/.gongwenrc.json', '{ "rules": { "placeholdr": "off", "未填写的占位符": "off" } }');
  file('typo/doc.txt', 'X亿元');
  file('empty/.gongwenrc.json', '// 稍后填写\n');
  file('empty/doc.txt', 'X亿元');
  symlinkSync(join(dir, 'draft'), join(dir, 'draft/sub/loop'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI exit codes', () => {
  it('0 when there are no errors', async () => {
    const r = await runCli(['draft/clean.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });
  it('1 when errors were found, with a stylish report', async () => {
    const r = await runCli(['draft/a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /draft\/a\.txt\n {2}1:5 {2}错误 {2}未填写的占位符：数值（亿元）——“完成投资X亿元” {2}placeholder\n/);
    assert.match(r.stdout, /✖ 1 个问题（1 个错误，0 个警告或提示）/);
  });
  it('2 on an unknown option, with one line on stderr', async () => {
    const r = await runCli(['--frmat', 'json', 'draft'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /未知选项 --frmat/);
  });
  it('2 on a bad --rule', async () => {
    const r = await runCli(['--rule', 'placeholder:loud', 'draft'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /级别应为 off\|hint\|info\|warning\|error/);
  });
  it('2 without any file', async () => {
    assert.equal((await runCli([], { cwd: dir })).code, 2);
  });
  it('2 on a missing file, after reporting the others', async () => {
    const r = await runCli(['--format', 'json', 'nope.txt', 'draft/a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到文件：nope\.txt/);
    assert.equal(json(r.stdout).length, 1);
  });
  it('2 on an invalid config file, naming the file and the key', async () => {
    const r = await runCli(['broken/doc.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\/\.gongwenrc\.json: rules\.placeholder: 应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string \("warn"\)/);
  });
  it('2 on misspelt rule ids, each with the id meant, as the editor shows them', async () => {
    const r = await runCli(['typo/doc.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /typo\/\.gongwenrc\.json: rules\.placeholdr: 未知规则「placeholdr」，是否要写「placeholder」？\n/);
    assert.match(r.stderr, /typo\/\.gongwenrc\.json: rules\.未填写的占位符: 未知规则「未填写的占位符」，是否要写「placeholder」？\n/);
    const flag = await runCli(['--rule', 'placeholdr:off', 'draft'], { cwd: dir });
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /--rule：未知规则「placeholdr」，是否要写「placeholder」？/);
  });
  it('an empty config file (or one with only comments) is no configuration: the defaults apply', async () => {
    const r = await runCli(['--format', 'json', 'empty/doc.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(json(r.stdout)[0]!.messages.map((m) => [m.ruleId, m.severity]), [['placeholder', 2]]);
  });
  it('2 on a config file that is not JSON, with line and column', async () => {
    const r = await runCli(['badjson/doc.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /badjson\/\.gongwenrc\.json: 第 1 行第 14 列：文件意外结束，此处应为带引号的属性名/);
  });
  it('--max-warnings turns too many warnings into exit 1', async () => {
    assert.equal((await runCli(['--rule', 'placeholder:warning', 'draft/a.txt'], { cwd: dir })).code, 0);
    const r = await runCli(['--rule', 'placeholder:warning', '--max-warnings', '0', 'draft/a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /超过 --max-warnings 0/);
  });
});

describe('CLI inputs', () => {
  it('walks a directory: .txt .md .gw only, no hidden or node_modules, no symlink loop', async () => {
    const r = await runCli(['--format', 'json', 'draft'], { cwd: dir });
    const files = json(r.stdout).map((x) => x.filePath.slice(dir.length + 1));
    assert.deepEqual(files, ['draft/a.txt', 'draft/b.md', 'draft/clean.txt', 'draft/sub/c.gw']);
  });
  it('expands a quoted glob', async () => {
    const r = await runCli(['--format', 'json', 'draft/**/*.{md,gw}'], { cwd: dir });
    assert.deepEqual(
      json(r.stdout).map((x) => x.filePath.slice(dir.length + 1)),
      ['draft/b.md', 'draft/sub/c.gw'],
    );
  });
  it('reads stdin and uses --stdin-filename for config and format', async () => {
    const r = await runCli(['--format', 'json', '--stdin-filename', 'project/from-stdin.txt', '-'], { cwd: dir, stdin: '完成X亿元，X号设备。' });
    const [report] = json(r.stdout);
    assert.equal(report!.filePath, join(dir, 'project/from-stdin.txt'));
    assert.deepEqual(report!.messages.map((m) => m.severity), [1]);
    assert.equal(r.code, 0);
  });
  it('skips a binary file with a message', async () => {
    const r = await runCli(['binary.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /跳过二进制文件.*binary\.txt/);
  });
  it('applies the nearest .gongwenrc.json (comments allowed)', async () => {
    const r = await runCli(['--format', 'json', 'project/doc.txt'], { cwd: dir });
    const [report] = json(r.stdout);
    assert.equal(report!.messages.length, 1);
    assert.equal(report!.warningCount, 1);
    assert.equal(r.code, 0);
  });
  it('--config overrides the nearest file, and --rule overrides both', async () => {
    file('strict.json', '{ "rules": { "placeholder": "error" } }');
    const strict = await runCli(['--config', 'strict.json', 'project/doc.txt'], { cwd: dir });
    assert.equal(strict.code, 1);
    const off = await runCli(['--config', 'strict.json', '--rule', 'placeholder:off', 'project/doc.txt'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.equal(off.stdout, '');
  });
  it('--locale en prints English', async () => {
    const r = await runCli(['--locale', 'en', 'draft/a.txt'], { cwd: dir });
    assert.match(r.stdout, /error {2}Unfilled placeholder: number \(亿元\)/);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
  });
  it('--help and --version exit 0', async () => {
    assert.match((await runCli(['--help'])).stdout, /用法 Usage: gongwen-lint/);
    assert.match((await runCli(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('CLI overrides and Markdown directives', () => {
  it('applies .gongwenrc.json overrides by path, and --rule still wins', async () => {
    file('over/.gongwenrc.json', '{ "overrides": [{ "files": "附件/**", "rules": { "placeholder": "off" } }] }');
    file('over/附件/表格.txt', '完成X亿元。\n');
    file('over/正文.txt', '完成X亿元。\n');
    const r = await runCli(['--format', 'json', 'over'], { cwd: dir });
    const counts = Object.fromEntries(json(r.stdout).map((f) => [f.filePath.split('/').slice(-1)[0], f.messages.length]));
    assert.deepEqual(counts, { '表格.txt': 0, '正文.txt': 1 });
    const flagged = await runCli(['--format', 'json', '--rule', 'placeholder:warning', 'over/附件/表格.txt'], { cwd: dir });
    assert.equal(json(flagged.stdout)[0]!.messages.length, 1);
  });
  it('honours gongwen-disable comments in Markdown', async () => {
    file('directives.md', '<!-- gongwen-disable-next-line placeholder -->\n完成X亿元。\n\n增长X%。\n');
    const r = await runCli(['--format', 'json', 'directives.md'], { cwd: dir });
    assert.deepEqual(json(r.stdout)[0]!.messages.map((m) => m.message), ['未填写的占位符：百分比——“增长X%”']);
  });
});
