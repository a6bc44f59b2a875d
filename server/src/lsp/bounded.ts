/**
 * A whole number the client sent, kept within [min, max]; `fallback` for anything that is not a
 * finite number (VS Code shows a bad setting as a warning but still hands it over).
 */
export function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}
