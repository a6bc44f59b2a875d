import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, type DocumentLayout, type Finding, type Locale } from '../core/index.js';
import { readLayout } from '../docx/layout.js';
import { writeAnnotatedCopy } from '../node/annotated-copy.js';
import { libreOfficeConverter } from '../node/convert-office.js';
import { DOCX_MAX_FILE_SIZE, loadFile } from '../node/load-file.js';
import { readFileLimited } from '../node/read-file.js';
import type { DocxDocument } from '../docx/read.js';
import type { AnnotateDocxResult, DocxTextResult } from '../protocol.js';

// The Word view and its annotated copy: the file is read (and the copy written) the way the CLI
// does it, so that a .docx gives the same text, the same messages and the same copy in both.

const SAY: Readonly<Record<Locale, { notFile: string; cannotRead: string; tooLarge: string; isCopy: string; cannotWrite: string }>> = {
  'zh-CN': {
    notFile: '只能检查本机磁盘上的 Word 文档：{uri}',
    cannotRead: '{name}：无法读取（{code}）',
    tooLarge: '{name}：Word 文档过大（{size} 字节，上限 {max} 字节）',
    isCopy: '{name} 已是校对副本，不再为它生成副本',
    cannotWrite: '无法写入 {path}（{code}）',
  },
  en: {
    notFile: 'Only Word documents on this machine’s disk can be checked: {uri}',
    cannotRead: '{name}: cannot be read ({code})',
    tooLarge: '{name}: the Word document is too large ({size} bytes; at most {max})',
    isCopy: '{name} is already an annotated copy: no copy is made of it',
    cannotWrite: 'Cannot write {path} ({code})',
  },
};

type Read = { ok: true; path: string; document: DocxDocument } | { ok: false; message: string };

/** Reads the .docx at a `file:` URI; every failure is a message for the writer. Never throws. */
function readDocxFile(uri: string, locale: Locale, allParts: boolean): Read {
  const say = SAY[locale];
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return { ok: false, message: format(say.notFile, { uri }) };
  }
  const name = basename(path);
  const read = readFileLimited(path, DOCX_MAX_FILE_SIZE);
  if (read.kind === 'error') return { ok: false, message: format(say.cannotRead, { name, code: read.code }) };
  if (read.kind === 'too-large') return { ok: false, message: format(say.tooLarge, { name, size: read.size, max: DOCX_MAX_FILE_SIZE }) };
  let problem: string | undefined;
  // A .doc or .wps is converted by LibreOffice when installed: the server waits for it (seconds), on a command the writer gave.
  const loaded = loadFile(name, read.bytes, locale, { note: () => {}, problem: (line) => (problem = line) }, { allParts, convert: libreOfficeConverter() });
  if (loaded?.kind !== 'docx') return { ok: false, message: problem ?? format(say.cannotRead, { name, code: 'not .docx' }) };
  return { ok: true, path, document: loaded.document };
}

/**
 * The layout read with the text of each Word view shown lately, so that linting the view reads the
 * file once, not twice (and converts a .doc once: seconds).
 */
const layouts = new Map<string, { readonly text: string; readonly layout: DocumentLayout }>();
const LAYOUTS_KEPT = 8;

function keepLayout(uri: string, document: DocxDocument): DocumentLayout {
  const layout = readLayout(document);
  layouts.delete(uri);
  layouts.set(uri, { text: document.text, layout });
  if (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  return layout;
}

export function docxText(uri: string, locale: Locale): DocxTextResult {
  const read = readDocxFile(uri, locale, false);
  if (!read.ok) return read;
  keepLayout(uri, read.document);
  return { ok: true, text: read.document.text };
}

/**
 * The formatting of the .docx at a `file:` URI whose Word view shows `text`, for the layout rules;
 * undefined when it cannot be read.
 */
export function docxLayout(uri: string, text: string, locale: Locale): DocumentLayout | undefined {
  const kept = layouts.get(uri);
  if (kept?.text === text) return kept.layout;
  const read = readDocxFile(uri, locale, false);
  return read.ok ? keepLayout(uri, read.document) : undefined;
}

/** Lints the .docx (`lint` with the file's own config, and its layout) and writes its annotated copy beside it. */
export function annotateDocx(uri: string, force: boolean, locale: Locale, lint: (text: string, layout: DocumentLayout) => readonly Finding[]): AnnotateDocxResult {
  const read = readDocxFile(uri, locale, true);
  if (!read.ok) return read;
  const findings = lint(read.document.text, readLayout(read.document));
  const written = writeAnnotatedCopy(read.path, read.document, findings, { locale, force, revisions: true });
  if (written.ok) return { ok: true, uri: pathToFileURL(written.path).href, comments: written.comments, revisions: written.revisions };
  const say = SAY[locale];
  switch (written.reason) {
    case 'exists':
      return { ok: false, exists: pathToFileURL(written.path).href };
    case 'is-copy':
      return { ok: false, message: format(say.isCopy, { name: basename(read.path) }) };
    case 'unwritable':
      return { ok: false, message: format(say.cannotWrite, { path: written.path, code: written.code ?? '' }) };
  }
}
