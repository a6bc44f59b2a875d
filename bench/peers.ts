/**
 * The peers issue 19 compares against, run in the bench's own process on the same text: autocorrect
 * (its Rust core through autocorrect-node) and markdownlint (its sync API, default rules). Both are
 * devDependencies loaded at run time, so a missing package or native binary is recorded, not fatal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/paths.js';

export interface PeerResult {
  name: string;
  version: string | null;
  /** Median of `runs` warm runs; null when the peer could not load or failed on the text. */
  ms: number | null;
  /** Our median on the same text, timed in turn with the peer's runs. */
  oursMs: number | null;
  /** peer ms / our ms: how many times faster we are. */
  ratio: number | null;
  runs: number;
  findings: number | null;
  method: string;
  error?: string;
}

interface Peer {
  name: string;
  method: string;
  /** Does any per-text preparation outside the timing; the returned call lints and counts findings. */
  prepare(text: string): () => number;
}

// A specifier esbuild cannot read keeps the peers out of the bundle: they load, or fail, at run time.
const load = (specifier: string): Promise<Record<string, unknown>> => import(specifier);

/** autocorrect-node parses a whole text with a pest grammar; after the first call in a process it
 * caps a parse at 10M grammar calls, which 1M characters exceed ("call limit reached"). So it gets
 * the text in pieces of at most this many characters, cut at line breaks, as an editor would send it. */
const AUTOCORRECT_PIECE = 100_000;

interface AutocorrectModule {
  lintFor(text: string, filepath: string): { lines: unknown[]; error: string };
}

interface MarkdownlintSync {
  lint(options: { strings: Record<string, string> }): Record<string, unknown[]>;
}

async function autocorrect(): Promise<Peer> {
  const module = await load('autocorrect-node');
  const ac = (module.default ?? module) as AutocorrectModule;
  if (typeof ac.lintFor !== 'function') throw new Error('autocorrect-node has no lintFor');
  return {
    name: 'autocorrect',
    method: `lintFor(piece, 'bench.txt') on pieces of ≤ ${AUTOCORRECT_PIECE} characters cut at line breaks (one 1M call fails after the first: its parser's call limit)`,
    prepare(text) {
      const pieces = splitAtLines(text, AUTOCORRECT_PIECE);
      return () => {
        let findings = 0;
        for (const piece of pieces) {
          const result = ac.lintFor(piece, 'bench.txt');
          // It reports a failed parse in `error` and returns no lines: timing that would flatter it.
          if (result.error) throw new Error(lastLine(result.error));
          findings += result.lines.length;
        }
        return findings;
      };
    },
  };
}

async function markdownlint(): Promise<Peer> {
  const ml = (await load('markdownlint/sync')) as unknown as MarkdownlintSync;
  if (typeof ml.lint !== 'function') throw new Error('markdownlint/sync has no lint');
  return {
    name: 'markdownlint',
    method: 'lint({ strings: { content: text } }) from markdownlint/sync, default rules',
    prepare: (text) => () => ml.lint({ strings: { content: text } }).content?.length ?? 0,
  };
}

/** A peer ready to run, or the reason it is not (`peer` null). */
export interface LoadedPeer {
  name: string;
  version: string | null;
  peer: Peer | null;
  error?: string;
}

/** Loads every peer; one that fails keeps its error message in place of the peer. */
export async function loadPeers(): Promise<LoadedPeer[]> {
  const entries: [string, string, () => Promise<Peer>][] = [
    ['autocorrect', 'autocorrect-node', autocorrect],
    ['markdownlint', 'markdownlint', markdownlint],
  ];
  const peers: LoadedPeer[] = [];
  for (const [name, pkg, make] of entries) {
    const version = packageVersion(pkg);
    try {
      peers.push({ peer: await make(), name, version });
    } catch (error) {
      peers.push({ peer: null, name, version, error: `could not load ${pkg}: ${message(error)}` });
    }
  }
  return peers;
}

/**
 * Each peer on `text`: `warmups` untimed runs, then `runs` runs, each followed by one of `ours` on the
 * same text, so that a busy moment of a shared machine weighs on both sides of the ratio alike.
 */
export function timePeers(loaded: readonly LoadedPeer[], text: string, ours: () => unknown, runs: number, warmups: number): PeerResult[] {
  return loaded.map(({ peer, name, version, error }) => {
    const failed = (reason: string): PeerResult => ({ name, version, ms: null, oursMs: null, ratio: null, runs: 0, findings: null, method: peer?.method ?? '', error: reason });
    if (!peer) return failed(error ?? 'not loaded');
    try {
      const run = peer.prepare(text);
      let findings = 0;
      for (let i = 0; i < warmups; i++) findings = run();
      const peerTimes: number[] = [];
      const ourTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        findings = run();
        peerTimes.push(performance.now() - t0);
        t0 = performance.now();
        ours();
        ourTimes.push(performance.now() - t0);
      }
      const ms = median(peerTimes);
      const oursMs = median(ourTimes);
      return { name, version, ms: round(ms), oursMs: round(oursMs), ratio: round(ms / oursMs), runs, findings, method: peer.method };
    } catch (e) {
      return failed(`${name} failed on the text: ${message(e)}`);
    }
  });
}

/** Pieces of at most `size` characters, each ending at a line break when the text has one in reach. */
export function splitAtLines(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const lineEnd = text.lastIndexOf('\n', end - 1);
      if (lineEnd >= start) end = lineEnd + 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

function packageVersion(pkg: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : null;
  } catch {
    return null;
  }
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)!.trim();
// A load error's first line names what is missing; the rest is a require stack.
const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).trim().split('\n')[0]!.trim() || 'unknown error';
const round = (n: number) => Number(n.toFixed(1));
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
