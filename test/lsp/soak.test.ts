/**
 * Protocol soak: thousands of seeded random incremental edits to two open documents (plain text
 * and Markdown) over stdio — inserts, deletions and replacements; CRLF, lone CR and line breaks
 * that join across an edit (a CR typed before an LF); astral characters; edits at line starts and
 * ends; several changes in one didChange; bursts sent without waiting for diagnostics; huge pastes
 * and full deletions. The test keeps its own copy of each text and, whenever it waits, expects the
 * server's diagnostics to be exactly those of a fresh in-process lint of that copy. The server
 * must never exit or log an error, and its memory must stay bounded.
 *
 * Positions sent are always valid ones, as an editor sends them: on a line that exists, at most at
 * the end of its content (never inside a CRLF), and never between the halves of a surrogate pair.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate, random } from '../../bench/generate.js';
import { lint, type DocFormat } from '../../server/src/core/index.js';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags.js';
import { LspClient, type Diagnostic } from '../helpers/lsp-client.js';

// Fixed; GONGWEN_SOAK_SEED and GONGWEN_SOAK_EDITS search further.
const SEED = Number(process.env['GONGWEN_SOAK_SEED'] ?? 20260802);
const EDITS = Number(process.env['GONGWEN_SOAK_EDITS'] ?? 3000);
/** The text both documents are reset to before each memory reading, so that readings compare like with like. */
const RESET_SIZE = 100_000;
/** A text this long is shortened soon. */
const LARGE = 50_000;
/** At each checkpoint both documents' diagnostics are compared, then both are reset to one long draft and memory is read. */
const CHECKPOINTS = 6;
const MAX_RSS_MB = 300;

interface Position {
  line: number;
  character: number;
}
interface Change {
  range: { start: Position; end: Position };
  text: string;
}

/** One open document and the test's own copy of its text. */
interface Doc {
  readonly uri: string;
  readonly languageId: string;
  readonly format: DocFormat;
  text: string;
  version: number;
  /** The last version whose diagnostics were compared. */
  compared?: number;
}

// ---------------------------------------------------------------------------------------------
// The client's model of the text: LSP positions (line after \n, \r\n or a lone \r; UTF-16 column)

