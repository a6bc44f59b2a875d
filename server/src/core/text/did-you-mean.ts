/** A known name, and other spellings a writer may use for it (a rule's titles: 「未填写的占位符」). */
export interface KnownName {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/**
 * The known name `input` most likely means, for a "did you mean" — or undefined when none is close.
 * Close: a few typos (edit distance, a swap of two neighbours counting as one), ignoring case,
 * hyphens, underscores and spaces; or one name alone containing it or contained in it
 * (`warn` → `warning`, `占位符` → `placeholder` through its title).
 */
export function nearestName(input: string, known: readonly (string | KnownName)[]): string | undefined {
  const key = normalize(input);
  if (key.length === 0) return undefined;
  const entries = known.map((k) => (typeof k === 'string' ? { name: k, spellings: [k] } : { name: k.name, spellings: [k.name, ...(k.aliases ?? [])] }));
  let best: string | undefined;
  let bestDistance = Infinity;
  const containing = new Set<string>();
  for (const { name, spellings } of entries) {
    for (const spelling of spellings.map(normalize)) {
      const d = distance(key, spelling);
      // Never a name that shares nothing with the input but its length.
      if (d <= tolerance(spelling) && d < key.length && d < bestDistance) {
        best = name;
        bestDistance = d;
      }
      const shorter = Math.min(key.length, spelling.length);
      if (shorter >= MIN_CONTAINED && (spelling.includes(key) || key.includes(spelling))) containing.add(name);
    }
  }
  if (best !== undefined) return best;
  return containing.size === 1 ? [...containing][0] : undefined;
}

/** Shorter parts match too many names (`en` is in half the rule ids). */
const MIN_CONTAINED = 3;

/** One typo in a short name, one more for every four characters. */
function tolerance(name: string): number {
  return Math.max(1, Math.floor(name.length / 4));
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[-_\s]+/g, '');
}

/** Optimal string alignment distance over UTF-16 units (the names are BMP text). */
function distance(a: string, b: string): number {
  // Too different in length to be close; this also bounds the work for a huge key.
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 2) return Math.max(a.length, b.length);
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
