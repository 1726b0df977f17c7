import type { ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { send, startServer } from '../helpers/server-process.js';
import { startRedis, type RedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';
import { fin } from '../fixtures/index.js';

// Two server processes started as a container would start them, sharing one REDIS_URL.

const V2 = 'GET /v2/customers/:id';
const BUSINESS = fin.actionRequiredBusiness.id;
type Line = Record<string, unknown>;
const isReady = (l: Line) => typeof l.msg === 'string' && l.msg.includes('ready at');

const query = (headers?: Record<string, string>) => ({
  body: JSON.stringify({ query: `{ customer(id: "${BUSINESS}") { providerId status fetchedAt } }` }),
  headers,
});

describe('two server processes sharing REDIS_URL', () => {
  let redis: RedisServer;
  let sims: Simulators;
  const children: ChildProcess[] = [];
  const ports: number[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    sims = await startSimulators();
    for (let i = 0; i < 2; i++) {
      const server = startServer(sims, { REDIS_URL: redis.url, CACHE_TTL_SECONDS: '30' });
      children.push(server.proc);
      ports.push((await server.logLine(isReady, 45_000)).port as number);
    }
    // Both processes' cache connections are up before anything is counted.
    const admin = createClient({ url: redis.url });
    await admin.connect();
    await until(async () => {
      const clients = await admin.clientList();
      return clients.filter((c) => c.name === 'customer-graph-cache').length === 2;
    }, 15_000);
    await admin.close();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await sims?.close();
    await redis?.stop();
  });

  it('costs one upstream call for both; Cache-Control: no-cache costs exactly one more', async () => {
    const [a, b] = ports as [number, number];
    const first = await send(a, '/graphql', query().body);
    const second = await send(b, '/graphql', query().body);
    expect(JSON.parse(second.body)).toEqual(JSON.parse(first.body));
    expect(JSON.parse(first.body)).toMatchObject({ data: { customer: { providerId: BUSINESS } } });
    expect(sims.fin.log.count(V2)).toBe(1);

    const fresh = await sendWith(b, query({ 'cache-control': 'no-cache' }));
    expect(sims.fin.log.count(V2)).toBe(2);
    // A's in-process copy stays valid for its TTL (only an invalidation drops it): no call either.
    await send(a, '/graphql', query().body);
    expect(sims.fin.log.count(V2)).toBe(2);
    expect(JSON.parse(fresh.body)).toMatchObject({ data: { customer: { providerId: BUSINESS } } });
  });
});

/** `send` with extra request headers. */
async function sendWith(port: number, q: { body: string; headers?: Record<string, string> }) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...q.headers },
    body: q.body,
  });
  return { status: res.status, body: await res.text() };
}
