import { isHan, isLatinLetter } from '../core/text/chars.js';
import { DRAFT_SAMPLE_CHARS } from '../protocol.js';

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
  // Enough of a long text to tell; bounded, so that a pasted log of megabytes costs nothing.
  const end = Math.min(text.length, DRAFT_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (isHan(c)) han++;
    else if (isLatinLetter(c)) latin++;
  }
  return han >= MIN_HAN && han > latin;
}
