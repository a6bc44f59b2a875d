import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_DRAWN_MARKERS, undrawnDiagnostics } from '../../client/src/marker-limit.js';

const [ERROR, WARNING, INFORMATION, HINT] = [0, 1, 2, 3];
const diagnostic = (id: string, severity: number) => ({ id, severity });
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);
const blanks = (count: number, from = 0) => Array.from({ length: count }, (_, i) => diagnostic(`blank${from + i}`, ERROR));

describe('the diagnostics VS Code does not draw', () => {
  it("are VS Code's: 1000 forwarded to the editor, 500 drawn", () => {
    assert.equal(MAX_DIAGNOSTICS_PER_FILE, 1000);
    assert.equal(MAX_DRAWN_MARKERS, 500);
  });

  it('none up to 500', () => {
    assert.deepEqual(undrawnDiagnostics(blanks(500)), []);
  });

  it('up to 1000, all are forwarded in order and those after the 500th are not drawn, whatever their severity', () => {
    const list = [diagnostic('warning', WARNING), ...blanks(600)];
    assert.deepEqual(ids(undrawnDiagnostics(list)), ids(list.slice(500)));
  });

  it('past 1000, the editor gets errors first, then warnings, information and hints, each in order', () => {
    const list = [
      diagnostic('hint', HINT),
      diagnostic('warning1', WARNING),
      diagnostic('error1', ERROR),
      diagnostic('info', INFORMATION),
      diagnostic('warning2', WARNING),
      diagnostic('error2', ERROR),
    ];
    // Forwarded: error1 error2 warning1 | drawn: the first two of them.
    assert.deepEqual(ids(undrawnDiagnostics(list, 3, 2)), ['hint', 'warning1', 'info', 'warning2']);
    // Forwarded: error1 error2 warning1 warning2 info | drawn: the first four.
    assert.deepEqual(ids(undrawnDiagnostics(list, 5, 4)), ['hint', 'info']);
    assert.deepEqual(ids(undrawnDiagnostics(list, 5, 5)), ['hint']);
  });

  it('a 合订本: a warning at the top and 1300 blanks leave all but the first 500 blanks undrawn', () => {
    const list = [diagnostic('heading', WARNING), ...blanks(1300)];
    assert.deepEqual(ids(undrawnDiagnostics(list)), ['heading', ...ids(blanks(800, 500))]);
  });

  it('counts a diagnostic listed twice twice, as VS Code does', () => {
    const twice = diagnostic('twice', ERROR);
    assert.deepEqual(ids(undrawnDiagnostics([twice, twice, diagnostic('last', ERROR)], 2, 2)), ['last']);
  });
});
