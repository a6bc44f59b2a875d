import { extname } from 'node:path';
import type { DocFormat, Locale } from '../core/index.js';
import { conversionFailedMessage, docxProblemMessage } from '../docx/problems.js';
import { readDocx, type DocxDocument } from '../docx/read.js';
import type { OfficeConverter } from './convert-office.js';
import { decode, type Decoded } from './decode.js';

/** A file's text as the linter reads it: decoded text, or a Word document read as text. */
export type Loaded =
  | { readonly kind: 'text'; readonly text: string; readonly format: DocFormat; readonly decoded: Decoded & { ok: true } }
  /** `converted`: a .doc or .wps read through LibreOffice. */
  | { readonly kind: 'docx'; readonly text: string; readonly format: DocFormat; readonly document: DocxDocument; readonly converted: boolean };

/** Word documents are read from their package, whatever their size as text. */
export const DOCX_EXTENSION = '.docx';
/** Binary Word and WPS documents: named, so that the message says what to do. */
const BINARY_WORD = new Set(['.doc', '.wps', '.dot', '.wpt']);
/** The largest .docx read: a draft with photos is a few MB; a package is inflated within its own limits. */
export const DOCX_MAX_FILE_SIZE = 64 * 1024 * 1024;

export function isDocx(filePath: string): boolean {
  return extname(filePath).toLowerCase() === DOCX_EXTENSION;
}

/** A .docx, or a binary Word or WPS document: read within the limit of a Word document. */
export function isWordDocument(filePath: string): boolean {
  return isDocx(filePath) || BINARY_WORD.has(extname(filePath).toLowerCase());
}

export interface LoadNotes {
  /** Something odd but readable (invalid bytes replaced). */
  readonly note: (line: string) => void;
  /** Unreadable: counts toward exit code 2. */
  readonly problem: (line: string) => void;
}

/**
 * The text of a file, or undefined (noted as a problem or a skip). A binary Word or WPS document
 * is read through `convert` when given (LibreOffice, see convert-office.ts), else its message says
 * how to convert it.
 */
export function loadFile(
  filePath: string,
  bytes: Uint8Array,
  locale: Locale,
  notes: LoadNotes,
  options: { readonly allParts?: boolean; readonly convert?: OfficeConverter | undefined } = {},
): Loaded | undefined {
  const ext = extname(filePath).toLowerCase();
  if (ext === DOCX_EXTENSION || BINARY_WORD.has(ext)) {
    let read = readDocx(bytes, options);
    // A .doc saved by WPS may be RTF or HTML, neither ZIP nor OLE: LibreOffice reads those too.
    const binary = !read.ok && (read.problem === 'binary' || (BINARY_WORD.has(ext) && read.problem === 'corrupt'));
    if (binary && options.convert) {
      const converted = options.convert(bytes, !read.ok && read.problem === 'binary' ? 'ole' : 'other', ext);
      if (!converted.ok) {
        notes.problem(`${filePath}：${conversionFailedMessage(locale, converted.detail)}`);
        return undefined;
      }
      read = readDocx(converted.bytes, options);
      if (read.ok) notes.note(`${filePath}：已由 LibreOffice 转换为临时 .docx 后检查（converted to .docx by LibreOffice）`);
    }
    if (!read.ok) {
      const problem = binary && !options.convert ? 'binary' : read.problem;
      notes.problem(`${filePath}：${docxProblemMessage(problem, locale, problem === read.problem ? read.detail : undefined)}`);
      return undefined;
    }
    return { kind: 'docx', text: read.document.text, format: 'plain', document: read.document, converted: binary };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    notes.note(`跳过二进制文件（skipped, binary）：${filePath}`);
    return undefined;
  }
  if (decoded.lossy) {
    const name = decoded.encoding.toUpperCase();
    notes.note(`${filePath}：含无效的 ${name} 字节，已按 U+FFFD 检查（invalid ${name}）`);
  }
  return { kind: 'text', text: decoded.text, format: formatOf(filePath), decoded };
}

export function formatOf(filePath: string): DocFormat {
  const ext = extname(filePath).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}
