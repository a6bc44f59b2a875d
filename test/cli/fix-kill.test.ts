import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixText, toChineseNumber } from '../../server/src/core/index.js';
import { TEMP_FILE } from '../../server/src/node/atomic-write.js';
import { encode } from '../../server/src/node/encode.js';
import { ROOT } from '../helpers/paths.js';

// `--fix` over 300 drafts of 20–50k characters is killed (SIGKILL) at a random moment after its
// first write, three times over; every file must then be wholly the original or wholly the fixed
// bytes, and the only other files may be temporary files of the killed writes. The delays are
// random; the seed is printed so that a failure can be replayed with GONGWEN_KILL_SEED.

const FILES = 300;
const TEMPLATES = 12;
const ROUNDS = 3;
const seed = Number(process.env['GONGWEN_KILL_SEED'] ?? Date.now() % 1_000_000);

function lcg(state: number): () => number {
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/** A speech draft of about `length` characters with wrong marker styles and broken numbering in every section. */
function draft(random: () => number, length: number): string {
  const prose = '　　今年以来，全区上下认真贯彻落实各项决策部署，经济社会发展保持稳中有进的良好态势，各项工作取得新成效。';
  const lines = ['关于做好秋冬季农业生产工作的讲话', '同志们：'];
  let size = 0;
  for (let section = 1; size < length; section++) {
    const number = section + (random() < 0.15 ? 1 : 0);
    const part = [`${toChineseNumber(number)}${random() < 0.3 ? '．' : '、'}第${toChineseNumber(section)}方面的工作`];
    const subsections = 2 + Math.floor(random() * 4);
    for (let sub = 1; sub <= subsections; sub++) {
      const n = toChineseNumber(sub + (random() < 0.2 ? 1 : 0));
      part.push(random() < 0.4 ? `(${n})抓好重点任务落实。` : `（${n}）${random() < 0.3 ? '、' : ''}抓好重点任务落实。`);
      for (let item = 1; item <= 3; item++) part.push(`${item}${random() < 0.3 ? '、' : '.'}${prose.slice(2, 20)}。`);
      part.push(prose.repeat(1 + Math.floor(random() * 4)));
    }
    lines.push(...part);
    size += part.join('\n').length;
  }
  return `${lines.join('\n')}\n`;
}

interface Variant {
  readonly name: string;
  readonly eol: string;
  readonly encoding: 'utf-8' | 'gb18030' | 'utf-16le';
  readonly bom: boolean;
}
const VARIANTS: readonly Variant[] = [
  { name: 'lf', eol: '\n', encoding: 'utf-8', bom: false },
  { name: 'crlf-bom', eol: '\r\n', encoding: 'utf-8', bom: true },
  { name: 'cr-gb18030', eol: '\r', encoding: 'gb18030', bom: false },
  { name: 'crlf-utf16', eol: '\r\n', encoding: 'utf-16le', bom: true },
];

let dir: string;
/** Per file: the bytes written, and the bytes a complete --fix must leave. */
const expected = new Map<string, { original: Buffer; fixed: Buffer }>();

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-kill-'));
  const random = lcg(seed);
  const templates = Array.from({ length: TEMPLATES }, (_, t) => {
    const variant = VARIANTS[t % VARIANTS.length]!;
    const text = draft(random, 20_000 + Math.floor(random() * 30_000)).replace(/\n/g, variant.eol);
    const bytes = (s: string) => {
      const result = encode(s, variant.encoding, variant.bom);
      assert.ok(result.ok);
      return Buffer.from(result.bytes);
    };
    const fixed = fixText(text).output;
    assert.notEqual(fixed, text);
    return { variant, original: bytes(text), fixed: bytes(fixed) };
  });
  for (let i = 0; i < FILES; i++) {
    const template = templates[i % TEMPLATES]!;
    // Every tenth file is already fixed: it must not be touched at all.
    const original = i % 10 === 9 ? template.fixed : template.original;
    const name = `${String(i).padStart(3, '0')}-${template.variant.name}.txt`;
    writeFileSync(join(dir, name), original);
    expected.set(name, { original, fixed: template.fixed });
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `--fix` on the folder and SIGKILLs it `delay` ms after the first file appears or is replaced. */
function runAndKill(delay: number): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), '--fix', '--format', 'json', dir], { stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    };
    const watcher = watch(dir, kill);
    // Should the watcher stay silent, kill by the clock.
    const fallback = setTimeout(kill, 3000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      clearTimeout(fallback);
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe('--fix killed mid-run', () => {
  it(`leaves every file whole: original or fixed (seed ${seed})`, async (t) => {
    const random = lcg(seed ^ 0x5bd1e995);
    const mtimes = new Map([...expected.keys()].map((name) => [name, statSync(join(dir, name)).mtimeMs]));
    let killed = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const delay = Math.floor(random() * 800);
      const exit = await runAndKill(delay);
      if (exit.signal === 'SIGKILL') killed++;
      t.diagnostic(`round ${round}: killed ${delay} ms after the first write (${exit.signal ?? `exit ${exit.code}`})`);

      let fixed = 0;
      for (const [name, { original, fixed: whole }] of expected) {
        const bytes = readFileSync(join(dir, name));
        const state = bytes.equals(whole) ? 'fixed' : bytes.equals(original) ? 'original' : 'torn';
        assert.notEqual(state, 'torn', `${name} after round ${round} (seed ${seed}, delay ${delay})`);
        if (state === 'fixed') fixed++;
        if (original === whole) assert.equal(statSync(join(dir, name)).mtimeMs, mtimes.get(name), `${name} was rewritten`);
      }
      const others = readdirSync(dir).filter((name) => !expected.has(name));
      t.diagnostic(`round ${round}: ${fixed} of ${FILES} files fixed; ${others.length} temporary files left`);
      for (const name of others) {
        assert.match(name, TEMP_FILE);
        assert.ok(expected.has(name.slice(1, name.lastIndexOf('.', name.length - 5))), `${name} belongs to no draft`);
      }
      assert.ok(others.length <= round, `one write at a time, at most one temporary file per kill: ${others.join(', ')}`);
    }
    // Deterministic-ish: with these sizes a run lasts several seconds, so at least one kill lands mid-run.
    assert.ok(killed > 0, 'the CLI was never killed mid-run');
  });
});
