/**
 * At most `permits` operations at once, and at most `queue` more waiting their turn
 * in arrival order; beyond that, `run` refuses at once rather than let a backlog
 * build that every later caller would wait behind.
 */
export const BUSY = Symbol('busy');

export class Gate {
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(
    readonly permits: number,
    readonly queue: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(operation: () => Promise<T>): Promise<T | typeof BUSY> {
    if (this.#running >= this.permits) {
      if (this.#waiting.length >= this.queue) return BUSY;
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await operation();
    } finally {
      // The permit passes straight to the next in line, or is given back.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
