/**
 * Real documents beside the generated text: the .txt and .md files of the shared corpus
 * (`../shared/corpus` from the repository root), joined and repeated to about a megabyte. The corpus
 * stays outside the project; only its size and timings go into the results.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, SHARED } from '../test/helpers/paths.js';

export const CORPUS_DIR = join(SHARED, 'corpus');
/** Hand-labeled evaluation data and the list of sources: not documents. */
const SKIPPED = new Set(['labeled', 'SOURCES.md']);

export interface CorpusText {
  directory: string;
  files: number;
  /** Characters of the files once, before repeating. */
  sourceCharacters: number;
  text: string;
}

/** The corpus as one text of about `target` characters, or undefined when there is none to read. */
export function corpusText(target: number): CorpusText | undefined {
  if (!existsSync(CORPUS_DIR)) return undefined;
  const files = documentFiles(CORPUS_DIR);
  const documents = files.map((file) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim()).filter((text) => text.length > 0);
  if (documents.length === 0) return undefined;
  const once = documents.join('\n\n');
  let text = once;
  while (text.length < target) text += `\n\n${once}`;
  // Cut at a line break so the last document ends on a whole line, as a file would.
  const cut = text.lastIndexOf('\n', target);
  text = text.slice(0, cut > target / 2 ? cut : target);
  return { directory: relative(ROOT, CORPUS_DIR), files: documents.length, sourceCharacters: once.length, text };
}

function documentFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...documentFiles(path));
    else if (entry.isFile() && /\.(txt|md)$/i.test(entry.name)) found.push(path);
  }
  return found;
}
