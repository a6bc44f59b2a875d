import { LineIndex } from '../core/index.js';
import { FileChangedError, writeFileAtomic } from '../node/atomic-write.js';
import type { Encoding } from '../node/decode.js';
import { encode } from '../node/encode.js';

export interface ReadText {
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly encoding: Encoding;
  readonly bom: boolean;
  readonly lossy: boolean;
}

/**
 * Replaces the file read as `read` with `fixed`, in the encoding, BOM and mode it had. Returns why
 * not when that would lose anything: bytes that did not decode, bytes that would not encode back the
 * same, characters the encoding lacks, or a file someone else saved since it was read.
 */
export function writeBack(path: string, read: ReadText, fixed: string): { ok: true } | { ok: false; message: string } {
  const refuse = (zh: string, en: string) => ({ ok: false as const, message: `未修复：${zh}（not fixed, ${en}）：${path}` });
  const name = read.encoding.toUpperCase();
  if (read.lossy) return refuse(`文件含无效的 ${name} 字节，写回会丢失它们`, `invalid ${name} bytes would be lost`);
  // The rest of the file must come back byte for byte: GB18030 has two codes for some characters.
  const original = encode(read.text, read.encoding, read.bom);
  if (!original.ok || !Buffer.from(original.bytes).equals(read.bytes)) {
    return refuse(`按 ${name} 重新编码不能逐字节还原原文件`, `${name} would not round-trip byte for byte`);
  }
  const encoded = encode(fixed, read.encoding, read.bom);
  if (!encoded.ok) {
    const char = String.fromCodePoint(fixed.codePointAt(encoded.offset)!);
    const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const at = new LineIndex(fixed).position(encoded.offset);
    return refuse(
      `修复后第 ${at.line + 1} 行第 ${at.character + 1} 列的字符 U+${hex} 无法用 ${name} 表示`,
      `U+${hex} is not representable in ${name}`,
    );
  }
  try {
    writeFileAtomic(path, encoded.bytes, { expected: read.bytes });
    return { ok: true };
  } catch (e) {
    if (e instanceof FileChangedError) {
      return { ok: false, message: `未写回：读取后文件已被改动（not written, changed on disk since read）：${path}` };
    }
    return { ok: false, message: `无法写入（cannot write）：${path}（${(e as NodeJS.ErrnoException).code ?? String(e)}）` };
  }
}
