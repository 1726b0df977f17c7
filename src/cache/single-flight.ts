/** One shared call in flight, as its starter sees it. */
export interface Flight {
  /** Aborts only when every caller waiting on this flight has gone (one caller leaving cancels nothing). */
  readonly signal: AbortSignal;
}

interface Entry<V> extends Flight {
  readonly promise: Promise<V>;
  readonly controller: AbortController;
  waiters: number;
}

/** How a caller waits: its own signal (deadline, client gone) and the error it gets when that fires. */
export interface WaitOptions {
  signal?: AbortSignal;
  abortError?: () => Error;
}

/**
 * Concurrent calls for one key share one execution (the pattern of Go's `singleflight`), across
 * requests. A waiter's abort only ends its own wait; the shared execution is cancelled when no one
 * waits any more. Nothing is remembered once it settles: errors are shared with the waiters of that
 * moment, never cached. Hand-written: the npm single-flight packages neither share across callers
 * with separate abort signals nor let the shared work see "everyone left".
 */
export class SingleFlight<V> {
  readonly #flights = new Map<string, Entry<V>>();

  /** Joins the flight of `key`, or starts one with `start`. `joined` tells whether it already ran. */
  run(
    key: string,
    start: (flight: Flight) => Promise<V>,
    wait: WaitOptions = {},
  ): { joined: boolean; value: Promise<V> } {
    let entry = this.#flights.get(key);
    const joined = entry !== undefined;
    if (!entry) {
      const controller = new AbortController();
      const fresh: Entry<V> = {
        controller,
        signal: controller.signal,
        waiters: 0,
        promise: Promise.resolve().then(() => start(fresh)),
      };
      entry = fresh;
      this.#flights.set(key, fresh);
      // Every waiter may have left; the settled flight must not become an unhandled rejection.
      fresh.promise
        .catch(() => undefined)
        .finally(() => {
          if (this.#flights.get(key) === fresh) this.#flights.delete(key);
        });
    }
    return { joined, value: this.#wait(entry, wait) };
  }

  /** Later calls for `key` start a new flight; the one in progress still answers its own waiters. */
  forget(key: string): void {
    this.#flights.delete(key);
  }

  /** Flights in progress (for tests and metrics). */
  get size(): number {
    return this.#flights.size;
  }

  #wait(entry: Entry<V>, { signal, abortError }: WaitOptions): Promise<V> {
    if (signal?.aborted) return Promise.reject(abortError?.() ?? signal.reason);
    // A caller without a signal waits to the end, so the flight is never cancelled under it.
    entry.waiters++;
    if (!signal) return entry.promise;
    return new Promise<V>((resolve, reject) => {
      const leave = () => {
        entry.waiters--;
        if (entry.waiters === 0) entry.controller.abort(new Error('every caller left'));
        reject(abortError?.() ?? signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          entry.waiters--;
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', leave);
          entry.waiters--;
          reject(err);
        },
      );
    });
  }
}
