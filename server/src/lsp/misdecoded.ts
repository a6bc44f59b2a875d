/** U+FFFD, what a decoder puts in for bytes that are not valid in the encoding it was told. */
const REPLACEMENT = 0xfffd;
/**
 * Fewer than this are strays — a character or two damaged in a sound draft. GBK read as UTF-8
 * gives more than this from five Chinese characters on.
 */
const MIN_REPLACEMENTS = 8;
/**
 * GBK/GB18030 read as UTF-8 turns about three quarters or more of the non-ASCII characters into
 * U+FFFD (each invalid byte becomes one; the rest become stray Latin, Greek or Cyrillic letters),
 * whatever share of the text is ASCII. A sound draft has next to none.
 */
const MIN_SHARE = 1 / 4;

/**
 * Whether the text looks like a file decoded with the wrong encoding — most often a GBK/GB18030
 * draft (WPS, older Word) opened as UTF-8 — rather than a draft: linting it would report mojibake.
 * The editor hands the server text, not bytes, so this counts what `decode` (node/decode.ts) calls
 * lossy: replacement characters. One pass, no allocation.
 */
export function looksMisdecoded(text: string): boolean {
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === REPLACEMENT) replacements++;
  }
  return replacements >= MIN_REPLACEMENTS && replacements >= nonAscii * MIN_SHARE;
}
