import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../server/src/node/decode.js';
import { encode } from '../../server/src/node/encode.js';

const gb18030 = new TextDecoder('gb18030', { fatal: true });
const bytesOf = (text: string) => {
  const result = encode(text, 'gb18030', false);
  assert.ok(result.ok, `U+${text.codePointAt(0)!.toString(16)} should encode`);
  return result.bytes;
};
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

// Private-use characters that GB18030-2022 moved off their codes (and U+E5E5, which WHATWG never
// encodes): a decoder following it yields them from no byte sequence, so they cannot be written.
const PRIVATE_USE_WITHOUT_CODE = new Set([
  0xe5e5, 0xe78d, 0xe78e, 0xe78f, 0xe790, 0xe791, 0xe792, 0xe793, 0xe794, 0xe795, 0xe796, 0xe81e, 0xe826, 0xe82b, 0xe82c,
  0xe832, 0xe843, 0xe854, 0xe864,
]);

describe('encode: Unicode encodings', () => {
  const text = '公文𠮷\r\nX亿元\r';
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
    for (const bom of encoding === 'utf-8' ? [false, true] : [true]) {
      it(`${encoding}${bom ? ' with BOM' : ''} round-trips through decode`, () => {
        const result = encode(text, encoding, bom);
        assert.ok(result.ok);
        assert.deepEqual(decode(result.bytes), { ok: true, text, encoding, bom, lossy: false });
      });
    }
  }
  it('writes UTF-16BE big-endian after its BOM', () => {
    const result = encode('公', 'utf-16be', true);
    assert.ok(result.ok);
    assert.equal(hex(result.bytes), 'feff516c');
  });
  it('refuses a lone surrogate instead of writing U+FFFD', () => {
    for (const encoding of ['utf-8', 'utf-16le', 'gb18030'] as const) {
      assert.deepEqual(encode('ab\uD842c', encoding, false), { ok: false, offset: 2 });
      assert.deepEqual(encode('ab\uDFB7', encoding, false), { ok: false, offset: 2 });
    }
  });
});

describe('encode: GB18030', () => {
  it('writes ASCII, GBK and four-byte characters as Windows does', () => {
    assert.equal(hex(bytesOf('A中文公文')), '41d6d0cec4b9abcec4');
    assert.equal(hex(bytesOf('€')), 'a2e3');
    assert.equal(hex(bytesOf('\u0080')), '81308130');
    assert.equal(hex(bytesOf('\uFFFF')), '8431a439');
    assert.equal(hex(bytesOf('𠮷')), '9534b235');
    assert.equal(hex(bytesOf('\u{10000}')), '90308130');
    assert.equal(hex(bytesOf('\u{10FFFF}')), 'e3329a35');
  });

  it('round-trips every BMP character through TextDecoder; only code-less private-use characters fail', () => {
    const failed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const result = encode(ch, 'gb18030', false);
      if (!result.ok) {
        failed.push(c);
        continue;
      }
      assert.equal(gb18030.decode(result.bytes), ch, `U+${c.toString(16)} → ${hex(result.bytes)}`);
      const expectedLength = c < 0x80 ? 1 : [2, 4];
      if (typeof expectedLength === 'number') assert.equal(result.bytes.length, expectedLength);
      else assert.ok(expectedLength.includes(result.bytes.length));
    }
    assert.ok(failed.length <= PRIVATE_USE_WITHOUT_CODE.size, failed.map((c) => c.toString(16)).join(' '));
    for (const c of failed) assert.ok(PRIVATE_USE_WITHOUT_CODE.has(c), `U+${c.toString(16)} has no code`);
  });

  it('round-trips astral characters through TextDecoder', () => {
    const samples = [0x10000, 0x1f600, 0x20000, 0x20087, 0x20bb7, 0x2a6d6, 0x2b740, 0x30000, 0xe0001, 0xfffff, 0x10ffff];
    for (let c = 0x10000; c <= 0x10ffff; c += 4099) samples.push(c);
    for (const c of samples) {
      const ch = String.fromCodePoint(c);
      const bytes = bytesOf(ch);
      assert.equal(bytes.length, 4);
      assert.equal(gb18030.decode(bytes), ch, `U+${c.toString(16)} → ${hex(bytes)}`);
    }
  });

  it('writes back every two-byte code it reads, except the second code of a character that has two', () => {
    const differ: string[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const bytes = Uint8Array.of(lead, trail);
        if (hex(bytesOf(gb18030.decode(bytes))) !== hex(bytes)) differ.push(hex(bytes));
      }
    }
    // A3A0 reads as U+3000, whose code is A1A1.
    assert.ok(differ.length <= 1 && differ.every((code) => code === 'a3a0'), differ.join(' '));
  });

  it('round-trips a whole draft and is fast enough for a large file', () => {
    const draft = '关于做好秋冬季农业生产工作的讲话\r\n一、总体情况\n（一）粮食生产€总体稳定𠮷。\r'.repeat(20_000);
    const started = performance.now();
    const bytes = bytesOf(draft);
    assert.ok(performance.now() - started < 2000);
    assert.equal(gb18030.decode(bytes), draft);
  });
});
