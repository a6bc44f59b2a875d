import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint, ModelCache, SourceDocument } from '../../../server/src/core/index.js';
import { ROOT } from '../../helpers/paths.js';

/** A small seeded PRNG, so a failure names an edit sequence that can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces an editing writer types: numbers and units, series markers, blanks, line breaks, code fences.
const PIECES = ['5', '2.6', '亿元', '万人', '%', '户', '一是', '二是', '第三，', 'X', '××', '\n', '\r\n', '\r', '（一）', '二、', '同比增长', '约', '。', '，', '`', '```\n', 'https://x.cn/1 ', '𠀀', '　　'];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const roll = rnd();
  if (roll < 0.35) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
  const piece = PIECES[Math.floor(rnd() * PIECES.length)]!;
  return text.slice(0, at) + piece + text.slice(roll < 0.7 ? at : at + Math.floor(rnd() * 4));
}

describe('ModelCache', () => {
  const samples = ['samples/speech-draft.txt', 'test/core/fixtures/figures.txt', 'test/core/fixtures/outline-series.txt'].map((p) =>
    readFileSync(join(ROOT, p), 'utf8'),
  );
  for (const format of ['plain', 'markdown'] as const) {
    it(`gives the same findings as a fresh lint after every one of 600 random edits (${format})`, () => {
      const rnd = random(format === 'plain' ? 7 : 11);
      const cache = new ModelCache();
      let text = samples.join('\n');
      for (let i = 0; i < 600; i++) {
        text = edit(text, rnd);
        // Now and then a whole other document through the same cache: entries must not leak across.
        const current = i % 97 === 96 ? samples[i % samples.length]! : text;
        assert.deepEqual(lint(current, undefined, { format, cache }), lint(current, undefined, { format }), `edit ${i}`);
      }
    });
  }
  it('keeps the model identical, including figures and series of moved lines', () => {
    const cache = new ModelCache();
    const before = samples[0]!;
    new SourceDocument(before, 'plain', cache).figures;
    const after = `新增一行：投资5亿元。\n${before}`;
    const cached = new SourceDocument(after, 'plain', cache);
    const fresh = new SourceDocument(after);
    assert.ok(fresh.figures.length > 5);
    assert.deepEqual(cached.figures, fresh.figures);
    assert.deepEqual(cached.series, fresh.series);
  });
});
