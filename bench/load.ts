import autocannon from 'autocannon';
import type { Scenario } from './scenarios.js';

/** What the load generator saw during the measured window. */
export interface LoadResult {
  /** Seconds the window lasted. */
  durationS: number;
  /** Responses received within the window. */
  completed: number;
  reqPerSec: number;
  /** Latency of 2xx responses, ms. */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Socket errors, timeouts included. */
  socketErrors: number;
  timeouts: number;
  /** 2xx GraphQL responses carrying a top-level `errors`. */
  graphqlErrors: number;
  /** `non2xx + socketErrors + graphqlErrors`. */
  errors: number;
  statusCodes: Record<string, number>;
}

/** Called at the edges of the measured window (snapshots of counters, RSS watchers). */
export interface WindowHooks {
  start(): Promise<void>;
  end(): Promise<void>;
}

/**
 * Drives `scenario` over `connections` keep-alive connections for `warmupS + durationS` seconds in one
 * go, and measures only the last `durationS`: requests in flight at either edge of the window are
 * balanced (steady state), so counters read at the edges divide exactly by the responses in between.
 * The pool's requests are sent in turn, one rotation shared by all connections.
 */
export function drive(
  scenario: Scenario,
  connections: number,
  timing: { warmupS: number; durationS: number },
  hooks: WindowHooks,
): Promise<LoadResult> {
  let next = 0;
  let measuring = false;
  let graphqlErrors = 0;
  let completed = 0;
  let non2xx = 0;
  let socketErrors = 0;
  let timeouts = 0;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const pool = scenario.pool.map((r) => ({ method: scenario.method, path: r.path, body: r.body }));
  const request: autocannon.Request = {
    method: scenario.method,
    headers: scenario.headers,
    // Rotating through the pool per request keeps the per-request caches honest: every id is a real call.
    setupRequest: (req) => {
      const pick = pool[next++ % pool.length];
      return pick ? { ...req, ...pick } : req;
    },
  };
  if (scenario.graphql) {
    request.onResponse = (status, body) => {
      if (!measuring || status < 200 || status >= 300) return;
      if (body.includes('"errors"') && hasTopLevelErrors(body)) graphqlErrors++;
    };
  }

  return new Promise((resolve, reject) => {
    let windowStart = 0;
    let windowEnd = 0;
    let failure: unknown;
    const instance = autocannon(
      {
        url: scenario.origin,
        connections,
        // The window closes the run itself; this is only a backstop.
        duration: timing.warmupS + timing.durationS + 60,
        timeout: 30,
        requests: [request],
      },
      (err) => {
        if (err || failure) return reject(err ?? failure);
        const durationS = (windowEnd - windowStart) / 1000;
        const sorted = Float64Array.from(latencies).sort();
        const at = (q: number) =>
          sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : 0;
        resolve({
          durationS,
          completed,
          reqPerSec: durationS > 0 ? completed / durationS : 0,
          p50Ms: at(0.5),
          p90Ms: at(0.9),
          p99Ms: at(0.99),
          maxMs: sorted.length ? (sorted[sorted.length - 1] ?? 0) : 0,
          non2xx,
          socketErrors,
          timeouts,
          graphqlErrors,
          errors: non2xx + socketErrors + graphqlErrors,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTimeMs: number) => {
      if (!measuring) return;
      completed++;
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(responseTimeMs);
      else non2xx++;
    });
    instance.on('reqError', (err: Error) => {
      if (!measuring) return;
      socketErrors++;
      if (err.message === 'request timed out') timeouts++;
    });
    instance.once('start', () => {
      setTimeout(() => {
        measuring = true;
        windowStart = performance.now();
        void hooks
          .start()
          .then(() => new Promise((r) => setTimeout(r, timing.durationS * 1000 - (performance.now() - windowStart))))
          .then(() => {
            measuring = false;
            windowEnd = performance.now();
            return hooks.end();
          })
          .catch((err: unknown) => {
            failure = err;
          })
          .finally(() => instance.stop());
      }, timing.warmupS * 1000);
    });
  });
}

// Confirms a cheap substring hit: only a top-level `errors` key is a GraphQL error.
function hasTopLevelErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0;
  } catch {
    return true; // a 2xx that is not JSON is an error too
  }
}
