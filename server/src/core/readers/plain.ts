import { isWhitespace } from '../text/chars.js';
import { urlRanges } from '../model/ignored.js';
import type { Comment, Paragraph } from '../model/types.js';
import type { Range } from '../types.js';
import { TextSource } from './text-source.js';

/** A `.txt` or `.gw` draft: every line with text is a paragraph; only URLs are not prose. */
export class PlainSource extends TextSource {
  readonly format = 'plain' as const;
  private paragraphsCache?: readonly Paragraph[];
  private ignoredCache?: readonly Range[];

  get paragraphs(): readonly Paragraph[] {
    if (!this.paragraphsCache) {
      const text = this.text;
      const out: Paragraph[] = [];
      for (const line of this.lines) {
        let start = line.start;
        let end = line.end;
        while (start < end && isWhitespace(text[start]!)) start++;
        while (end > start && isWhitespace(text[end - 1]!)) end--;
        if (start < end) out.push({ start, end, block: 'text', contentStart: start });
      }
      this.paragraphsCache = out;
    }
    return this.paragraphsCache;
  }

  /** Plain text has no comments, so nothing in it can be silenced. */
  readonly comments: readonly Comment[] = [];

  get ignored(): readonly Range[] {
    return (this.ignoredCache ??= urlRanges(this.text));
  }
}
