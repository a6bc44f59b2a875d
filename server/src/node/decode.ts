export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: Encoding;
      readonly bom: boolean;
      /** Set when bytes could not be decoded and were replaced by U+FFFD: writing the text back would lose them. */
      readonly lossy: boolean;
    }
  | { readonly ok: false; readonly reason: 'binary' };

const SNIFF_BYTES = 8192;

/**
 * Decodes a draft as its author saved it: UTF-8 with or without BOM, UTF-16 with BOM (Notepad's
 * "Unicode"), or GB18030/GBK (older Windows drafts). Files with NUL bytes are binary. The BOM is
 * not part of the returned text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', bytes.subarray(2));
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
  const asUtf8 = utf8(bytes, false);
  if (!asUtf8.ok || !asUtf8.lossy) return asUtf8;
  // Not UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese Windows saves.
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'gb18030', bom: false, lossy: false };
  } catch {
    return asUtf8;
  }
}

function utf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom, lossy: false };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom, lossy: true };
  }
}

/** An odd trailing byte or an unpaired surrogate makes UTF-16 lossy, as invalid bytes do UTF-8. */
function utf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom: true, lossy: false };
  } catch {
    return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding, bom: true, lossy: true };
  }
}
