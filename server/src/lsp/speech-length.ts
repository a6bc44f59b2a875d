import { DEFAULT_SPEECH_RATE, SPEECH_RATE_RANGE, formatSpeechStats, groupThousands, readingMinutes, type Locale } from '../core/index.js';
import type { SpeechLength } from '../protocol.js';
import { bounded } from './bounded.js';

/**
 * The speech length of a linted version, `characters` counted on its model (`speechStats`), at
 * the rate set in `gongwen.speechRate`, kept within its bounds.
 */
export function speechLength(version: number, characters: number, rawRate: unknown, locale: Locale): SpeechLength {
  const rate = bounded(rawRate, SPEECH_RATE_RANGE.min, SPEECH_RATE_RANGE.max, DEFAULT_SPEECH_RATE);
  const minutes = readingMinutes(characters, rate);
  return { version, characters, minutes, rate, text: formatSpeechStats({ characters, minutes }, locale), count: groupThousands(characters) };
}
