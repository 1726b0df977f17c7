import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../helpers/clock.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { errorsOf, SUBJECTS } from './helpers.js';

// A Fin.com that keeps answering 401, or hands out tokens that are already expired, costs a bounded
// number of upstream calls, opens the circuit and fails readiness; exact counts at the simulator.

const V2 = 'GET /v2/customers/:id';
const TOKEN = 'POST /v1/oauth/token';
const REFRESH = 'POST /v1/oauth/refresh-token';
const fin = SUBJECTS.find((s) => s.provider === 'FIN')!;
const QUERY = `{ customer(id: "${fin.id}") { providerId } }`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const counts = (harness: Harness) => ({
  get: harness.sims.fin.log.count(V2),
  token: harness.sims.fin.log.count(TOKEN),
  refresh: harness.sims.fin.log.count(REFRESH),
});
const finReadiness = async (harness: Harness) =>
  (JSON.parse((await harness.http('/readyz')).text) as { providers: { FIN: string } }).providers.FIN;

describe('Fin.com refusing every token', () => {
  it('renews once, then stops renewing, opens the circuit and fails readiness', async () => {
    h = await startHarness({ providers: { breaker: { volumeThreshold: 3, resetTimeoutMs: 60_000 } } });
    h.sims.fin.faults.add({ route: V2, status: 401 });

    // First request: the token, a 401, one renewal (refresh token), a 401 again.
    expect(errorsOf(await h.gql(QUERY))).toEqual([[['customer'], 'PROVIDER_AUTH_FAILED', 'FIN']]);
    expect(counts(h)).toEqual({ get: 2, token: 1, refresh: 1 });
    expect(await finReadiness(h)).toBe('unavailable');

    // The renewed token was refused: no more renewals, one GET per request until the circuit opens.
    for (let i = 0; i < 2; i++) {
      expect(errorsOf(await h.gql(QUERY))).toEqual([[['customer'], 'PROVIDER_AUTH_FAILED', 'FIN']]);
    }
    expect(counts(h)).toEqual({ get: 4, token: 1, refresh: 1 });
    expect(h.providers.FIN?.health?.()).toEqual({ circuit: 'open' });
    for (let i = 0; i < 3; i++) {
      expect(errorsOf(await h.gql(QUERY))).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', 'FIN']]);
    }
    expect(counts(h)).toEqual({ get: 4, token: 1, refresh: 1 });
    expect(await finReadiness(h)).toBe('circuit_open');
  });
});

describe('Fin.com tokens that arrive already expired', () => {
  it('cost two token requests per 30 s, not two per request', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now, simulators: { fin: { accessTokenTtlSeconds: 0 } } });
    for (let i = 0; i < 5; i++) {
      expect(errorsOf(await h.gql(QUERY))).toEqual([[['customer'], 'PROVIDER_AUTH_FAILED', 'FIN']]);
    }
    // The first request: token, 401, renewal, 401; the next four: one GET each with the held token.
    expect(counts(h)).toEqual({ get: 6, token: 1, refresh: 1 });

    clock.advance(31_000);
    await h.gql(QUERY);
    expect(counts(h)).toEqual({ get: 8, token: 1, refresh: 3 });
  });

  it('are used for 30 s when Fin still accepts them', async () => {
    // A 1 s lifetime is within the renewal margin: without the floor it is renewed 0.9 s after issue.
    const clock = manualClock();
    h = await startHarness({ now: clock.now, simulators: { fin: { accessTokenTtlSeconds: 1 } } });
    await h.data(QUERY);
    clock.advance(950);
    await h.data(QUERY);
    expect(counts(h)).toEqual({ get: 2, token: 1, refresh: 0 });
  });
});
