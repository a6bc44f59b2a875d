import assert from 'node:assert/strict';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encode } from '../../server/src/node/encode.js';
import { runCli } from '../helpers/run.js';

// Five fixable findings (marker styles, a repeated and a skipped number) and one that is not (X亿元).
const DRAFT = [
  '关于做好秋冬季农业生产工作的讲话',
  '一、总体情况',
  '（一）、粮食生产总体稳定。',
  '(二)农村环境持续改善。',
  '（三）项目建设有序推进。',
  '（三）基层治理不断加强。',
  '二、存在问题',
  '1、基础还不牢固。',
  '2.群众参与不够。',
  '四、下步打算',
  '　　全年完成投资X亿元。',
];
const FIXED = [
  '关于做好秋冬季农业生产工作的讲话',
  '一、总体情况',
  '（一）粮食生产总体稳定。',
  '（二）农村环境持续改善。',
  '（三）项目建设有序推进。',
  '（四）基层治理不断加强。',
  '二、存在问题',
  '1.基础还不牢固。',
  '2.群众参与不够。',
  '三、下步打算',
  '　　全年完成投资X亿元。',
];
const lf = (lines: readonly string[]) => `${lines.join('\n')}\n`;

let dir: string;
let n = 0;
/** A fresh file in a fresh directory, so that each test lints only its own files. */
const file = (name: string, content: string | Uint8Array) => {
  const sub = join(dir, `case${n++}`);
  mkdirSync(sub);
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
};
const utf8 = (s: string) => Buffer.from(s, 'utf8');
type JsonReport = { filePath: string; messages: { ruleId: string; line: number; column: number }[]; output?: string; fixableErrorCount: number; fixableWarningCount: number };
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-fix-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('--fix', () => {
  it('writes the fixed text and reports only what remains', async () => {
    const path = file('draft.txt', lf(DRAFT));
    const r = await runCli(['--fix', path]);
    assert.equal(readFileSync(path, 'utf8'), lf(FIXED));
    assert.match(r.stdout, /11:9 {2}错误 {2}未填写的占位符：数值（亿元）——“[^”]+” {2}placeholder\n/);
    assert.match(r.stdout, /✖ 1 个问题（1 个错误，0 个警告或提示）\n$/);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
  });

  it('puts the fixed text in the JSON output, as ESLint does', async () => {
    const path = file('draft.txt', lf(DRAFT));
    const [report] = json((await runCli(['--fix', '--format', 'json', path])).stdout);
    assert.equal(report!.output, lf(FIXED));
    assert.deepEqual(report!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['11:9 placeholder']);
    assert.equal(report!.fixableErrorCount + report!.fixableWarningCount, 0);
  });

  it('--fix-dry-run fixes in memory only', async () => {
    const path = file('draft.txt', lf(DRAFT));
    const r = await runCli(['--fix-dry-run', '--format', 'json', path]);
    assert.equal(readFileSync(path, 'utf8'), lf(DRAFT));
    assert.equal(json(r.stdout)[0]!.output, lf(FIXED));
    assert.equal(r.code, 1);
  });

  it('--fix-dry-run reads stdin; --fix refuses it', async () => {
    const r = await runCli(['--fix-dry-run', '--format', 'json', '-'], { stdin: lf(DRAFT) });
    assert.equal(json(r.stdout)[0]!.output, lf(FIXED));
    const refused = await runCli(['--fix', '-'], { stdin: lf(DRAFT) });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--fix 无法写回标准输入，请改用 --fix-dry-run --format json（--fix cannot write to stdin）/);
    assert.equal((await runCli(['--fix', '--fix-dry-run', 'x.txt'])).code, 2);
  });

  it('leaves a file without fixes untouched: same inode, same mtime', async () => {
    const path = file('clean.txt', '　　全年完成投资X亿元。\n');
    const old = new Date('2020-01-02T03:04:05Z');
    utimesSync(path, old, old);
    const before = statSync(path);
    const r = await runCli(['--fix', path]);
    assert.equal(r.code, 1);
    const after = statSync(path);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, old.getTime());
  });

  it('keeps CRLF, CR and mixed line endings byte for byte', async () => {
    for (const eols of [['\r\n'], ['\r'], ['\r\n', '\n', '\r', '\r\n', '\r']]) {
      const join = (lines: readonly string[]) => lines.map((line, i) => line + eols[i % eols.length]).join('');
      const path = file('draft.txt', join(DRAFT));
      await runCli(['--fix', path]);
      assert.deepEqual(readFileSync(path), utf8(join(FIXED)), JSON.stringify(eols));
    }
  });

  it('keeps the encoding and its BOM: UTF-8 with BOM, UTF-16LE, UTF-16BE, GB18030', async () => {
    for (const [encoding, bom] of [['utf-8', true], ['utf-16le', true], ['utf-16be', true], ['gb18030', false]] as const) {
      const bytes = (lines: readonly string[]) => {
        const result = encode(lf(lines), encoding, bom);
        assert.ok(result.ok);
        return Buffer.from(result.bytes);
      };
      const path = file('draft.txt', bytes(DRAFT));
      const r = await runCli(['--fix', path]);
      assert.equal(r.stderr, '', encoding);
      assert.deepEqual(readFileSync(path), bytes(FIXED), encoding);
    }
  });

  it('reads GBK bytes written by Windows and writes GBK bytes back', async () => {
    // 「（一）、中文」 in GBK, fixed to 「（一）中文」.
    const path = file('gbk.txt', Uint8Array.from([0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xa1, 0xa2, 0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a]));
    await runCli(['--fix', path]);
    assert.deepEqual([...readFileSync(path)], [0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a]);
  });

  it('keeps the file mode, and a symlink stays a symlink to the fixed file', async () => {
    const path = file('draft.txt', lf(DRAFT));
    chmodSync(path, 0o640);
    const link = join(path, '..', 'link.txt');
    symlinkSync('draft.txt', link);
    await runCli(['--fix', link]);
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(path, 'utf8'), lf(FIXED));
    assert.deepEqual(readdirSync(join(path, '..')).sort(), ['draft.txt', 'link.txt']);
  });

  it('leaves a read-only file alone', { skip: process.getuid?.() === 0 && 'root may write anything' }, async () => {
    const path = file('draft.txt', lf(DRAFT));
    chmodSync(path, 0o444);
    const r = await runCli(['--fix', path]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `gongwen-lint: 无法写入（cannot write）：${path}（EACCES）\n`);
    assert.equal(readFileSync(path, 'utf8'), lf(DRAFT));
  });

  it('refuses to write back what it could not read losslessly, and goes on with the other files', async () => {
    const invalid = Buffer.concat([utf8(lf(DRAFT)), Buffer.from([0xff, 0xfe, 0x0a])]);
    const invalidPath = file('invalid-utf8.txt', invalid);
    // GB18030 with a lone 0x80, which reads as € but writes back as A2 E3.
    const euro = Buffer.concat([Buffer.from((encode(lf(DRAFT), 'gb18030', false) as { bytes: Uint8Array }).bytes), Buffer.from([0x80, 0x0a])]);
    const euroPath = file('euro.txt', euro);
    const goodPath = file('good.txt', lf(DRAFT));
    const r = await runCli(['--fix', invalidPath, euroPath, goodPath]);
    assert.equal(r.code, 2);
    assert.deepEqual(readFileSync(invalidPath), invalid);
    assert.deepEqual(readFileSync(euroPath), euro);
    assert.equal(readFileSync(goodPath, 'utf8'), lf(FIXED));
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `gongwen-lint: ${invalidPath}：含无效的 UTF-8 字节，已按 U+FFFD 检查（invalid UTF-8）`,
      `gongwen-lint: 未修复：文件含无效的 UTF-8 字节，写回会丢失它们（not fixed, invalid UTF-8 bytes would be lost）：${invalidPath}`,
      `gongwen-lint: 未修复：按 GB18030 重新编码不能逐字节还原原文件（not fixed, GB18030 would not round-trip byte for byte）：${euroPath}`,
    ]);
    // The unwritten files are reported as they are, with their fixable findings.
    assert.match(r.stdout, /invalid-utf8\.txt\n {2}3:1 /);
    assert.match(r.stdout, /euro\.txt\n {2}3:1 /);
  });
});