/** Whether the offset falls inside a CRLF or a surrogate pair, where no editor puts a position. */
function isInside(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** The nearest offset at or before `offset` where a position may be. */
function snap(text: string, offset: number): number {
  offset = Math.max(0, Math.min(text.length, offset));
  while (offset > 0 && isInside(text, offset)) offset--;
  return offset;
}

function positionAt(text: string, offset: number): Position {
  assert.ok(!isInside(text, offset), `no position inside a CRLF or a surrogate pair (offset ${offset})`);
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Offsets of the line around `offset`: where its content starts and ends (before the line break). */
function lineAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return [start, end];
}

// ---------------------------------------------------------------------------------------------
// Random edits

const TOKENS = [
  ...'一二三四五六七八九十、（）()．.，。；：1234567890%X×某年月日是第亿元万户',
  '××', '某某', '一是', '二是', '四是', '其次', '（一）', '1.', '一、', '三、', '以下三个方面', '12.6万亩', '5.2亿元', '102%',
  '　　', ' ', '\t', '𠀀', '𠮷', '😀', '𠀀𠀀𠀀', '\0', '\uFEFF', '\uD840', '\uDC00', '```', '# ', '- ', '> ', '`', '<!--', '-->', 'http://x.cn/X',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n'];

/** Makes one random change to `doc`'s text, applies it to the copy and returns it as LSP sends it. */
function randomChange(doc: Doc, rnd: () => number, stats: Record<string, number>): Change {
  const text = doc.text;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const anywhere = () => snap(text, Math.floor(rnd() * (text.length + 1)));
  const short = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(TOKENS)).join('');
  let start: number;
  let end: number;
  let insert: string;
  let kind: string;
  const r = rnd();
  if (r < 0.003 || (text.length > LARGE && rnd() < 0.3)) {
    // After a huge paste, soon everything goes again: the server lints every version it is sent.
    kind = 'delete all';
    [start, end, insert] = [0, text.length, ''];
  } else if (text.length > 8000 && rnd() < 0.1) {
    kind = 'cut';
    start = anywhere();
    end = snap(text, start + 1000 + Math.floor(rnd() * 6000));
    insert = '';
  } else if (r < 0.0045) {
    kind = 'huge paste';
    start = end = anywhere();
    insert = generate(RESET_SIZE, Math.floor(rnd() * 1e9));
  } else if (r < 0.03) {
    kind = 'paste';
    start = end = anywhere();
    insert = generate(100 + Math.floor(rnd() * 1500), Math.floor(rnd() * 1e9)).replace(/\n/g, rnd() < 0.5 ? '\r\n' : '\n');
  } else if (r < 0.3) {
    kind = 'insert';
    start = end = anywhere();
    insert = short();
  } else if (r < 0.45) {
    // At a line's start or end, often a line break: a CR typed before an LF makes one CRLF of them.
    kind = 'line edge';
    const [lineStart, lineEnd] = lineAround(text, anywhere());
    start = end = rnd() < 0.5 ? lineStart : lineEnd;
    insert = rnd() < 0.6 ? pick(BREAKS) : short();
  } else if (r < 0.55) {
    kind = 'line break';
    start = end = anywhere();
    insert = pick(BREAKS);
  } else if (r < 0.75) {
    kind = 'delete';
    start = anywhere();
    end = snap(text, start + 1 + Math.floor(rnd() * 12));
    if (end <= start) end = snap(text, start + 3);
    insert = '';
  } else if (r < 0.82) {
    // The whole content of a line: its two line breaks may become one CRLF.
    kind = 'delete line';
    [start, end] = lineAround(text, anywhere());
    insert = '';
  } else if (r < 0.88) {
    kind = 'delete lines';
    start = anywhere();
    end = snap(text, start + Math.floor(rnd() * 400));
    insert = '';
  } else {
    kind = 'replace';
    start = anywhere();
    end = snap(text, start + Math.floor(rnd() * 6));
    insert = short();
  }
  if (end < start) end = start;
  stats[kind] = (stats[kind] ?? 0) + 1;
  const change = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
  doc.text = text.slice(0, start) + insert + text.slice(end);
  // Line breaks that join into one CRLF across the edit's ends: the server's line table must notice.
  const joins = (at: number) => doc.text.charCodeAt(at - 1) === 13 && doc.text.charCodeAt(at) === 10;
  if (joins(start) || joins(start + insert.length)) stats['CRLF joined'] = (stats['CRLF joined'] ?? 0) + 1;
  return change;
}

// ---------------------------------------------------------------------------------------------

let client: LspClient;
const docs: Doc[] = [
  { uri: 'untitled:soak-plain', languageId: 'plaintext', format: 'plain', text: '', version: 1 },
  { uri: 'untitled:soak-markdown', languageId: 'markdown', format: 'markdown', text: '', version: 1 },
];

function rssMb(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : undefined;
}

/** What the server should publish for `doc`: a fresh lint of the copy, converted as the server converts. */
function expected(doc: Doc): Diagnostic[] {
  const document = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.text);
  const findings = lint(doc.text, undefined, { format: doc.format });
  return JSON.parse(JSON.stringify(findings.map((f) => toDiagnostic(document, f)))) as Diagnostic[];
}

/** Waits for the diagnostics of `doc`'s current version and compares them with an in-process lint. */
async function settle(doc: Doc, where: string): Promise<number> {
  if (doc.compared === doc.version) return 0;
  const diagnostics = await client.diagnostics(doc.uri, 0, doc.version);
  doc.compared = doc.version;
  const want = expected(doc);
  if (JSON.stringify(diagnostics) !== JSON.stringify(want)) {
    // Only on failure: the first difference, readably.
    const brief = (d: Diagnostic) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity });
    const i = want.findIndex((w, k) => JSON.stringify(w) !== JSON.stringify(diagnostics[k]));
    assert.deepEqual(
      diagnostics.slice(i, i + 3).map(brief),
      want.slice(i, i + 3).map(brief),
      `${where}: ${doc.uri} v${doc.version} (${doc.text.length} chars): ${diagnostics.length} diagnostics, expected ${want.length}`,
    );
    assert.deepEqual(diagnostics, want, `${where}: ${doc.uri} v${doc.version}`);
  }
  return diagnostics.length;
}

/** Forgets the notifications received so far, after checking that none is a logged error. */
function drain(): void {
  const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
  assert.deepEqual(errors.map((n) => (n.params as { message: string }).message), [], 'the server logged no error');
  // The test keeps no history of earlier versions' diagnostics: only those still to be compared stay.
  const pending = client.notifications.filter((n) => {
    const params = n.params as { uri?: string; version?: number };
    const doc = docs.find((d) => d.uri === params.uri);
    return n.method === 'textDocument/publishDiagnostics' && doc !== undefined && params.version === doc.version && doc.compared !== doc.version;
  });
  client.notifications.splice(0, client.notifications.length, ...pending);
}

