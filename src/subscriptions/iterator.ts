/**
 * An async iterator fed by a push source, for graphql-js `subscribe`. Hand-written because the
 * candidates either never release their listener when the consumer stops (Node's `events.on`
 * releases only on `return()` of its own emitter) or pull in a framework: here `return()`, `throw()`
 * and the consumer going away all call `unsubscribe` exactly once, so a closed socket leaves nothing.
 * At most `maxBuffered` values wait for a slow consumer; beyond it the oldest is dropped (a newer
 * customer state supersedes an older one).
 */
export function pushIterator<T>(
  start: (push: (value: T) => void) => () => void,
  maxBuffered = 100,
): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  const unsubscribe = start((value) => {
    if (done) return;
    const next = waiting.shift();
    if (next) next({ value, done: false });
    else {
      buffered.push(value);
      if (buffered.length > maxBuffered) buffered.shift();
    }
  });
  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      unsubscribe();
      buffered.length = 0;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  };
  return {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: () => Promise.resolve(finish()),
    throw(error?: unknown) {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
