import { formatSpeechStats, groupThousands, readingMinutes, type Locale, type SpeechStats } from '../core/index.js';
import { displayWidth } from './stylish.js';

export interface FileStats extends SpeechStats {
  readonly filePath: string;
}

/** The totals: characters added up, minutes computed from them (not a sum of rounded minutes). */
export function totalStats(files: readonly FileStats[], ratePerMinute: number): SpeechStats {
  const characters = files.reduce((n, f) => n + f.characters, 0);
  return { characters, minutes: readingMinutes(characters, ratePerMinute) };
}

/**
 * `--stats --format json`:
 * `{"ratePerMinute": 220, "files": [{"filePath", "characters", "minutes"}], "total": {"characters", "minutes"}}`.
 */
export function formatStatsJson(files: readonly FileStats[], ratePerMinute: number): string {
  return JSON.stringify({
    ratePerMinute,
    files: files.map((f) => ({ filePath: f.filePath, characters: f.characters, minutes: f.minutes })),
    total: totalStats(files, ratePerMinute),
  });
}

/**
 * One line a file, `讲话稿.txt  8,560 字 · 约 39 分钟`, names and counts aligned; a 合计 (Total)
 * line when there is more than one file.
 */
export function formatStatsText(files: readonly FileStats[], ratePerMinute: number, locale: Locale, cwdRelative: (p: string) => string): string {
  if (files.length === 0) return '';
  const rows: [string, SpeechStats][] = files.map((f) => [cwdRelative(f.filePath), f]);
  if (files.length > 1) rows.push([locale === 'en' ? 'Total' : '合计', totalStats(files, ratePerMinute)]);
  const nameWidth = Math.max(...rows.map(([name]) => displayWidth(name)));
  const countWidth = Math.max(...rows.map(([, s]) => groupThousands(s.characters).length));
  const lines = rows.map(([name, s]) => {
    const count = groupThousands(s.characters);
    return `${name}${' '.repeat(nameWidth - displayWidth(name))}  ${' '.repeat(countWidth - count.length)}${formatSpeechStats(s, locale)}`;
  });
  return `${lines.join('\n')}\n`;
}
