import { lintDocument, ModelCache, SourceDocument, type Config, type DocFormat } from '../core/index.js';

/**
 * V8 compiles the core's hot paths to fast code only after several lints: in a fresh server the
 * first keystrokes after a draft is opened cost several times a warm one (about 200 ms instead of
 * 15–30 in a 100k draft). While the writer reads the draft just opened, the server lints a piece of
 * it a few times, each time with one more character, through a model cache as a keystroke does.
 * One step per turn of the event loop, never while a real lint is under way; the results are
 * dropped. Once per server.
 */

/** Enough lints for V8 to optimise the core, little CPU (about 0.3 s in all). */
export const WARM_UP_STEPS = 12;
/** The length of the piece each step lints. */
export const WARM_UP_PIECE = 20_000;
/** A draft shorter than this is linted fast enough cold: nothing to gain. */
export const WORTH_WARMING = 5_000;
const BUSY_WAIT_MS = 10;

type Lint = (doc: SourceDocument, config: Config) => unknown;

export class WarmUp {
  private started = false;

  constructor(private readonly lint: Lint = lintDocument) {}

  /** Starts on `text` unless started before; `busy` says a real lint is under way, and the step waits. */
  start(text: string, format: DocFormat, config: Config, busy: () => boolean): void {
    if (this.started || text.length < WORTH_WARMING) return;
    this.started = true;
    const end = text.indexOf('\n', WARM_UP_PIECE);
    let piece = end === -1 ? text.slice(0, WARM_UP_PIECE) : text.slice(0, end);
    const cache = new ModelCache();
    let step = 0;
    const next = () => {
      if (busy()) {
        setTimeout(next, BUSY_WAIT_MS);
        return;
      }
      // An edit in the middle of the piece, so that the cache's line-local reuse runs as when typing.
      const at = (piece.length >> 1) + step;
      piece = `${piece.slice(0, at)}的${piece.slice(at)}`;
      this.lint(new SourceDocument(piece, format, cache), config);
      if (++step < WARM_UP_STEPS) setImmediate(next);
    };
    setImmediate(next);
  }
}
