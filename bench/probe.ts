import type { Scenario } from './scenarios.js';
import { totals, type Counters, type SimulatorControl } from './simulator-control.js';

/** Exact upstream cost of a scenario's queries, counted outside the timed load. */
export interface Probe {
  queries: number;
  /** Queries answered with a non-200 status or GraphQL `errors`. */
  errors: number;
  /** The first such answer (status and start of the body), for the report. */
  firstError: string | null;
  calls: number;
  tokenCalls: number;
  callsPerQuery: number;
  counters: Counters;
}

/**
 * Sends `count` of the scenario's requests (the pool in turn, `concurrency` at a time), waits until the
 * simulators are idle and divides their counters by `count`. Unlike a timed window, nothing is in flight
 * at either end, so the figure is exact; the measured runs report their own estimate beside it.
 */
export async function probeCallsPerQuery(
  scenario: Scenario,
  control: SimulatorControl,
  latencyMs: number,
  options: { count: number; concurrency: number },
): Promise<Probe> {
  await control.resetCounters(latencyMs);
  const { errors, firstError } = await sendPool(scenario, options.count, options.concurrency);
  const counters = await control.settle();
  const { calls, tokenCalls } = totals(counters);
  return {
    queries: options.count,
    errors,
    firstError,
    calls,
    tokenCalls,
    callsPerQuery: calls / options.count,
    counters,
  };
}

/**
 * Sends `count` of the scenario's requests, the pool in turn, `concurrency` at a time, outside any timed
 * window (the probe; a warm server's fill pass, `count` = the pool's size). Counts answers with errors.
 */
export async function sendPool(
  scenario: Scenario,
  count: number,
  concurrency: number,
): Promise<{ errors: number; firstError: string | null }> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const send = async (): Promise<void> => {
    while (next < count) {
      const request = scenario.pool[next++ % scenario.pool.length];
      if (!request) return;
      const res = await fetch(`${scenario.origin}${request.path}`, {
        method: scenario.method,
        headers: scenario.headers,
        body: request.body,
      });
      const text = await res.text();
      if (res.status !== 200 || (scenario.graphql && hasErrors(text))) {
        errors++;
        firstError ??= `${res.status} ${text.slice(0, 1000)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, send));
  return { errors, firstError };
}

function hasErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0;
  } catch {
    return true;
  }
}
