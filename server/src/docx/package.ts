import { unzipSync, type UnzipFileInfo } from 'fflate';

/**
 * Opening a .docx as a ZIP package, with limits: a crafted file must not make us inflate
 * gigabytes (a zip bomb) or hold a hundred thousand entries. What is not a ZIP is told apart:
 * an OLE compound file is a Word 97–2003 .doc or a WPS .wps — or an encrypted .docx, which Word
 * also stores that way.
 */

export type PackageProblem =
  /** A Word 97–2003 or WPS binary document. */
  | 'binary'
  /** A password-protected document. */
  | 'encrypted'
  /** Not a ZIP, or a ZIP we cannot read. */
  | 'corrupt'
  /** A ZIP without word/document.xml. */
  | 'not-docx'
  /** Would inflate beyond the limits. */
  | 'too-large';

export type PackageResult = { readonly ok: true; readonly parts: Readonly<Record<string, Uint8Array>> } | { readonly ok: false; readonly problem: PackageProblem; readonly detail?: string };

export interface PackageLimits {
  /** The most the parts read may inflate to, together. */
  readonly maxInflated: number;
  /** The most entries the package may list. */
  readonly maxEntries: number;
}

/**
 * A draft's XML is a few MB at most. A zip bomb either declares its size, and the limit refuses it
 * before inflating, or lies, and fflate stops at the size declared (see `openPackage`). The ratio
 * of compression tells nothing more: repetitive XML compresses 200× honestly.
 */
export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxInflated: 64 * 1024 * 1024, maxEntries: 10_000 };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream of an encrypted OOXML document inside its OLE container, as UTF-16LE. */
const ENCRYPTED_STREAM = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

export const DOCUMENT_PART = 'word/document.xml';

/**
 * Reads the parts `wanted` accepts (all when omitted) from the bytes of a .docx, checking the
 * sizes its directory declares before inflating anything. Never throws.
 */
export function openPackage(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): PackageResult {
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, problem: indexOf(bytes, ENCRYPTED_STREAM) >= 0 ? 'encrypted' : 'binary' };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, problem: 'corrupt', detail: 'not a ZIP package' };
  let entries = 0;
  let inflated = 0;
  let oversized: string | undefined;
  let hasDocument = false;
  const accept = (file: UnzipFileInfo): boolean => {
    if (++entries > limits.maxEntries) oversized ??= `${entries} entries`;
    if (file.name === DOCUMENT_PART) hasDocument = true;
    if (oversized !== undefined || !wanted(file.name) || file.name.endsWith('/')) return false;
    inflated += file.originalSize;
    if (inflated > limits.maxInflated) {
      oversized ??= file.name;
      return false;
    }
    return true;
  };
  let parts: Record<string, Uint8Array>;
  try {
    // fflate inflates each part into a buffer of its declared size: a part cannot grow past it.
    parts = unzipSync(bytes, { filter: accept });
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
  }
  if (oversized !== undefined) return { ok: false, problem: 'too-large', detail: oversized };
  if (!hasDocument) return { ok: false, problem: 'not-docx' };
  return { ok: true, parts };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A part as text: UTF-8, or UTF-16 when it starts with a byte-order mark (allowed by OPC). */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
