import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate } from '../../../bench/generate.js';
import { defaultConfig, lintDocument, type SourceDocument } from '../../../server/src/core/index.js';
import { WARM_UP_PIECE, WARM_UP_STEPS, WarmUp, WORTH_WARMING } from '../../../server/src/lsp/warm-up.js';

const CONFIG = defaultConfig();

/** A warm-up whose lints are recorded; `done` resolves after its last step. */
function recorded() {
  const texts: string[] = [];
  let finish: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const warmUp = new WarmUp((doc: SourceDocument, config) => {
    texts.push(doc.text);
    const findings = lintDocument(doc, config);
    if (texts.length === WARM_UP_STEPS) finish();
    return findings;
  });
  return { warmUp, texts, done };
}

/** Lets pending immediates and short timers run. */
const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('warming the core up while the writer reads', () => {
  it('lints a piece of the draft, one more character each step, and stops', async () => {
    const text = generate(100_000, 3);
    const { warmUp, texts, done } = recorded();
    warmUp.start(text, 'plain', CONFIG, () => false);
    await done;
    await turns(30);
    assert.equal(texts.length, WARM_UP_STEPS);
    // A piece of the draft, cut at a line break, not the whole draft.
    const piece = text.slice(0, text.indexOf('\n', WARM_UP_PIECE));
    texts.forEach((t, i) => assert.equal(t.length, piece.length + i + 1));
    const middle = piece.length >> 1;
    assert.equal(texts[0], `${piece.slice(0, middle)}的${piece.slice(middle)}`);
  });

  it('runs once per server', async () => {
    const { warmUp, texts, done } = recorded();
    warmUp.start(generate(30_000, 4), 'plain', CONFIG, () => false);
    warmUp.start(generate(30_000, 5), 'plain', CONFIG, () => false);
    await done;
    await turns(30);
    assert.equal(texts.length, WARM_UP_STEPS);
  });

  it('leaves a short draft alone', async () => {
    const { warmUp, texts } = recorded();
    warmUp.start(generate(WORTH_WARMING - 100, 6), 'plain', CONFIG, () => false);
    await turns(30);
    assert.equal(texts.length, 0);
  });

  it('gives way while a real lint is under way', async () => {
    const { warmUp, texts, done } = recorded();
    let busy = true;
    warmUp.start(generate(30_000, 7), 'plain', CONFIG, () => busy);
    await turns(50);
    assert.equal(texts.length, 0);
    busy = false;
    await done;
    assert.equal(texts.length, WARM_UP_STEPS);
  });
});
