import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeFileAtomic } from '../../server/src/node/atomic-write.js';

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
});
