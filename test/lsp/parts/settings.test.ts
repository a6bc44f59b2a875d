import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/limits.js';
import { readSettings } from '../../../server/src/lsp/settings.js';

describe('readSettings', () => {
  it('defaults', () => {
    const { settings, errors } = readSettings(undefined);
    assert.deepEqual(errors, []);
    assert.equal(settings.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.equal(settings.enable, true);
  });

  it('takes a positive whole maxFileSize and reports anything else, in either language', () => {
    assert.equal(readSettings({ maxFileSize: 10 }).settings.maxFileSize, 10);
    for (const bad of [0, -1, 1.5, '10', Number.POSITIVE_INFINITY]) {
      const { settings, errors } = readSettings({ maxFileSize: bad }, 'en');
      assert.equal(settings.maxFileSize, DEFAULT_MAX_FILE_SIZE);
      assert.deepEqual(errors, [{ path: 'gongwen.maxFileSize', message: 'expected a positive whole number of bytes, such as 4194304' }]);
    }
    assert.equal(readSettings({ enable: 'yes' }).errors[0]!.message, '应为 true 或 false');
  });

  it('ignores the settings only the extension reads, whatever their value', () => {
    assert.deepEqual(readSettings({ speechRate: 300, untitled: { keepLanguage: false } }).errors, []);
    assert.deepEqual(readSettings({ untitled: 'nonsense' }).errors, []);
  });
});
