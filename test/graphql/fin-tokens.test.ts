import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../helpers/clock.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin } from '../fixtures/index.js';

// Token lifecycle against the simulated Fin.com, with clocks the test moves.

const V2 = 'GET /v2/customers/:id';
const TOKEN = 'POST /v1/oauth/token';
const REFRESH = 'POST /v1/oauth/refresh-token';
const ID = fin.actionRequiredIndividual.id;
const QUERY = `{ customer(id: "${ID}") { status } }`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Fin token manager', () => {
  it('fetches one token for 50 concurrent cold requests', async () => {
    h = await startHarness();
    const results = await Promise.all(Array.from({ length: 50 }, () => h!.gql(QUERY)));
    expect(results.every((r) => r.body.errors === undefined)).toBe(true);
    expect(h.sims.fin.log.count(TOKEN)).toBe(1);
    expect(h.sims.fin.log.count(V2)).toBe(50);
  });

  it('refreshes once, with the refresh token, when the access token nears expiry', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now, simulators: { fin: { accessTokenTtlSeconds: 3600 } } });
    await h.data(QUERY);
    clock.advance(30 * 60_000);
    await h.data(QUERY);
    expect(h.sims.fin.log.count(TOKEN)).toBe(1);
    expect(h.sims.fin.log.count(REFRESH)).toBe(0);
    clock.advance(30 * 60_000);
    await Promise.all(Array.from({ length: 20 }, () => h!.data(QUERY)));
    expect(h.sims.fin.log.count(REFRESH)).toBe(1);
    expect(h.sims.fin.log.count(TOKEN)).toBe(1);
  });

  it('falls back to client credentials when the refresh token has expired too', async () => {
    const clock = manualClock();
    h = await startHarness({
      now: clock.now,
      simulators: { fin: { accessTokenTtlSeconds: 600, refreshTokenTtlSeconds: 1200 } },
    });
    await h.data(QUERY);
    clock.advance(2 * 3600_000);
    await h.data(QUERY);
    expect(h.sims.fin.log.count(REFRESH)).toBe(0);
    expect(h.sims.fin.log.count(TOKEN)).toBe(2);
  });

  it('absorbs clock skew by measuring expiry against Fin current_time', async () => {
    const server = manualClock();
    const local = manualClock(server.now() + 6 * 3600_000); // our clock runs six hours ahead
    h = await startHarness({ now: local.now, simulators: { now: server.now, fin: { accessTokenTtlSeconds: 3600 } } });
    await h.data(QUERY);
    await h.data(QUERY);
    expect(h.sims.fin.log.count(TOKEN)).toBe(1);
  });

  it('recovers from a 401 with one refresh and one retry, shared by concurrent requests', async () => {
    h = await startHarness();
    await h.data(QUERY);
    h.sims.fin.revokeAccessTokens();
    h.sims.resetCounters();
    const results = await Promise.all(Array.from({ length: 10 }, () => h!.gql(QUERY)));
    expect(results.map((r) => r.body.errors)).toEqual(Array(10).fill(undefined));
    expect(h.sims.fin.log.count(REFRESH) + h.sims.fin.log.count(TOKEN)).toBe(1);
    // Requests that saw the 401 retried once; none needed a second renewal.
    expect(h.sims.fin.log.count(V2)).toBeGreaterThan(10);
  });

  it('gives PROVIDER_AUTH_FAILED when Fin refuses our credentials, and asks for no customer', async () => {
    h = await startHarness({ configure: (p) => ({ ...p, fin: p.fin && { ...p.fin, clientSecret: 'wrong-secret' } }) });
    const res = await h.gql(QUERY);
    expect(res.body.data).toEqual({ customer: null });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: ['customer'], extensions: { code: 'PROVIDER_AUTH_FAILED', provider: 'FIN' } }),
    ]);
    expect(h.sims.fin.log.count(TOKEN)).toBe(1);
    expect(h.sims.fin.log.count(V2)).toBe(0);
  });
});
