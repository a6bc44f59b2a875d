// Pure (no vscode import), for the node tests: the character classes are the lint core's.
import { isHan, isLatinLetter } from '../../server/src/core/text/chars.js';

/** Enough of a long text to tell; bounded, so that a pasted log of megabytes costs nothing. */
const SAMPLE = 10_000;
/** Fewer Han characters than this are a word or two, not a draft. */
const MIN_HAN = 5;

/**
 * Whether the text reads as Chinese prose — a notice, a speech — rather than code or
 * configuration: at least a few Han characters, and more Han characters than Latin letters.
 * Letters, not all characters, are compared: figures and punctuation weigh nothing either way, so
 * a draft full of tables of numbers still counts, and code with Chinese comments does not (its
 * keywords and names outnumber the comments). A draft that names a few English products stays well
 * above: 「关于开展 Windows 10 系统升级和 Office 365 授权清理工作的通知」 has 20 Han against 13 Latin.
 */
export function isChineseDraft(text: string): boolean {
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (isHan(c)) han++;
    else if (isLatinLetter(c)) latin++;
  }
  return han >= MIN_HAN && han > latin;
}
