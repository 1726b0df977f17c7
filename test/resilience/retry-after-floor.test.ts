import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpherePayProvider } from '../../src/providers/spherepay/index.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { capturingCall } from '../providers/spherepay/call-context.js';
import { POOL, SUBJECTS } from './helpers.js';

// `Retry-After: 0` (or a past date) must not turn retries into a tight loop: the backoff is a floor.

describe('Retry-After below the backoff', () => {
  let sims: Simulators;
  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(() => sims.close());

  it.each([503, 429])('waits at least the backoff before each retry of a %i with Retry-After: 0', async (status) => {
    const subject = SUBJECTS.find((s) => s.provider === 'SPHEREPAY')!;
    // random() = 0: the backoff is exactly half of each step (100 ms, then 200 ms); jitter adds nothing.
    const provider = createSpherePayProvider(
      { url: sims.spherepay.url, apiKey: sims.spherepay.apiKey },
      { pool: POOL, retry: { minTimeoutMs: 200, random: () => 0, budget: false } },
    );
    sims.resetCounters();
    sims.spherepay.faults.set([{ route: subject.route, status, headers: { 'retry-after': '0' } }]);
    try {
      const { call, lines } = capturingCall();
      const err = await provider.getCustomer(subject.id, call).catch((e: unknown) => e);
      expect(err).toMatchObject({ provider: 'SPHEREPAY', detail: { status, retries: 2 } });
      expect(sims.spherepay.log.count(subject.route)).toBe(3);
      const delays = lines
        .filter((l) => l.msg === 'retrying upstream call')
        .map((l) => (l.upstream as { delayMs: number }).delayMs);
      expect(delays).toEqual([100, 200]);
    } finally {
      sims.spherepay.faults.clear();
      await provider.close();
    }
  });
});
