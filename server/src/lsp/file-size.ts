import type { Locale } from '../core/index.js';

/** The text's size in UTF-8 bytes when it is over `limit`, else undefined; counted only when it must be. */
export function sizeOver(text: string, limit: number): number | undefined {
  // A UTF-16 code unit takes one to three bytes in UTF-8.
  if (text.length > limit) return Buffer.byteLength(text, 'utf8');
  if (text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? bytes : undefined;
}

/** `512 字节`, `3.5 KB`, `5.0 MB` (binary units, as file managers show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return locale === 'en' ? `${bytes} bytes` : `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
