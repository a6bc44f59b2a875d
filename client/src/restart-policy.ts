/** What to do when the language server died. */
export type CrashDecision = { readonly action: 'restart'; readonly notify: boolean } | { readonly action: 'stop' };

/**
 * Restarts a crashed server up to `maxRestarts` times within `windowMs`; one crash more and it
 * stays stopped, since a server that dies on every start would otherwise restart forever. Only
 * the first restart of a burst is worth telling the user about.
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  crashed(): CrashDecision {
    const time = this.now();
    this.crashes = this.crashes.filter((t) => time - t < this.windowMs);
    this.crashes.push(time);
    if (this.crashes.length > this.maxRestarts) {
      this.crashes = [];
      return { action: 'stop' };
    }
    return { action: 'restart', notify: this.crashes.length === 1 };
  }
}
