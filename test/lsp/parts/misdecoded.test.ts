import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generate } from '../../../bench/generate.js';
import { encode } from '../../../server/src/node/encode.js';
import { looksMisdecoded } from '../../../server/src/lsp/misdecoded.js';
import { ROOT } from '../../helpers/paths.js';

const SAMPLE = readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8');
const params = { seed: 20260801, numRuns: 300 };

/** What an editor shows for a GBK/GB18030 file it opens as UTF-8 (invalid bytes become U+FFFD). */
function gbkReadAsUtf8(text: string): string {
  const encoded = encode(text, 'gb18030', false);
  assert.ok(encoded.ok);
  return new TextDecoder('utf-8').decode(encoded.bytes);
}

/** `count` replacement characters spread evenly over `text`. */
function withStrays(text: string, count: number): string {
  let out = text;
  for (let i = count; i >= 1; i--) {
    const at = Math.floor((out.length * i) / (count + 1));
    out = `${out.slice(0, at)}\uFFFD${out.slice(at)}`;
  }
  return out;
}

describe('looksMisdecoded', () => {
  it('recognizes the sample draft and the CLI fixture saved as GBK and opened as UTF-8', () => {
    assert.equal(looksMisdecoded(gbkReadAsUtf8(SAMPLE)), true);
    assert.equal(looksMisdecoded(new TextDecoder('utf-8').decode(readFileSync(join(ROOT, 'test/cli/golden/gbk.txt')))), true);
  });

  it('recognizes every GBK draft of 15 characters or more, wherever it starts and ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 15, max: 600 }), (seed, start, length) => {
        const text = generate(start + length, seed).slice(start);
        return looksMisdecoded(gbkReadAsUtf8(text));
      }),
      params,
    );
  });

  it('recognizes a GBK file that is mostly ASCII', () => {
    const notes = '# Notes\n\nThe meeting (会议) discussed the budget; see report.txt for 详情.\n'.repeat(3);
    assert.equal(looksMisdecoded(gbkReadAsUtf8(notes)), true);
  });

  it('leaves UTF-8 drafts alone, also with a few stray replacement characters', () => {
    assert.equal(looksMisdecoded(SAMPLE), false);
    assert.equal(looksMisdecoded(withStrays(SAMPLE, 1)), false);
    assert.equal(looksMisdecoded(withStrays(SAMPLE, 20)), false);
    // Short drafts: fewer than eight are strays, however short the text.
    assert.equal(looksMisdecoded('关于X的通知\uFFFD'), false);
    assert.equal(looksMisdecoded(withStrays('请于X月X日前报送', 7)), false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 7 }), (seed, length, strays) =>
        !looksMisdecoded(withStrays(generate(length, seed), strays)),
      ),
      params,
    );
  });

  it('copes with empty, ASCII-only and lone-surrogate text', () => {
    assert.equal(looksMisdecoded(''), false);
    assert.equal(looksMisdecoded('\uFFFD'), false);
    assert.equal(looksMisdecoded('plain ASCII text\n'.repeat(100)), false);
    assert.equal(looksMisdecoded('\uD800\uDC00\uDFFF'.repeat(100)), false);
    assert.equal(looksMisdecoded('\uFFFD'.repeat(8)), true);
  });

  it('takes linear time: a 4 MB mis-decoded file and a 4 MB draft in a blink', () => {
    const garbled = gbkReadAsUtf8(SAMPLE).repeat(Math.ceil(4_000_000 / SAMPLE.length));
    const draft = SAMPLE.repeat(Math.ceil(4_000_000 / SAMPLE.length));
    // The best of three: a pause of the machine must not fail the test.
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        looksMisdecoded(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(draft.slice(0, 100_000)); // warm up
    const small = Math.max(time(draft.slice(0, 400_000)), 0.5);
    const large = time(draft);
    assert.equal(looksMisdecoded(garbled), true);
    assert.equal(looksMisdecoded(draft), false);
    // Ten times the text: well under a hundred times the time (quadratic would be 100×).
    assert.ok(large < small * 30, `400 kB: ${small.toFixed(1)} ms, 4 MB: ${large.toFixed(1)} ms`);
    assert.ok(large < 200, `4 MB: ${large.toFixed(1)} ms`);
  });
});
