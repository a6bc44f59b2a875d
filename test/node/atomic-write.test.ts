import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FileChangedError, TEMP_FILE, writeFileAtomic } from '../../server/src/node/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-atomic-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and leaves no temporary file behind', () => {
    const path = join(dir, '.gongwenrc.json');
    writeFileAtomic(path, '{}\n');
    assert.equal(readFileSync(path, 'utf8'), '{}\n');
    assert.deepEqual(readdirSync(dir), ['.gongwenrc.json']);
  });
  it('replaces a file and keeps its mode', () => {
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    writeFileAtomic(path, '新的内容𠮷');
    assert.equal(readFileSync(path, 'utf8'), '新的内容𠮷');
    assert.equal(statSync(path).mode & 0o777, 0o640);
  });
  it('throws and leaves the old file and no temporary file when it cannot write', () => {
    const path = join(dir, 'missing-dir', 'x.json');
    assert.throws(() => writeFileAtomic(path, 'x'), /ENOENT/);
    assert.deepEqual(readdirSync(dir).sort(), ['.gongwenrc.json', 'draft.txt']);
  });
  it('writes when the file still holds the expected bytes', () => {
    const path = join(dir, 'draft.txt');
    writeFileAtomic(path, '第二版', { expected: readFileSync(path) });
    assert.equal(readFileSync(path, 'utf8'), '第二版');
  });
  it('refuses, keeping the other writer\'s file, when the file changed since it was read', () => {
    const sub = join(dir, 'changed');
    mkdirSync(sub);
    const path = join(sub, 'draft.txt');
    writeFileSync(path, '读取时的内容');
    const expected = readFileSync(path);
    writeFileSync(path, '别人刚保存的内容');
    assert.throws(() => writeFileAtomic(path, '修复后的内容', { expected }), FileChangedError);
    assert.equal(readFileSync(path, 'utf8'), '别人刚保存的内容');
    assert.deepEqual(readdirSync(sub), ['draft.txt']);
    rmSync(path);
    assert.throws(() => writeFileAtomic(path, '修复后的内容', { expected }), FileChangedError);
    assert.deepEqual(readdirSync(sub), []);
  });
  it('writes through a symlink, which stays a symlink', () => {
    const sub = join(dir, 'linked');
    mkdirSync(join(sub, 'real'), { recursive: true });
    writeFileSync(join(sub, 'real', 'draft.txt'), 'old');
    symlinkSync(join('real', 'draft.txt'), join(sub, 'draft.txt'));
    writeFileAtomic(join(sub, 'draft.txt'), 'new');
    assert.ok(lstatSync(join(sub, 'draft.txt')).isSymbolicLink());
    assert.equal(readFileSync(join(sub, 'real', 'draft.txt'), 'utf8'), 'new');
    assert.deepEqual(readdirSync(join(sub, 'real')), ['draft.txt']);
  });
  it('names temporary files so that a crash leftover is recognizable', () => {
    assert.match('.报告.txt.0123456789ab.tmp', TEMP_FILE);
    assert.doesNotMatch('报告.txt', TEMP_FILE);
  });
});
