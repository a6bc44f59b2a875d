import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../server/src/node/decode.js';

// 「中文公文」 in GBK/GB18030.
const GBK = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xb9, 0xab, 0xce, 0xc4]);

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    assert.deepEqual(decode(Buffer.from('中文X', 'utf8')), { ok: true, text: '中文X', encoding: 'utf-8', bom: false, lossy: false });
  });
  it('reads UTF-8 with a BOM and drops it from the text', () => {
    const result = decode(Buffer.from('\uFEFF中文', 'utf8'));
    assert.deepEqual(result, { ok: true, text: '中文', encoding: 'utf-8', bom: true, lossy: false });
  });
  it('reads GBK as GB18030 without mojibake', () => {
    assert.deepEqual(decode(GBK), { ok: true, text: '中文公文', encoding: 'gb18030', bom: false, lossy: false });
  });
  it('reads UTF-16LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('公文𠮷', 'utf16le')]);
    assert.deepEqual(decode(bytes), { ok: true, text: '公文𠮷', encoding: 'utf-16le', bom: true, lossy: false });
  });
  it('reads UTF-16BE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('公文𠮷', 'utf16le').swap16()]);
    assert.deepEqual(decode(bytes), { ok: true, text: '公文𠮷', encoding: 'utf-16be', bom: true, lossy: false });
  });
  it('marks UTF-16 with an odd byte or an unpaired surrogate as lossy', () => {
    const odd = decode(Uint8Array.from([0xff, 0xfe, 0x6c, 0x51, 0x41]));
    assert.ok(odd.ok && odd.lossy && odd.text === '公\uFFFD');
    const lone = decode(Uint8Array.from([0xff, 0xfe, 0x42, 0xd8, 0x41, 0x00]));
    assert.ok(lone.ok && lone.lossy && lone.text === '\uFFFDA');
  });
  it('calls files with NUL bytes binary', () => {
    assert.deepEqual(decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])), { ok: false, reason: 'binary' });
  });
  it('marks text that is neither UTF-8 nor GB18030 as lossy', () => {
    const result = decode(Uint8Array.from([0x61, 0xff, 0xff, 0xff, 0x62]));
    assert.ok(result.ok);
    assert.equal(result.lossy, true);
    assert.equal(result.encoding, 'utf-8');
  });
  it('reads an empty file as empty text', () => {
    assert.deepEqual(decode(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8', bom: false, lossy: false });
  });
});
