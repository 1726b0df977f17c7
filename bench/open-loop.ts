import { createHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Scenario } from './scenarios.js';

/** What a fixed-rate run saw; latencies are from each request's scheduled send time, ms. */
export interface OpenLoopResult {
  /** Requests scheduled: `rate × duration`. */
  scheduled: number;
  completed: number;
  /** Non-2xx answers, socket errors and (GraphQL scenarios) bodies starting with `{"errors":`. */
  errors: number;
  /** Rate asked for and rate achieved (completed over the time until the last answer), req/s. */
  rate: number;
  achievedRate: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** How late the driver itself sent, p99 (ms): above ~1 ms the driver, not the target, was the bottleneck. */
  sendLagP99Ms: number;
  /** CPU of the driver (this process) over the run, % of one core: it shares the machine with the server. */
  driverCpuPercent: number;
}

/**
 * Open-loop load: sends the scenario's pool in turn at a fixed `rate` for `durationS`, on an undici Pool of
 * `connections`, whatever the answers do. Latency runs from the moment a request was *scheduled*, not sent,
 * so a stall shows as the whole queue it delays (no coordinated omission, unlike wrk's closed loop).
 */
// Hand-written: wrk and autocannon are closed loop (autocannon -R still measures from the actual send),
// and wrk2 is not packaged in Debian; this is ~60 lines on undici, already a dependency.
export async function openLoop(
  scenario: Scenario,
  settings: { rate: number; durationS: number; connections: number },
): Promise<OpenLoopResult> {
  const pool = new Pool(scenario.origin, { connections: settings.connections, pipelining: 1 });
  const latency = createHistogram({ lowest: 1, highest: 60_000_000, figures: 3 }); // µs
  const lag = createHistogram({ lowest: 1, highest: 60_000_000, figures: 3 }); // µs
  const total = Math.round(settings.rate * settings.durationS);
  const intervalMs = 1000 / settings.rate;
  let completed = 0;
  let errors = 0;
  let lastDone = 0;
  const inFlight = new Set<Promise<void>>();
  const send = async (i: number, scheduledAt: number): Promise<void> => {
    const request = scenario.pool[i % scenario.pool.length];
    if (!request) return;
    try {
      const res = await pool.request({
        method: scenario.method,
        path: request.path,
        headers: scenario.headers,
        body: request.body,
      });
      const body = await res.body.text();
      if (res.statusCode >= 400 || (scenario.graphql && (body.startsWith('{"errors":') || body[0] !== '{'))) errors++;
    } catch {
      errors++;
    }
    const now = performance.now();
    latency.record(Math.max(1, Math.round((now - scheduledAt) * 1000)));
    completed++;
    lastDone = now;
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  let i = 0;
  while (i < total) {
    const now = performance.now();
    // Everything due by now goes out at once; each request keeps its own scheduled time.
    while (i < total && start + i * intervalMs <= now) {
      const scheduledAt = start + i * intervalMs;
      lag.record(Math.max(1, Math.round((now - scheduledAt) * 1000)));
      const p = send(i, scheduledAt);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      i++;
    }
    const wait = start + i * intervalMs - performance.now();
    if (wait > 1) await sleep(wait - 0.5);
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  await pool.close();
  const used = process.cpuUsage(cpu);
  const elapsedS = (lastDone - start) / 1000;
  const msAt = (h: typeof latency, p: number) => h.percentile(p) / 1000;
  return {
    scheduled: total,
    completed,
    errors,
    rate: settings.rate,
    achievedRate: elapsedS > 0 ? completed / elapsedS : 0,
    p50Ms: msAt(latency, 50),
    p90Ms: msAt(latency, 90),
    p99Ms: msAt(latency, 99),
    maxMs: latency.max / 1000,
    sendLagP99Ms: msAt(lag, 99),
    driverCpuPercent: elapsedS > 0 ? (used.user + used.system) / 1e4 / elapsedS : 0,
  };
}
