import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/limits.js';
import { writeFileIn } from '../helpers/files.js';
import { runCli } from '../helpers/run.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => writeFileIn(dir, name, content);
type JsonReport = { filePath: string; messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] };
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[];
const where = (report: JsonReport | undefined) => report!.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
// chmod 000 does not keep root out.
const asRoot = process.getuid?.() === 0;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-bad-input-'));
});
after(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('CLI bad input', () => {
  it('an empty file is clean', async () => {
    const path = file('empty/empty.txt', '');
    for (const args of [[path], ['--fix', path]]) {
      const r = await runCli(args);
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    }
    assert.equal(readFileSync(path).length, 0);
  });

  it('a binary file is skipped with a message and never rewritten', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xef, 0xbc, 0x88, 0xe4, 0xb8, 0x80, 0xef, 0xbc, 0x89, 0xe3, 0x80, 0x81]);
    const path = file('binary/archive.txt', bytes);
    const r = await runCli(['--fix', path]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, `gongwen-lint: 跳过二进制文件（skipped, binary）：${path}\n`);
    assert.deepEqual(readFileSync(path), Buffer.from(bytes));
  });

  it('a file over --max-file-size is skipped with its size and the limit', async () => {
    const path = file('size/draft.txt', 'X'.repeat(101));
    const r = await runCli(['--max-file-size', '100', path]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, `gongwen-lint: 跳过过大的文件（skipped, too large）：${path}（101 字节，上限 100 字节，可用 --max-file-size 调整）\n`);
    assert.equal((await runCli(['--max-file-size', '101', path])).code, 1);
    const stdin = await runCli(['--max-file-size', '3', '-'], { stdin: 'X亿元' });
    assert.equal(stdin.stderr, 'gongwen-lint: 跳过过大的文件（skipped, too large）：<text>（7 字节，上限 3 字节，可用 --max-file-size 调整）\n');
    const bad = await runCli(['--max-file-size', '4MB', path]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-file-size 应为字节数（非负整数），实际为 "4MB"（--max-file-size takes a number of bytes）/);
  });

  it('the default limit is checked before reading: an 8 GiB sparse file is skipped at once', async () => {
    const path = file('size/huge.txt', '');
    truncateSync(path, 8 * 1024 ** 3);
    const started = Date.now();
    const r = await runCli(['--fix', path]);
    assert.ok(Date.now() - started < 5000);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, `gongwen-lint: 跳过过大的文件（skipped, too large）：${path}（${8 * 1024 ** 3} 字节，上限 ${DEFAULT_MAX_FILE_SIZE} 字节，可用 --max-file-size 调整）\n`);
  });

  it('a 1,000,000-character line is linted and fixed in reasonable time', async () => {
    const prose = '经济社会发展保持稳中有进的良好态势，各项工作取得新成效，'.repeat(40_000).slice(0, 1_000_000);
    const path = file('long/line.txt', `${prose}完成X亿元。\n（一）、粮食生产\n`);
    const started = Date.now();
    const r = await runCli(['--fix', '--format', 'json', path]);
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
    assert.deepEqual(where(json(r.stdout)[0]), ['1:1000003-1:1000004 placeholder']);
    assert.equal(readFileSync(path, 'utf8'), `${prose}完成X亿元。\n（一）粮食生产\n`);
  });

  it('CRLF, CR and mixed line endings give the right lines and columns', async () => {
    const lines = ['标题', '完成X亿元', '（一）粮食', '增长X%', '某某同志', '第X次会议'];
    for (const eols of [['\r\n'], ['\r'], ['\n', '\r\n', '\r', '\r\n', '\n', '\r']]) {
      const path = file(`eol/${eols.length}-${eols[0]!.length}.txt`, lines.map((line, i) => line + eols[i % eols.length]).join(''));
      const r = await runCli(['--format', 'json', path]);
      assert.deepEqual(
        where(json(r.stdout)[0]),
        ['2:3-2:4 placeholder', '4:3-4:4 placeholder', '5:1-5:3 placeholder', '6:2-6:3 placeholder'],
        JSON.stringify(eols),
      );
    }
  });

  it('a BOM does not shift columns', async () => {
    const path = file('bom/draft.txt', '\uFEFFX亿元\r\n增长X%\r\n');
    const r = await runCli(['--format', 'json', path]);
    assert.deepEqual(where(json(r.stdout)[0]), ['1:1-1:2 placeholder', '2:3-2:4 placeholder']);
  });

  it('invalid UTF-8 is linted with U+FFFD and a warning', async () => {
    const path = file('invalid/draft.txt', Buffer.concat([Buffer.from('完成X亿元', 'utf8'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('，增长X%', 'utf8')]));
    const r = await runCli(['--format', 'json', path]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `gongwen-lint: ${path}：含无效的 UTF-8 字节，已按 U+FFFD 检查（invalid UTF-8）\n`);
    assert.deepEqual(where(json(r.stdout)[0]), ['1:3-1:4 placeholder', '1:13-1:14 placeholder']);
  });

  it('a directory named like a file is walked; as --config it is an error', async () => {
    file('dirs/notes.txt/a.txt', '完成X亿元\n');
    const walked = await runCli(['--format', 'json', 'notes.txt'], { cwd: join(dir, 'dirs') });
    assert.deepEqual(json(walked.stdout).map((r) => r.filePath), [join(dir, 'dirs/notes.txt/a.txt')]);
    const config = await runCli(['--config', 'notes.txt', 'notes.txt/a.txt'], { cwd: join(dir, 'dirs') });
    assert.equal(config.code, 2);
    assert.equal(config.stderr, `gongwen-lint: ${join(dir, 'dirs/notes.txt')}: 无法读取文件（EISDIR）\n`);
  });

  it('an unreadable file or directory is reported, and the others are still linted', { skip: asRoot && 'root reads chmod 000 files' }, async () => {
    const locked = file('locked/secret.txt', '完成X亿元\n');
    file('locked/dir/inner.txt', '完成X亿元\n');
    const open = file('locked/open.txt', '完成X亿元\n');
    chmodSync(locked, 0o000);
    chmodSync(join(dir, 'locked/dir'), 0o000);
    try {
      const r = await runCli(['--fix', '--format', 'json', join(dir, 'locked')]);
      assert.equal(r.code, 2);
      assert.deepEqual(r.stderr.trim().split('\n').sort(), [
        `gongwen-lint: 无法读取目录（cannot read directory）：${join(dir, 'locked/dir')}（EACCES）`,
        `gongwen-lint: 无法读取（cannot read）：${locked}（EACCES）`,
      ]);
      assert.deepEqual(json(r.stdout).map((x) => x.filePath), [open]);
    } finally {
      chmodSync(locked, 0o644);
      chmodSync(join(dir, 'locked/dir'), 0o755);
    }
    assert.equal(readFileSync(locked, 'utf8'), '完成X亿元\n');
  });

  it('symlink loops and dangling symlinks in a walk are skipped with a note, without hanging', async () => {
    const root = join(dir, 'links');
    file('links/a/draft.txt', '完成X亿元\n');
    mkdirSync(join(root, 'b'));
    symlinkSync(join(root, 'b'), join(root, 'a/to-b'));
    symlinkSync(join(root, 'a'), join(root, 'b/to-a'));
    symlinkSync(root, join(root, 'a/up'));
    symlinkSync('self.txt', join(root, 'self.txt'));
    symlinkSync('ping.txt', join(root, 'pong.txt'));
    symlinkSync('pong.txt', join(root, 'ping.txt'));
    symlinkSync('missing.txt', join(root, 'dangling.txt'));
    symlinkSync('missing.png', join(root, 'dangling.png'));
    const started = Date.now();
    const r = await runCli(['--format', 'json', root]);
    assert.ok(Date.now() - started < 5000);
    assert.equal(r.code, 1);
    assert.deepEqual(json(r.stdout).map((x) => x.filePath), [join(root, 'a/draft.txt')]);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `gongwen-lint: 跳过指向不存在目标的符号链接（skipped, dangling symlink）：${join(root, 'dangling.txt')}`,
      `gongwen-lint: 跳过成环的符号链接（skipped, symlink loop）：${join(root, 'ping.txt')}`,
      `gongwen-lint: 跳过成环的符号链接（skipped, symlink loop）：${join(root, 'pong.txt')}`,
      `gongwen-lint: 跳过成环的符号链接（skipped, symlink loop）：${join(root, 'self.txt')}`,
    ]);
  });

  it('a dangling symlink or a symlink loop named directly is an error', async () => {
    const r = await runCli(['dangling.txt', 'self.txt', 'a/draft.txt'], { cwd: join(dir, 'links') });
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'gongwen-lint: 指向不存在目标的符号链接（dangling symlink）：dangling.txt',
      'gongwen-lint: 成环的符号链接（symlink loop）：self.txt',
    ]);
    assert.match(r.stdout, /a\/draft\.txt\n {2}1:3 /);
  });
});
