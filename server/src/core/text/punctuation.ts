/**
 * ASCII punctuation typed in Chinese text for its full-width mark (GB/T 15834: Chinese text takes
 * the full-width forms). The ASCII double quote has two full-width forms, told apart by pairing.
 */
export const FULL_WIDTH_OF: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

export const LEFT_DOUBLE_QUOTE = '“';
export const RIGHT_DOUBLE_QUOTE = '”';

/** CJK symbols and punctuation (、。「」〔〕…) and the full-width forms (，：（）…), and the curly double quotes. */
export function isChinesePunctuation(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  return (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff65) || c === LEFT_DOUBLE_QUOTE || c === RIGHT_DOUBLE_QUOTE;
}
