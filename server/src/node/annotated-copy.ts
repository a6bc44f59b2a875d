import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Finding, Locale } from '../core/index.js';
import { annotateDocx } from '../docx/annotate.js';
import { annotationsOf } from '../docx/annotations.js';
import type { DocxDocument } from '../docx/read.js';
import { writeFileAtomic } from './atomic-write.js';
import { DOCX_EXTENSION, isDocx } from './load-file.js';

/** What the annotated copy of `稿件.docx` is called: `稿件.校对.docx`, beside it. */
export const COPY_SUFFIX = '.校对';

/** Beside the original; a .doc or .wps, read through LibreOffice, gets a .docx copy. */
export function annotatedPath(filePath: string): string {
  const ext = extname(filePath);
  return join(dirname(filePath), `${basename(filePath, ext)}${COPY_SUFFIX}${isDocx(filePath) ? ext : DOCX_EXTENSION}`);
}

export type AnnotatedCopy =
  | { readonly ok: true; readonly path: string; readonly comments: number; readonly revisions: number }
  /** Not written: `message` as the CLI says it; the reason and `code` (of a failed write) for others to word. */
  | { readonly ok: false; readonly reason: 'is-copy' | 'exists' | 'unwritable'; readonly path: string; readonly code?: string; readonly message: string };

/**
 * Writes the copy with a comment per finding — and, with `revisions`, a tracked change per certain
 * fix (see annotationsOf) — atomically, never over the original and over a copy written before
 * only when `force`.
 */
export function writeAnnotatedCopy(
  filePath: string,
  document: DocxDocument,
  findings: readonly Finding[],
  options: { readonly locale: Locale; readonly force: boolean; readonly revisions: boolean; readonly now?: Date },
): AnnotatedCopy {
  const path = annotatedPath(filePath);
  if (basename(filePath, extname(filePath)).endsWith(COPY_SUFFIX)) {
    return { ok: false, reason: 'is-copy', path, message: `${filePath}：这已是校对副本，不再生成副本（already an annotated copy）` };
  }
  if (existsSync(path) && !options.force) {
    return { ok: false, reason: 'exists', path, message: `${path} 已存在，未覆盖；加 --force 覆盖（exists: use --force to replace it）` };
  }
  const date = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const annotations = annotationsOf(document, findings, options.locale, { revisions: options.revisions });
  const bytes = annotateDocx(document, annotations, { author: '公文校对', initials: '校', date });
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, reason: 'unwritable', path, code, message: `无法写入（cannot write）：${path}（${code}）` };
  }
  return { ok: true, path, comments: annotations.length, revisions: annotations.filter((a) => a.revision).length };
}
