import type { Encoding } from './decode.js';

export type Encoded =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      /** The UTF-16 offset of the first character the encoding cannot represent. */
      readonly offset: number;
    };

const BOM: Readonly<Record<Encoding, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/**
 * The inverse of `decode`: `text` in `encoding`, with the BOM if `bom`. Fails instead of
 * substituting: a lone surrogate or a character GB18030 has no code for is never written as `?`.
 */
export function encode(text: string, encoding: Encoding, bom: boolean): Encoded {
  const lone = loneSurrogate(text);
  if (lone >= 0) return { ok: false, offset: lone };
  let body: Uint8Array;
  if (encoding === 'gb18030') {
    const result = encodeGb18030(text);
    if (!result.ok) return result;
    body = result.bytes;
  } else if (encoding === 'utf-8') {
    body = Buffer.from(text, 'utf8');
  } else {
    body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') (body as Buffer).swap16();
  }
  if (!bom || BOM[encoding].length === 0) return { ok: true, bytes: body };
  const bytes = new Uint8Array(BOM[encoding].length + body.length);
  bytes.set(BOM[encoding]);
  bytes.set(body, BOM[encoding].length);
  return { ok: true, bytes };
}

function loneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return i;
    i++;
  }
  return -1;
}

/** The first four-byte pointer of the supplementary planes (0x90308130). */
const ASTRAL_POINTER = 189000;
/** Four-byte pointers 0 … 39419 (0x81308130 … 0x8431A439) cover the BMP characters without a two-byte code. */
const BMP_POINTERS = 39420;

let table: Uint32Array | undefined;

function encodeGb18030(text: string): Encoded {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    let code: number;
    if (c >= 0xd800 && c <= 0xdbff) {
      code = pointerBytes(ASTRAL_POINTER + (text.codePointAt(i)! - 0x10000));
      i++;
    } else {
      code = table[c]!;
      if (code === 0) return { ok: false, offset: i };
    }
    if (code > 0xffff) {
      out[n++] = code >>> 24;
      out[n++] = (code >>> 16) & 0xff;
    }
    out[n++] = (code >>> 8) & 0xff;
    out[n++] = code & 0xff;
  }
  return { ok: true, bytes: out.subarray(0, n) };
}

/*
 * Not iconv-lite: it follows GB18030-2005, so 18 characters that GB18030-2022 (the WHATWG decoder
 * `decode` reads with) gives two-byte codes would be written back as other, four-byte codes, and 19
 * private-use characters as codes that read back as other characters; and it bundles every CJK
 * table it has, adding about 490 KB to the CLI. The table below is read off the decoder instead.
 */

/**
 * Code per BMP character: `lead << 8 | trail` for two bytes, the four bytes packed for four, 0 for
 * none. Read off the runtime's own decoder, so a file is written back with the mapping it was read
 * with. That mapping is GB18030-2022's two-byte table over GB18030-2005's four-byte ranges (as the
 * WHATWG decoder has it), so 18 characters have both a two- and a four-byte code and some private-use
 * characters have none; where there are two codes the two-byte one is kept, as the WHATWG encoder does.
 */
function buildTable(): Uint32Array {
  const codes = new Uint32Array(0x10000);
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const take = (bytes: Uint8Array, code: number) => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return;
    }
    const c = text.charCodeAt(0);
    if (text.length === 1 && codes[c] === 0) codes[c] = code;
  };
  const two = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      two[0] = lead;
      two[1] = trail;
      take(two, (lead << 8) | trail);
    }
  }
  const four = new Uint8Array(4);
  for (let pointer = 0; pointer < BMP_POINTERS; pointer++) {
    const code = pointerBytes(pointer);
    four[0] = code >>> 24;
    four[1] = (code >>> 16) & 0xff;
    four[2] = (code >>> 8) & 0xff;
    four[3] = code & 0xff;
    take(four, code);
  }
  return codes;
}

/** A four-byte pointer as its bytes, packed big-endian: 0x81–0xFE, 0x30–0x39, 0x81–0xFE, 0x30–0x39. */
function pointerBytes(pointer: number): number {
  const b4 = pointer % 10;
  const b3 = Math.floor(pointer / 10) % 126;
  const b2 = Math.floor(pointer / 1260) % 10;
  const b1 = Math.floor(pointer / 12600);
  return (((0x81 + b1) << 24) | ((0x30 + b2) << 16) | ((0x81 + b3) << 8) | (0x30 + b4)) >>> 0;
}
