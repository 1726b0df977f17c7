import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/simulator/faults.js';
import type { SimServer } from '../../src/simulator/http.js';
import type { Harness } from '../helpers/harness.js';
import {
  ask,
  DEADLINE_MS,
  errorsOf,
  POOL,
  sleep,
  startFaultHarness,
  SUBJECTS,
  upstreamLines,
  type Measured,
  type Subject,
} from './helpers.js';

// The fault matrix: every fault the simulators can inject, against each provider, through the real
// server over loopback. Each row asserts the data or error code, the exact number of upstream
// requests and a generous time bound. Retry policy and pool defaults are the production ones; only
// the per-attempt timeouts (300 ms) and the request budget (1.5 s) are small.
// FAULT_MATRIX_REPORT=1 prints the measured matrix as a markdown table.

interface Row {
  fault: string;
  provider: string;
  outcome: string;
  calls: number;
  ms: number;
}
const rows: Row[] = [];

afterAll(() => {
  if (!process.env.FAULT_MATRIX_REPORT) return;
  const faults = [...new Set(rows.map((r) => r.fault))];
  const providers = SUBJECTS.map((s) => s.provider);
  const cell = (fault: string, provider: string) => {
    const r = rows.find((x) => x.fault === fault && x.provider === provider);
    return r ? `${r.outcome}, ${r.calls} call${r.calls === 1 ? '' : 's'}, ${r.ms} ms` : 'n/a';
  };
  const lines = [
    `| fault | ${providers.join(' | ')} |`,
    `| --- | ${providers.map(() => '---').join(' | ')} |`,
    ...faults.map((f) => `| ${f} | ${providers.map((p) => cell(f, p)).join(' | ')} |`),
  ];
  console.log(lines.join('\n'));
});

// One server and simulators per provider, all started before the first test and closed after the
// last: the three suites run side by side (most of their time is waited out: backoff, Retry-After,
// timeouts), and no server starting or closing holds up another suite's timers. Within a suite the
// tests run in order: they share its simulator's faults.
const harnesses = new Map<Subject, Harness>();
beforeAll(async () => {
  // The breaker is there as in production, but out of reach: circuit.test.ts covers it.
  const started = await Promise.all(SUBJECTS.map(() => startFaultHarness({ breaker: { volumeThreshold: 1_000 } })));
  SUBJECTS.forEach((subject, i) => harnesses.set(subject, started[i] as Harness));
});
afterAll(() => Promise.all([...harnesses.values()].map((h) => h.close())));

