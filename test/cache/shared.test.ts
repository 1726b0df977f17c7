import { Writable } from 'node:stream';
import { createClient } from 'redis';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUS_REDIS_CHANNEL } from '../../src/bus/bus.js';
import { createCacheRuntime, type CacheRuntime } from '../../src/cache/runtime.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { closeProviders, createProviders } from '../../src/providers/registry.js';
import { createServer } from '../../src/server/create-server.js';
import { simulatorProviderConfig, type Simulators } from '../../src/simulator/index.js';
import { parseExposition } from '../ops/prom.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { LeakScanner, simulatorNeedles } from '../helpers/leak-scan.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';
import { startRedis, type RedisServer } from '../helpers/redis-server.js';
import { silentLogger } from '../helpers/silent-logger.js';
import { until } from '../helpers/until.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// The shared level: a real redis-server, two replicas, counted at the simulators.

const V2 = 'GET /v2/customers/:id';
const V1 = 'GET /v1/customers/:id';
const BUSINESS = fin.actionRequiredBusiness.id;
const INDIVIDUAL = fin.actionRequiredIndividual.id;
const SPHERE = spherepay.individual.id;
const OPENFX = openfx.activeBusiness.id;
const BY_ID = `query($id: ID!) { customer(id: $id) { id providerId status fetchedAt } }`;
const FULL = `query($id: ID!) { customer(id: $id) { fetchedAt ${CUSTOMER_FIELDS} ${CAPABILITIES} } }`;
const ALL_THREE = `query($f: ID!, $s: ID!, $o: ID!) {
  f: customer(id: $f) { fetchedAt ${CUSTOMER_FIELDS} ${CAPABILITIES} }
  s: customer(id: $s) { fetchedAt ${CUSTOMER_FIELDS} ${CAPABILITIES} }
  o: customer(id: $o) { fetchedAt ${CUSTOMER_FIELDS} ${CAPABILITIES} }
}`;

const silent = silentLogger();

/** A second replica in this process: its own server, providers, cache and bus over the same simulators and Redis. */
async function startReplica(sims: Simulators, redisUrl: string) {
  const logger = createLogger({
    level: 'warn',
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });
  const metrics = createMetrics();
  const runtime: CacheRuntime = createCacheRuntime({ redisUrl, cacheTtlSeconds: 30 }, { logger, metrics });
  const providers = runtime.cache.wrapAll(createProviders(simulatorProviderConfig(sims)));
  const { app } = await createServer({
    config: { introspection: true, production: false, apiKeys: null, requestTimeoutMs: 10_000 },
    providers,
    logger,
    metrics,
    cache: runtime.cache,
    bus: runtime.bus,
    redis: runtime.redis,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  return {
    runtime,
    /** Bus messages this replica received from Redis. */
    async busReceived() {
      const text = await metrics.registry.metrics();
      return parseExposition(text).sum('customer_graph_bus_messages_total', {
        direction: 'received',
        transport: 'redis',
      });
    },
    async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.body.json()) as { data?: T; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`GraphQL request failed:\n${JSON.stringify(body, null, 2)}`);
      return body.data;
    },
    async close() {
      await app.close();
      await closeProviders(providers);
      await runtime.close();
    },
  };
}

