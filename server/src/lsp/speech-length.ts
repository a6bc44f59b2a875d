import { DEFAULT_SPEECH_RATE, SPEECH_RATE_RANGE, formatSpeechStats, groupThousands, readingMinutes, type Locale } from '../core/index.js';
import type { SpeechLength } from '../protocol.js';

/**
 * The speech length of a linted version, `characters` counted on its model (`speechStats`), at
 * the rate set in `gongwen.speechRate` — kept within its bounds: VS Code shows a bad value as a
 * warning but still hands it over.
 */
export function speechLength(version: number, characters: number, rawRate: unknown, locale: Locale): SpeechLength {
  const rate = speechRate(rawRate);
  const minutes = readingMinutes(characters, rate);
  return { version, characters, minutes, rate, text: formatSpeechStats({ characters, minutes }, locale), count: groupThousands(characters) };
}

function speechRate(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SPEECH_RATE;
  return Math.min(SPEECH_RATE_RANGE.max, Math.max(SPEECH_RATE_RANGE.min, Math.round(value)));
}
