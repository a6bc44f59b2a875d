import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onPath } from './on-path.js';

/**
 * Word 97–2003 (.doc) and WPS (.wps) documents turned into a .docx by LibreOffice, headless, so
 * that they are read like any .docx. Each conversion runs in a temporary folder of its own, with a
 * LibreOffice profile of its own (a LibreOffice the writer has open is neither used nor disturbed),
 * and the folder is removed afterwards. The original file is only read.
 */

export type Converted = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly detail: string };

/**
 * Turns the bytes of a Word or WPS document that is not a .docx into those of a .docx: `ole` for
 * the binary format of Word 97–2003 and WPS (an OLE compound file), `other` for what a .doc may
 * also be (RTF or HTML saved under that name).
 */
export type OfficeConverter = (bytes: Uint8Array, kind: 'ole' | 'other', ext: string) => Converted;

export const SOFFICE = 'soffice';
/** A first start of LibreOffice with a new profile takes a few seconds; a large document some more. */
export const CONVERT_TIMEOUT_MS = 120_000;

/** LibreOffice's converter, or undefined when `soffice` is not on the PATH. */
export function libreOfficeConverter(options: { readonly path?: string; readonly timeoutMs?: number } = {}): OfficeConverter | undefined {
  if (!onPath(SOFFICE, options.path)) return undefined;
  return (bytes, kind, ext) => convertWithLibreOffice(bytes, kind, ext, options.timeoutMs ?? CONVERT_TIMEOUT_MS);
}

/**
 * The import filter: named, because LibreOffice reads what it does not recognise as plain text,
 * and a damaged file would be "converted" into its bytes. HTML (or Word 2003 XML) it recognises.
 */
function inputFilter(bytes: Uint8Array, kind: 'ole' | 'other'): string | null | undefined {
  if (kind === 'ole') return 'MS Word 97';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64)).replace(/^(\xef\xbb\xbf|\s)+/, '');
  if (head.startsWith('{\\rtf')) return 'Rich Text Format';
  if (head.startsWith('<')) return null;
  return undefined;
}

function convertWithLibreOffice(bytes: Uint8Array, kind: 'ole' | 'other', ext: string, timeoutMs: number): Converted {
  const filter = inputFilter(bytes, kind);
  if (filter === undefined) return { ok: false, detail: 'neither Word, WPS, RTF nor HTML' };
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-convert-'));
    // A plain ASCII name: LibreOffice names its output after it; the extension helps it guess the format.
    const input = join(dir, `document${/^\.\w{1,5}$/.test(ext) ? ext : '.doc'}`);
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(input, bytes);
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    const run = spawnSync(
      SOFFICE,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        profile,
        ...(filter ? [`--infilter=${filter}`] : []),
        '--convert-to',
        'docx',
        '--outdir',
        out,
        input,
      ],
      { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (run.error) killLeftOver(profile);
    const output = join(out, 'document.docx');
    // soffice exits 0 even when it could not load the file: what counts is the .docx it wrote.
    if (existsSync(output)) return { ok: true, bytes: readFileSync(output) };
    if (run.error) return { ok: false, detail: (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out after ${Math.round(timeoutMs / 1000)} s` : run.error.message };
    const said = `${run.stdout ?? ''}\n${run.stderr ?? ''}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('Warning:'));
    return { ok: false, detail: said.join('; ').slice(0, 300) || `exit code ${run.status}` };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * On a timeout only the launcher is killed; LibreOffice's own process, which it started, would go
 * on working in a folder about to be removed. It is found by this conversion's profile folder in
 * its command line (Linux; elsewhere there is no /proc and nothing is done).
 */
function killLeftOver(profile: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
}