describe('shared cache through Redis', () => {
  let redis: RedisServer;
  let h: Harness;
  let b: Awaited<ReturnType<typeof startReplica>>;
  let admin: ReturnType<typeof createClient>;
  beforeAll(async () => {
    redis = await startRedis();
    h = await startHarness({ cache: { ttlSeconds: 30, redisUrl: redis.url } });
    b = await startReplica(h.sims, redis.url);
    admin = createClient({ url: redis.url });
    await admin.connect();
    // Both replicas connected and listening on the bus before anything is counted.
    await until(() => h.freshness!.redis!.available() && b.runtime.redis!.available());
    await until(async () => (await admin.pubSubNumSub(BUS_REDIS_CHANNEL))[BUS_REDIS_CHANNEL] === 2);
    await h.data(`{ customer(id: "${INDIVIDUAL}") { id } }`); // warms the Fin token
    await admin.flushAll();
  });
  afterAll(async () => {
    await admin?.close();
    await b?.close();
    await h?.close();
    await redis?.stop();
  });
  beforeEach(() => h.sims.resetCounters());

  it('lets a replica read what another fetched: one upstream call for both, the same answer to the field', async () => {
    const vars = { f: BUSINESS, s: SPHERE, o: OPENFX };
    const first = await h.data(ALL_THREE, vars);
    const second = await b.data(ALL_THREE, vars);
    expect([h.sims.fin.log.count(V2), h.sims.fin.log.count(V1)]).toEqual([1, 1]);
    expect([h.sims.spherepay.log.count(), h.sims.openfx.log.count()]).toEqual([1, 1]);
    // Exactly the same response, fetchedAt included: the value round-trips through Redis unchanged.
    expect(second).toEqual(first);
  });

  it('drops an invalidated customer on every replica and in Redis: the next read anywhere costs one call', async () => {
    await h.data(BY_ID, { id: INDIVIDUAL });
    await b.data(BY_ID, { id: INDIVIDUAL });
    expect(h.sims.fin.log.count(V2)).toBe(1);
    // Invalidated from replica B; replica A's in-process copy must go too.
    const held = h.freshness!.cache.size;
    await b.runtime.cache.invalidate('FIN', INDIVIDUAL);
    // A holds INDIVIDUAL's detail (not its capabilities): one entry goes.
    await until(() => h.freshness!.cache.size === held - 1);
    await h.data(BY_ID, { id: INDIVIDUAL });
    expect(h.sims.fin.log.count(V2)).toBe(2);
    await b.data(BY_ID, { id: INDIVIDUAL });
    expect(h.sims.fin.log.count(V2)).toBe(2);
  });

  it('refresh() drops a customer everywhere and reads it once, for every replica to share', async () => {
    await h.data(BY_ID, { id: BUSINESS });
    await b.data(BY_ID, { id: BUSINESS });
    h.sims.resetCounters();
    const heard = await b.busReceived();
    const refreshed = await h.freshness!.cache.refresh('FIN', BUSINESS, { requestId: 'webhook', logger: silent });
    expect(refreshed).toMatchObject({ provider: 'FIN', providerId: BUSINESS });
    await until(async () => (await b.busReceived()) === heard + 1);
    // One upstream read in all: replica B finds the refreshed answer in Redis.
    const fromB = await b.data<{ customer: { fetchedAt: string } }>(BY_ID, { id: BUSINESS });
    expect(fromB.customer.fetchedAt).toBe(refreshed!.fetchedAt);
    expect(h.sims.fin.log.count(V2)).toBe(1);
    await expect(
      h.freshness!.cache.refresh('FIN', 'not-an-id', { requestId: 'webhook', logger: silent }),
    ).rejects.toMatchObject({ name: 'UserInputError' });
    expect(h.sims.fin.log.count(V2)).toBe(1);
  });

  it('writes no provider id in clear in a key and nothing secret anywhere', async () => {
    await h.data(FULL, { id: INDIVIDUAL });
    const keys = await admin.keys('*');
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const ids = [BUSINESS, INDIVIDUAL, SPHERE, OPENFX];
    for (const key of keys) {
      expect(key).toMatch(/^cg:customer:v1:(FIN|SPHEREPAY|OPENFX):(customer|capabilities):[A-Za-z0-9_-]{43}$/);
      for (const id of ids) expect(key.toLowerCase()).not.toContain(id.toLowerCase());
    }
    const values = await Promise.all(keys.map((k) => admin.get(k)));
    const seen = [h.sims.fin, h.sims.spherepay, h.sims.openfx].flatMap((sim) => sim.log.entries);
    const scanner = new LeakScanner(simulatorNeedles(h.sims, seen));
    expect(scanner.find(values.join('\n'), 'secret').map((n) => n.label)).toEqual([]);
  });
});

describe('Redis outages', () => {
  let redis: RedisServer;
  let h: Harness;
  beforeAll(async () => {
    redis = await startRedis();
    h = await startHarness({ cache: { ttlSeconds: 30, redisUrl: redis.url } });
    await until(() => h.freshness!.redis!.available());
    await h.data(`{ customer(id: "${OPENFX}") { id } }`);
  });
  afterAll(async () => {
    await h?.close();
    await redis?.stop();
  });

  it('answers from the providers while Redis is down, says so once, and uses Redis again when it is back', async () => {
    await redis.down();
    await until(() => !h.freshness!.redis!.available());
    const answers = await Promise.all(
      [BUSINESS, INDIVIDUAL, SPHERE].map((id) => h.gql<{ customer: { providerId: string } }>(BY_ID, { id })),
    );
    expect(answers.map((a) => [a.body.errors, a.body.data?.customer.providerId])).toEqual([
      [undefined, BUSINESS],
      [undefined, INDIVIDUAL],
      [undefined, SPHERE],
    ]);
    const text = await h.metrics.registry.metrics();
    const metrics = parseExposition(text);
    expect(metrics.sum('customer_graph_redis_up', { connection: 'cache' })).toBe(0);
    expect(metrics.sum('customer_graph_cache_requests_total', { outcome: 'error' })).toBe(3);
    const warnings = () => h.logs.filter((l) => l.level === 40 && String(l.msg).startsWith('Redis unavailable'));
    expect(warnings()).toHaveLength(1);

    await redis.up();
    await until(() => h.freshness!.redis!.available());
    expect(h.logs.filter((l) => l.level === 30 && l.msg === 'Redis available again')).toHaveLength(1);
    await h.gql(BY_ID, { id: OPENFX }, { 'cache-control': 'no-cache' });
    const admin = createClient({ url: redis.url });
    await admin.connect();
    expect((await admin.keys('cg:customer:v1:OPENFX:*')).length).toBe(1);
    await admin.close();
    expect(warnings()).toHaveLength(1);
  });

  it('answers within the command timeout while Redis hangs (SIGSTOP)', async () => {
    await until(() => h.freshness!.redis!.available());
    h.sims.resetCounters();
    redis.pause();
    try {
      const started = Date.now();
      await h.freshness!.cache.invalidate('FIN', BUSINESS);
      const answer = await h.data<{ customer: { providerId: string } }>(BY_ID, { id: BUSINESS });
      expect(answer.customer.providerId).toBe(BUSINESS);
      expect(h.sims.fin.log.count(V2)).toBe(1);
      // The bound is REDIS_COMMAND_TIMEOUT_MS per step; the rest is slack for a loaded machine.
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      redis.resume();
    }
  });
});
