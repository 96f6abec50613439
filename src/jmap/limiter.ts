// Caps how many requests are in flight (the session's maxConcurrentRequests); the rest wait in order.

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/** `max` is read on every acquire because the limit arrives with the session. */
export function createLimiter(max: () => number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];
  const capacity = () => Math.max(1, max());

  const acquire = (): Promise<void> => {
    if (active < capacity() && queue.length === 0) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => queue.push(resolve));
  };

  // The slot is counted for the next task before it wakes, so nothing can overtake it.
  const release = () => {
    active--;
    while (queue.length > 0 && active < capacity()) {
      active++;
      queue.shift()!();
    }
  };

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
