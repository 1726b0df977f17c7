import { describe, expect, it } from 'vitest';
import { capturingCall, createClock, startPair } from './harness.js';
import { openfx } from '../../fixtures/index.js';

// OpenFX refuses timestamps more than 60 s from its own clock. The client learns
// OpenFX's time from each response's `Date` header and signs with it, within ±10 min.
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer

const SEED_ID = openfx.activeBusiness.id;
const ROUTE = 'GET /v1/customers/:id';
const SIM_START = Date.UTC(2026, 2, 1, 12, 0, 0);

describe('OpenFX clock skew', () => {
  it.each([
    ['5 min ahead of', 5 * 60_000],
    ['3 min behind', -3 * 60_000],
  ])('corrects a client clock %s OpenFX: one refused request re-signed, then none', async (_, skew) => {
    const pair = await startPair({ clientClock: createClock(SIM_START + skew) });
    try {
      const first = capturingCall();
      expect((await pair.provider.getCustomer(SEED_ID, first))?.providerId).toBe(SEED_ID);
      expect(pair.sim.log.count(ROUTE)).toBe(2);
      expect(first.lines.filter((l) => l.includes('OpenFX clock correction'))).toHaveLength(1);
      for (let i = 0; i < 3; i++) {
        pair.clientClock.ms += 20_000;
        pair.clock.ms += 20_000;
        expect(await pair.provider.getCustomer(SEED_ID, capturingCall())).not.toBeNull();
      }
      expect(pair.sim.log.count(ROUTE)).toBe(5);
    } finally {
      await pair.close();
    }
  });

  it('re-signs every concurrent request refused before the first correction', async () => {
    const pair = await startPair({ clientClock: createClock(SIM_START - 4 * 60_000) });
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => pair.provider.getCustomer(SEED_ID, capturingCall())),
      );
      expect(results.map((c) => c?.providerId)).toEqual(Array(10).fill(SEED_ID));
      expect(pair.sim.log.count(ROUTE)).toBe(20);
    } finally {
      await pair.close();
    }
  });

  it('leaves a difference beyond 10 min alone, warns once, and keeps answering PROVIDER_AUTH_FAILED', async () => {
    const pair = await startPair({ clientClock: createClock(SIM_START + 11 * 60_000) });
    try {
      const lines: string[] = [];
      for (let i = 0; i < 2; i++) {
        const call = capturingCall();
        const err = await pair.provider.getCustomer(SEED_ID, call).catch((e: unknown) => e);
        expect(err).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'OPENFX' });
        lines.push(...call.lines);
      }
      expect(pair.sim.log.count(ROUTE)).toBe(2);
      expect(lines.filter((l) => l.includes('beyond the correctable limit'))).toHaveLength(1);
    } finally {
      await pair.close();
    }
  });
});
