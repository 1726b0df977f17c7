import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ProviderError } from '../../src/model/errors.js';
import { createSpherePayProvider } from '../../src/providers/spherepay/index.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { failure } from '../helpers/failure.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { ask, errorsOf, POOL, sleep, SUBJECTS, upstreamLines } from './helpers.js';

// The request's deadline bounds every upstream call, whatever the pool's own timeouts, and a
// provider that cannot be reached is retried (connection errors are safe to retry) within it.

const DEADLINE_MS = 600;
const spherepay = SUBJECTS.find((s) => s.provider === 'SPHEREPAY')!;
const fin = SUBJECTS.find((s) => s.provider === 'FIN')!;

describe('a hang longer than the request budget', () => {
  let h: Harness;
  beforeAll(async () => {
    // Per-attempt timeouts well past the budget: only the deadline can end these calls in time.
    h = await startHarness({
      config: { requestTimeoutMs: DEADLINE_MS },
      providers: { pool: { headersTimeout: 1_500, bodyTimeout: 1_500 } },
    });
  });
  afterAll(() => h.close());

  it('ends at the deadline with PROVIDER_UNAVAILABLE', async () => {
    h.sims.spherepay.faults.add({ route: spherepay.route, hang: true, times: 1 });
    const m = await ask(h, spherepay);
    expect(errorsOf(m.res), m.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', 'SPHEREPAY']]);
    expect(m.calls, m.dump).toBe(1);
    expect(m.ms, m.dump).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
    expect(upstreamLines(h, 'SPHEREPAY', spherepay.route).at(-1)).toMatchObject({
      outcome: 'timeout',
      cause: 'deadline',
    });
  });

  it('stops waiting for a hanging Fin token renewal at the deadline', async () => {
    h.sims.fin.faults.add({ route: 'POST /v1/oauth/token', hang: true, times: 1 });
    const m = await ask(h, fin);
    expect(errorsOf(m.res), m.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', 'FIN']]);
    expect(m.calls, m.dump).toBe(0);
    expect(m.ms, m.dump).toBeLessThan(2 * DEADLINE_MS);
  });
});

describe('a provider that refuses connections', () => {
  let sims: Simulators;
  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(() => sims.close());

  it('is retried twice within the deadline, then reported PROVIDER_UNAVAILABLE with the retries', async () => {
    const port = await closedPort();
    const provider = createSpherePayProvider(
      { url: `http://127.0.0.1:${port}`, apiKey: sims.spherepay.apiKey },
      { pool: POOL },
    );
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) },
    });
    const started = Date.now();
    try {
      const err = await failure(
        provider.getCustomer(spherepay.id, {
          requestId: 'refused',
          logger,
          deadline: Date.now() + 1_500,
          signal: AbortSignal.timeout(1_500),
        }),
      );
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({
        code: 'PROVIDER_UNAVAILABLE',
        detail: { cause: 'ECONNREFUSED', retries: 2 },
      });
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(lines.filter((l) => l.msg === 'retrying upstream call')).toHaveLength(2);
      expect(lines.find((l) => l.msg === 'upstream call')).toMatchObject({
        upstream: { provider: 'SPHEREPAY', status: 0, retries: 2, outcome: 'error', cause: 'ECONNREFUSED' },
      });
    } finally {
      await provider.close();
    }
  });
});

describe('a request that ends while waiting to retry', () => {
  let sims: Simulators;
  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(() => sims.close());

  it('stops at once, without the retry', async () => {
    const provider = createSpherePayProvider(
      { url: sims.spherepay.url, apiKey: sims.spherepay.apiKey },
      { pool: POOL },
    );
    sims.spherepay.faults.add({ route: spherepay.route, status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    try {
      // No deadline to plan with: only the signal (say, the client leaving) ends the 1 s wait.
      const err = await failure(
        provider.getCustomer(spherepay.id, {
          requestId: 'aborted',
          logger: createLogger({ level: 'silent' }),
          signal: AbortSignal.timeout(300),
        }),
      );
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', detail: { cause: 'aborted' } });
      // The planned retry was never sent, so it is not reported as one.
      expect((err as ProviderError).detail.retries).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(900);
      await sleep(1_200);
      expect(sims.spherepay.log.count(spherepay.route)).toBe(1);
    } finally {
      await provider.close();
    }
  });
});

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
