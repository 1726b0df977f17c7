import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client to `url` (http → ws), closed by `dispose()`. */
export function wsClient(
  httpUrl: string,
  options: { connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: options.headers });
      }
    },
    connectionParams: options.connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects a subscription's results; `next(n)` waits (bounded) until `n` have arrived. */
export function collect<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
) {
  const results: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  let closed: unknown = null;
  let completed = false;
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => void results.push(r as (typeof results)[number]),
      error: (e) => {
        closed = e;
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    results,
    unsubscribe,
    get error() {
      return closed;
    },
    get completed() {
      return completed;
    },
  };
}

/** Polls `condition` every 10 ms until true or `timeoutMs` passes (then throws `what`). */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
