// Bounded concurrency for password hashing: at most `maxRunning` hashes at once and
// `maxWaiting` queued behind them; beyond that a sign-in is refused (429) instead of piling up.
// One hash at a time by default: scrypt then never takes every core from the signed-in users'
// requests, which the credential cache serves without hashing.

export const QUEUE_FULL = Symbol('queue full');

export class HashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning = 1,
    private readonly maxWaiting = 256,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T | typeof QUEUE_FULL> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) return QUEUE_FULL;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so running never drops below the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
