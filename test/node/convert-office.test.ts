import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { libreOfficeConverter } from '../../server/src/node/convert-office.js';

// A stand-in for LibreOffice that hangs: its launcher starts the real work in a process of its own,
// as soffice starts soffice.bin, and never returns. Linux only (the left-over is found in /proc).

const MARK = `gongwen-fake-soffice-bin-${process.pid}`;

/** The processes whose command line holds `mark`. */
function running(mark: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(mark);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('converting a Word document that makes LibreOffice hang', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
  let bin: string;
  let savedPath: string | undefined;

  before(() => {
    bin = mkdtempSync(join(tmpdir(), 'gongwen-fake-soffice-'));
    // The worker keeps the launcher's arguments (the profile folder among them) in its command line.
    writeFileSync(join(bin, 'soffice'), `#!/bin/sh\nsh -c 'while :; do sleep 1; done' ${MARK} "$@" &\nwait\n`);
    chmodSync(join(bin, 'soffice'), 0o755);
    savedPath = process.env['PATH'];
    process.env['PATH'] = `${bin}${delimiter}${savedPath ?? ''}`;
  });

  after(() => {
    process.env['PATH'] = savedPath;
    for (const pid of running(MARK)) process.kill(pid, 'SIGKILL');
    rmSync(bin, { recursive: true, force: true });
  });

  it('times out with a message, leaves no LibreOffice process behind and removes its folder', () => {
    const convert = libreOfficeConverter({ timeoutMs: 2000 });
    assert.ok(convert, 'the stand-in is on the PATH');
    const before = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('gongwen-convert-')));
    const result = convert(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'ole', '.doc');
    assert.deepEqual(result, { ok: false, detail: 'timed out after 2 s' });
    assert.deepEqual(running(MARK), []);
    const left = readdirSync(tmpdir()).filter((name) => name.startsWith('gongwen-convert-') && !before.has(name));
    assert.deepEqual(left, []);
    assert.equal(existsSync(bin), true);
  });
});
