import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBytes, sizeOver } from '../../../server/src/lsp/file-size.js';

describe('file size', () => {
  it('measures UTF-8 bytes, not characters', () => {
    assert.equal(sizeOver('一'.repeat(10), 30), undefined);
    assert.equal(sizeOver('一'.repeat(11), 30), 33);
    assert.equal(sizeOver('𠮷'.repeat(4), 15), 16);
    assert.equal(sizeOver('a'.repeat(31), 30), 31);
    assert.equal(sizeOver('', 1), undefined);
  });

  it('says sizes as file managers do', () => {
    assert.deepEqual(
      [formatBytes(1000, 'zh-CN'), formatBytes(1000, 'en'), formatBytes(1536, 'en'), formatBytes(4 * 1024 * 1024, 'zh-CN')],
      ['1000 字节', '1000 bytes', '1.5 KB', '4.0 MB'],
    );
  });
});
