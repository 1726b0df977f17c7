import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_FOUND_TTL_MS } from '../../src/cache/customer-cache.js';
import { parseExposition } from '../ops/prom.js';
import { manualClock } from '../helpers/clock.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// The customer cache, proven by counting the requests the simulated providers received.

const V2 = 'GET /v2/customers/:id';
const V1 = 'GET /v1/customers/:id';
const SPHERE_GET = 'GET /v2/customer/:id';
const BUSINESS = fin.actionRequiredBusiness.id;
const INDIVIDUAL = fin.actionRequiredIndividual.id;
const UNKNOWN = fin.unknownId;
const SPHERE = spherepay.individual.id;
const OPENFX = openfx.activeBusiness.id;

const BY_ID = `query($id: ID!) { customer(id: $id) { id providerId status fetchedAt } }`;
type ById = { customer: { id: string; providerId: string; status: string; fetchedAt: string } | null };

async function cacheOutcomes(h: Harness, provider: string) {
  const text = await h.metrics.registry.metrics();
  const e = parseExposition(text);
  const of = (outcome: string) => e.sum('customer_graph_cache_requests_total', { provider, outcome });
  return { hit: of('hit'), miss: of('miss'), bypass: of('bypass'), error: of('error') };
}

describe('customer cache (in-process, CACHE_TTL_SECONDS=30)', () => {
  let h: Harness;
  const clock = manualClock(1_000_000);
  beforeAll(async () => {
    h = await startHarness({ cache: { ttlSeconds: 30, now: clock.now } });
    await h.data(`{ customer(id: "${INDIVIDUAL}") { id } }`); // warms the Fin token
  });
  afterAll(() => h.close());
  beforeEach(() => h.sims.resetCounters());

  it('answers a second request for the same customer within the TTL with no upstream call', async () => {
    const first = await h.data<ById>(BY_ID, { id: BUSINESS });
    const second = await h.data<ById>(BY_ID, { id: BUSINESS.toUpperCase() });
    expect(h.sims.fin.log.count(V2)).toBe(1);
    expect(h.sims.requestCount()).toBe(1);
    // The cached customer says when the provider answered it, not when it was served.
    expect(second.customer).toEqual(first.customer);
    expect(Date.parse(first.customer!.fetchedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('keeps SpherePay, OpenFX and both Fin endpoints apart', async () => {
    const query = `query($f: ID!, $s: ID!, $o: ID!) {
      f: customer(id: $f) { status capabilities { kind } }
      s: customer(id: $s) { status }
      o: customer(id: $o) { status capabilities { kind } }
    }`;
    const vars = { f: INDIVIDUAL, s: SPHERE, o: OPENFX };
    const first = await h.data(query, vars);
    const second = await h.data(query, vars);
    expect(second).toEqual(first);
    // INDIVIDUAL's V2 is cached by the warm-up; its V1 (capabilities) is its own entry.
    expect(h.sims.fin.log.count(V2)).toBe(0);
    expect(h.sims.fin.log.count(V1)).toBe(1);
    expect(h.sims.spherepay.log.count(SPHERE_GET)).toBe(1);
    expect(h.sims.openfx.log.count()).toBe(1);
  });

  it('shares one upstream call between 20 concurrent requests for one customer', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await h.gql(BY_ID, { id }); // not in the dataset: this only proves concurrent misses below
    h.sims.resetCounters();
    clock.advance(NOT_FOUND_TTL_MS + 1);
    const replies = await Promise.all(Array.from({ length: 20 }, () => h.gql<ById>(BY_ID, { id })));
    expect(replies.every((r) => r.body.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toBe(true);
    expect(h.sims.fin.log.count(V2)).toBe(1);

    // And for a customer that exists, read fresh by all 20 at once after its entry expired.
    clock.advance(31_000);
    h.sims.resetCounters();
    const found = await Promise.all(Array.from({ length: 20 }, () => h.data<ById>(BY_ID, { id: BUSINESS })));
    expect(new Set(found.map((f) => f.customer!.fetchedAt)).size).toBe(1);
    expect(h.sims.fin.log.count(V2)).toBe(1);
  });

  it('reads fresh with Cache-Control: no-cache, and refreshes the cache with the answer', async () => {
    const cached = await h.data<ById>(BY_ID, { id: BUSINESS });
    h.sims.resetCounters();
    const fresh = await h.gql<ById>(BY_ID, { id: BUSINESS }, { 'cache-control': 'no-cache' });
    expect(h.sims.fin.log.count(V2)).toBe(1);
    expect(Date.parse(fresh.body.data!.customer!.fetchedAt)).toBeGreaterThanOrEqual(
      Date.parse(cached.customer!.fetchedAt),
    );
    const after = await h.data<ById>(BY_ID, { id: BUSINESS });
    expect(after.customer!.fetchedAt).toBe(fresh.body.data!.customer!.fetchedAt);
    expect(h.sims.fin.log.count(V2)).toBe(1);
    // Pragma: no-cache from an HTTP/1.0 client means the same.
    await h.gql(BY_ID, { id: BUSINESS }, { pragma: 'no-cache' });
    expect(h.sims.fin.log.count(V2)).toBe(2);
  });

  it('costs one upstream call again after invalidate(), for every endpoint of that customer', async () => {
    const query = `query($id: ID!) { customer(id: $id) { status capabilities { kind } } }`;
    await h.data(query, { id: BUSINESS });
    h.sims.resetCounters();
    await h.data(query, { id: BUSINESS });
    expect(h.sims.requestCount()).toBe(0);
    await h.freshness!.cache.invalidate('FIN', BUSINESS.toUpperCase());
    await h.data(query, { id: BUSINESS });
    expect([h.sims.fin.log.count(V2), h.sims.fin.log.count(V1)]).toEqual([1, 1]);
    await h.data(query, { id: BUSINESS });
    expect(h.sims.requestCount()).toBe(2);
  });

  it('remembers NOT_FOUND for a few seconds only', async () => {
    const r1 = await h.gql<ById>(BY_ID, { id: UNKNOWN });
    const r2 = await h.gql<ById>(BY_ID, { id: UNKNOWN });
    expect([r1, r2].map((r) => r.body.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(h.sims.fin.log.count(V2)).toBe(1);
    clock.advance(NOT_FOUND_TTL_MS - 1);
    await h.gql(BY_ID, { id: UNKNOWN });
    expect(h.sims.fin.log.count(V2)).toBe(1);
    clock.advance(2);
    await h.gql(BY_ID, { id: UNKNOWN });
    expect(h.sims.fin.log.count(V2)).toBe(2);
  });

  it('never caches a provider error', async () => {
    await h.freshness!.cache.invalidate('FIN', INDIVIDUAL);
    h.sims.fin.faults.add({ route: V2, status: 500 });
    try {
      const failed = await h.gql<ById>(BY_ID, { id: INDIVIDUAL });
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    } finally {
      h.sims.fin.faults.clear();
    }
    const calls = h.sims.fin.log.count(V2);
    await h.data<ById>(BY_ID, { id: INDIVIDUAL });
    expect(h.sims.fin.log.count(V2)).toBe(calls + 1);
  });

  it('counts hits, misses and bypasses per provider', async () => {
    const before = await cacheOutcomes(h, 'SPHEREPAY');
    const id = 'customer_00000000000000000000000000000001';
    await h.gql(BY_ID, { id }); // miss (not found)
    await h.gql(BY_ID, { id }); // hit
    await h.gql(BY_ID, { id }, { 'cache-control': 'no-cache' }); // bypass
    const after = await cacheOutcomes(h, 'SPHEREPAY');
    expect({
      hit: after.hit - before.hit,
      miss: after.miss - before.miss,
      bypass: after.bypass - before.bypass,
      error: after.error - before.error,
    }).toEqual({ hit: 1, miss: 1, bypass: 1, error: 0 });
    const text = await h.metrics.registry.metrics();
    expect(parseExposition(text).sum('customer_graph_cache_entries')).toBe(h.freshness!.cache.size);
  });

  it('stamps list rows with the list answer time, and does not cache list pages', async () => {
    const query = `{ customers(provider: OPENFX, first: 3) { nodes { providerId fetchedAt } } }`;
    const before = Date.now();
    const a = await h.data<{ customers: { nodes: { fetchedAt: string }[] } }>(query);
    await h.data(query);
    expect(h.sims.openfx.log.count()).toBe(2);
    for (const row of a.customers.nodes) expect(Date.parse(row.fetchedAt)).toBeGreaterThanOrEqual(before - 1);
  });
});

describe('customer cache off (CACHE_TTL_SECONDS=0)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ cache: { ttlSeconds: 0 } });
    await h.data(`{ customer(id: "${INDIVIDUAL}") { id } }`);
  });
  afterAll(() => h.close());
  beforeEach(() => h.sims.resetCounters());

  it('restores one upstream call per request, as before the cache', async () => {
    await h.data(BY_ID, { id: BUSINESS });
    await h.data(BY_ID, { id: BUSINESS });
    expect(h.sims.fin.log.count(V2)).toBe(2);
    await h.freshness!.cache.invalidate('FIN', BUSINESS); // harmless
    await h.gql(BY_ID, { id: UNKNOWN });
    await h.gql(BY_ID, { id: UNKNOWN });
    expect(h.sims.fin.log.count(V2)).toBe(4);
  });
});