/** Replaces each document's whole text with the same long draft, as a select-all paste. */
async function reset(text: string, where: string): Promise<void> {
  for (const doc of docs) {
    const end = positionAt(doc.text, doc.text.length);
    doc.version++;
    doc.text = text;
    client.notify('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }],
    });
  }
  for (const doc of docs) await settle(doc, where);
  drain();
}

before(async () => {
  // Launched as the VS Code client launches it: its memory is what the check below bounds.
  client = new LspClient(['--stdio'], { execArgv: SERVER_NODE_FLAGS });
  await client.request('initialize', { processId: process.pid, rootUri: null, locale: 'zh-cn', capabilities: {} });
  client.notify('initialized', {});
});

after(async () => {
  if (client.child.exitCode === null) assert.equal(await client.shutdown(), 0);
});

describe('language server soak', () => {
  it(`${EDITS} random incremental edits: diagnostics always match a fresh lint; memory stays bounded`, async () => {
    const rnd = random(SEED);
    const started = Date.now();
    let exited = false;
    client.child.on('exit', () => (exited = true));
    const base = generate(RESET_SIZE, SEED);

    for (const doc of docs) {
      doc.text = generate(5000, SEED + doc.version);
      client.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.text } });
    }
    await reset(base, 'start');
    const rss: { edits: number; mb: number | undefined }[] = [{ edits: 0, mb: rssMb(client.child.pid!) }];
    // Editing goes on in drafts of a few thousand characters (a huge paste now and then).
    const small = generate(2000, SEED + 1);
    await reset(small, 'start');

    const stats: Record<string, number> = {};
    let edits = 0;
    let waits = 0;
    let multi = 0;
    let maxLength = 0;
    let compared = 0;
    let checkpoint = 1;
    while (edits < EDITS) {
      // A burst of edits to one document: each its own didChange, or all in one.
      const doc = docs[rnd() < 0.6 ? 0 : 1]!;
      const burst = 1 + Math.floor(rnd() * 10);
      const together = rnd() < 0.4;
      const changes: Change[] = [];
      for (let k = 0; k < burst && edits < EDITS; k++, edits++) {
        changes.push(randomChange(doc, rnd, stats));
        maxLength = Math.max(maxLength, doc.text.length);
        if (!together) {
          doc.version++;
          client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: changes.splice(0) });
        }
      }
      if (together) {
        doc.version++;
        multi++;
        client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: changes });
      }
      // Often wait for this version's diagnostics and compare; otherwise fire the next burst at once.
      if (rnd() < 0.5) {
        waits++;
        compared += await settle(doc, `after ${edits} edits`);
        drain();
      }
      if (edits >= (checkpoint * EDITS) / CHECKPOINTS) {
        for (const d of docs) compared += await settle(d, `checkpoint at ${edits} edits`);
        drain();
        await reset(base, `checkpoint at ${edits} edits`);
        rss.push({ edits, mb: rssMb(client.child.pid!) });
        await reset(small, `after the reading at ${edits} edits`);
        checkpoint++;
      }
    }
    const seconds = (Date.now() - started) / 1000;

    assert.equal(exited, false, 'the server is still running');
    drain();
    assert.equal(client.stderr, '');

    const readings = rss.map((r) => r.mb).filter((mb): mb is number => mb !== undefined);
    // The figures, for the test runner's output.
    console.log(
      `soak: ${edits} edits (${multi} multi-change didChange), ${waits} waits, ${compared} diagnostics compared, ` +
        `longest text ${maxLength} chars, ${seconds.toFixed(1)} s; RSS MB at ${rss.map((r) => `${r.edits}: ${r.mb?.toFixed(0)}`).join(', ')}; ` +
        `edit kinds ${JSON.stringify(stats)}`,
    );
    if (readings.length === rss.length) {
      const middle = readings[Math.floor(readings.length / 2)]!;
      const last = readings[readings.length - 1]!;
      assert.ok(Math.max(...readings) < MAX_RSS_MB, `RSS stays under ${MAX_RSS_MB} MB: ${readings.join(', ')}`);
      // Same documents at both readings: an edit-by-edit leak would show as steady growth.
      assert.ok(last < middle * 1.25 + 20, `RSS does not keep growing: ${middle.toFixed(0)} MB at the middle, ${last.toFixed(0)} MB at the end`);
    }
  });
});
