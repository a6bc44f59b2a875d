import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeBack } from '../../server/src/cli/write-back.js';
import { decode } from '../../server/src/node/decode.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-write-back-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => {
  const bytes = readFileSync(path);
  const decoded = decode(bytes);
  assert.ok(decoded.ok);
  return { ...decoded, bytes };
};

describe('writeBack', () => {
  it('writes the fixed text in the encoding it was read in', () => {
    const path = join(dir, 'gbk.txt');
    writeFileSync(path, Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a]));
    assert.deepEqual(writeBack(path, read(path), '中文公文\r\n'), { ok: true });
    assert.deepEqual([...readFileSync(path)], [0xd6, 0xd0, 0xce, 0xc4, 0xb9, 0xab, 0xce, 0xc4, 0x0d, 0x0a]);
  });

  it('does not overwrite a file saved by someone else after it was read', () => {
    const path = join(dir, 'changed.txt');
    writeFileSync(path, '（一）、甲\n');
    const before = read(path);
    writeFileSync(path, '（一）、甲\n（二）、乙\n');
    assert.deepEqual(writeBack(path, before, '（一）甲\n'), {
      ok: false,
      message: `未写回：读取后文件已被改动（not written, changed on disk since read）：${path}`,
    });
    assert.equal(readFileSync(path, 'utf8'), '（一）、甲\n（二）、乙\n');
  });

  it('refuses a character the encoding cannot represent, naming it and where it is', () => {
    const path = join(dir, 'pua.txt');
    writeFileSync(path, Uint8Array.from([0xd6, 0xd0, 0x0a]));
    assert.deepEqual(writeBack(path, read(path), '中\n文\uE5E5\n'), {
      ok: false,
      message: `未修复：修复后第 2 行第 2 列的字符 U+E5E5 无法用 GB18030 表示（not fixed, U+E5E5 is not representable in GB18030）：${path}`,
    });
    assert.deepEqual([...readFileSync(path)], [0xd6, 0xd0, 0x0a]);
  });

  it('reports a write error with its code and leaves no temporary file', () => {
    const path = join(dir, 'gone', 'x.txt');
    const result = writeBack(path, { text: 'a', encoding: 'utf-8', bom: false, lossy: false, bytes: Buffer.from('a') }, 'b');
    assert.deepEqual(result, { ok: false, message: `无法写入（cannot write）：${path}（ENOENT）` });
    assert.deepEqual(readdirSync(dir).sort(), ['changed.txt', 'gbk.txt', 'pua.txt']);
  });
});
