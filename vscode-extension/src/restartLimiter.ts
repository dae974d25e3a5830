// Restart-on-crash policy: a server that dies now and then is restarted; one that dies in a loop
// (bad runtime, corrupt install) is left stopped so VS Code is not flooded with processes and popups.

export class RestartLimiter {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 5,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true when another restart is allowed within the window. */
  recordCrash(): boolean {
    const time = this.now();
    while (this.crashes.length > 0 && time - this.crashes[0] > this.windowMs) {
      this.crashes.shift();
    }
    this.crashes.push(time);
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window. */
  get recentCrashes(): number {
    const time = this.now();
    return this.crashes.filter(t => time - t <= this.windowMs).length;
  }

  /** A manual restart starts afresh. */
  reset(): void {
    this.crashes.length = 0;
  }
}