describe.concurrent.each(SUBJECTS)('$provider under injected faults', (subject) => {
  let h: Harness;
  let sim: SimServer;
  beforeAll(() => {
    h = harnesses.get(subject) as Harness;
    sim = subject.sim(h.sims);
  });
  beforeEach(() => sim.faults.clear());

  const inject = (rule: Omit<FaultRule, 'route'>) => sim.faults.add({ route: subject.route, ...rule });

  function expectData(fault: string, m: Measured): void {
    expect(m.res.body.errors, m.dump).toBeUndefined();
    expect(m.res.body.data?.customer?.providerId, m.dump).toBe(subject.id);
    rows.push({ fault, provider: subject.provider, outcome: 'data', calls: m.calls, ms: m.ms });
  }

  function expectError(fault: string, m: Measured, code: string): void {
    expect(m.res.body.data, m.dump).toEqual({ customer: null });
    expect(errorsOf(m.res), m.dump).toEqual([[['customer'], code, subject.provider]]);
    rows.push({ fault, provider: subject.provider, outcome: code, calls: m.calls, ms: m.ms });
  }

  it.sequential('answers through added latency, just slower', async () => {
    await ask(h, subject); // warm: Fin's token, keep-alive sockets
    inject({ latencyMs: 250 });
    const m = await ask(h, subject);
    expectData('latency 250 ms', m);
    expect(m.calls, m.dump).toBe(1);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(250);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
  });

  it.sequential('retries a persistent 503 twice with backoff, then answers PROVIDER_UNAVAILABLE', async () => {
    inject({ status: 503 });
    const m = await ask(h, subject);
    expectError('503 always', m, 'PROVIDER_UNAVAILABLE');
    expect(m.calls, m.dump).toBe(3);
    // Equal-jitter backoff: at least 100 ms, then at least 200 ms.
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(300);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
  });

  it.sequential.each([502, 504])('retries a %i like a 503', async (status) => {
    inject({ status, times: 1 });
    const m = await ask(h, subject);
    expectData(`${status} once`, m);
    expect(m.calls, m.dump).toBe(2);
  });

  it.sequential('recovers from one transient 503 with the data, and logs and counts the retry', async () => {
    inject({ status: 503, times: 1 });
    const retriesBefore = await retryCount(h, subject.provider);
    const m = await ask(h, subject);
    expectData('503 once', m);
    expect(m.calls, m.dump).toBe(2);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(100);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
    expect(upstreamLines(h, subject.provider, subject.route).at(-1)).toMatchObject({
      status: 200,
      retries: 1,
      outcome: '2xx',
      durationMs: expect.any(Number),
    });
    expect((await retryCount(h, subject.provider)) - retriesBefore).toBe(1);
  });

  it.sequential('does not retry a 500 (a server bug repeats)', async () => {
    inject({ status: 500 });
    const m = await ask(h, subject);
    expectError('500 always', m, 'PROVIDER_UNAVAILABLE');
    expect(m.calls, m.dump).toBe(1);
  });

  it.sequential('honours Retry-After on a 429: waits about that long, then answers with the data', async () => {
    inject({ status: 429, headers: { 'retry-after': '1' }, times: 1 });
    const m = await ask(h, subject);
    expectData('429 Retry-After: 1, once', m);
    expect(m.calls, m.dump).toBe(2);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(1_000);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
  });

  it.sequential('backs off exponentially on a 429 without Retry-After, then answers with the data', async () => {
    // The OpenFX simulator adds `Retry-After: 1` to every 429; an empty value removes it.
    inject({ status: 429, headers: { 'retry-after': '' }, times: 2 });
    const m = await ask(h, subject);
    expectData('429 without Retry-After, twice', m);
    expect(m.calls, m.dump).toBe(3);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(300);
    expect(m.ms, m.dump).toBeLessThan(DEADLINE_MS);
  });

  it.sequential('answers PROVIDER_RATE_LIMITED within the budget when the 429s outlast it', async () => {
    inject({ status: 429, headers: { 'retry-after': '1' } });
    const m = await ask(h, subject);
    expectError('429 Retry-After: 1, always', m, 'PROVIDER_RATE_LIMITED');
    // One wait of 1 s fits the 1.5 s budget, a second one would not: two requests, then give up.
    expect(m.calls, m.dump).toBe(2);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(1_000);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
    expect(upstreamLines(h, subject.provider, subject.route).at(-1)).toMatchObject({
      status: 429,
      retries: 1,
      outcome: '429',
      retryStoppedBy: 'deadline',
    });
  });

  it.sequential('answers PROVIDER_RATE_LIMITED at once when Retry-After is beyond the budget', async () => {
    inject({ status: 429, headers: { 'retry-after': '30' } });
    const m = await ask(h, subject);
    expectError('429 Retry-After: 30', m, 'PROVIDER_RATE_LIMITED');
    expect(m.calls, m.dump).toBe(1);
    expect(m.ms, m.dump).toBeLessThan(DEADLINE_MS / 2);
  });

  it.sequential('gives up on a hanging provider after the headers timeout, without retrying', async () => {
    inject({ hang: true });
    const m = await ask(h, subject);
    expectError('hang', m, 'PROVIDER_UNAVAILABLE');
    expect(m.calls, m.dump).toBe(1);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(POOL.headersTimeout - 10);
    // undici checks headers/body timeouts on a ~0.5 s tick, so they fire up to ~1 s late; the
    // request deadline (1.5 s) bounds it anyway.
    expect(m.ms, m.dump).toBeLessThan(POOL.headersTimeout + 1_000 + 500);
    expect(upstreamLines(h, subject.provider, subject.route).at(-1)).toMatchObject({
      status: 0,
      outcome: 'timeout',
      cause: 'UND_ERR_HEADERS_TIMEOUT',
    });
  });

  it.sequential.each(['truncated', 'shape'] as const)(
    'turns a %s body into PROVIDER_UNAVAILABLE with one request (no retry storm)',
    async (malformed) => {
      inject({ malformed });
      const m = await ask(h, subject);
      expectError(`malformed body (${malformed})`, m, 'PROVIDER_UNAVAILABLE');
      expect(m.calls, m.dump).toBe(1);
    },
  );

  it.sequential('still answers normally once the faults are gone', async () => {
    const m = await ask(h, subject);
    expectData('no fault', m);
    expect(m.calls, m.dump).toBe(1);
  });
});

