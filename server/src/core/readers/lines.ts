import type { Line } from '../model/types.js';

/** Splits on `\n`, `\r\n` and a lone `\r`, as LSP and VS Code do. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  if (!text.includes('\r')) {
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      lines.push({ start, end: nl, next: nl + 1 });
      start = nl + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        lines.push({ start, end: i, next });
        start = next;
        i = next - 1;
      }
    }
  }
  lines.push({ start, end: n, next: n });
  return lines;
}
