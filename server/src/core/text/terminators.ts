/**
 * The punctuation that ends sentences and clauses (GB/T 15834: 句末点号 and 句内点号), in full
 * width and in the ASCII forms typed for them. The model's sentences and clauses
 * (model/sentences.ts) are built from these; nothing else spells them out.
 */

/** 。！？ and ASCII ! ?: the end of a sentence. Not the ASCII period: it is a decimal point (1.5). */
export const SENTENCE_MARKS = '。！？!?';
/** ；: between the clauses of a long sentence, ending a segment of it. */
export const SEMICOLONS = '；;';
/** ，：: the end of a clause inside a segment. Not 、, which separates items of a list. */
export const CLAUSE_MARKS = '，,：:';
/** A line break ends a sentence in a line-based draft. */
export const LINE_BREAKS = '\n\r';