describe('Retry-After as an HTTP date', () => {
  // The parsing is provider-independent (unit-tested in policy.test.ts); once end to end suffices.
  let h: Harness;
  beforeAll(async () => {
    h = await startFaultHarness();
  });
  afterAll(() => h.close());

  it('is honoured like delay-seconds', async () => {
    const subject = SUBJECTS.find((s) => s.provider === 'SPHEREPAY')!;
    // HTTP dates have whole seconds: start just after a second begins, and name the next one (~0.9 s away).
    while (Date.now() % 1_000 > 100) await sleep(20);
    const at = new Date(Math.floor(Date.now() / 1_000) * 1_000 + 1_000).toUTCString();
    h.sims.spherepay.faults.add({ route: subject.route, status: 429, headers: { 'retry-after': at }, times: 1 });
    const m = await ask(h, subject);
    expect(m.res.body.data?.customer?.providerId, m.dump).toBe(subject.id);
    expect(m.calls, m.dump).toBe(2);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(700);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
    rows.push({
      fault: '429 Retry-After: <HTTP date ~0.9 s ahead>, once',
      provider: 'SPHEREPAY',
      outcome: 'data',
      ...m,
    });
  });
});

describe('OpenFX rate-limit headers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startFaultHarness();
  });
  afterAll(() => h.close());

  it('waits X-RateLimit-Reset seconds when a 429 says X-RateLimit-Remaining: 0 and no Retry-After', async () => {
    const subject = SUBJECTS.find((s) => s.provider === 'OPENFX')!;
    h.sims.openfx.faults.add({
      route: subject.route,
      status: 429,
      headers: { 'retry-after': '', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' },
      times: 1,
    });
    const m = await ask(h, subject);
    expect(m.res.body.data?.customer?.providerId, m.dump).toBe(subject.id);
    expect(m.calls, m.dump).toBe(2);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(1_000);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
    rows.push({ fault: '429 X-RateLimit-Remaining: 0, Reset: 1, once', provider: 'OPENFX', outcome: 'data', ...m });
  });
});

describe('Fin.com token requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startFaultHarness();
  });
  afterAll(() => h.close());

  it('never retries the token POST, even on a 503', async () => {
    const subject = SUBJECTS.find((s) => s.provider === 'FIN')!;
    h.sims.fin.faults.add({ route: 'POST /v1/oauth/token', status: 503 });
    const m = await ask(h, subject);
    expect(errorsOf(m.res), m.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', 'FIN']]);
    expect(h.sims.fin.log.count('POST /v1/oauth/token')).toBe(1);
    expect(m.calls, m.dump).toBe(0);
    rows.push({ fault: '503 on token POST', provider: 'FIN', outcome: 'PROVIDER_UNAVAILABLE', calls: 1, ms: m.ms });
  });
});

/** Retries counted by `customer_graph_upstream_retries_total` for a provider. */
async function retryCount(h: Harness, provider: string): Promise<number> {
  const { values } = await h.metrics.upstreamRetries.get();
  return values.filter((v) => v.labels.provider === provider).reduce((sum, v) => sum + v.value, 0);
}
