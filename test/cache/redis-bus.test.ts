import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBus, type Bus } from '../../src/bus/bus.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { createRedis, REDIS_COMMAND_TIMEOUT_MS } from '../../src/redis/client.js';
import { parseExposition } from '../ops/prom.js';
import { startRedis, type RedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

describe('redis connection', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => server.stop());

  it('answers commands, and when Redis goes down fails fast with one warning, a metric, and recovers', async () => {
    const { logger, lines } = capturingLogger();
    const metrics = createMetrics();
    const redis = createRedis(server.url, { logger, metrics, name: 'cache' });
    await until(() => redis.available());
    expect(await redis.run((c) => c.set('k', 'v'))).toBe('OK');
    expect(await redis.run((c) => c.get('k'))).toBe('v');

    await server.down();
    await until(() => !redis.available());
    for (let i = 0; i < 20; i++) expect(await redis.run((c) => c.get('k'))).toBeUndefined();
    // Several reconnect attempts fail while it is down: still one warning.
    await new Promise((r) => setTimeout(r, 500));
    const warnings = lines.filter((l) => String(l.msg).startsWith('Redis unavailable'));
    expect(warnings).toHaveLength(1);
    const during = parseExposition(await metrics.registry.metrics());
    expect(during.sum('customer_graph_redis_up', { connection: 'cache' })).toBe(0);
    expect(
      during.sum('customer_graph_redis_errors_total', { connection: 'cache', kind: 'connection' }),
    ).toBeGreaterThan(0);

    await server.up();
    await until(() => redis.available());
    expect(await redis.run((c) => c.set('k', 'again'))).toBe('OK');
    expect(lines.filter((l) => l.msg === 'Redis available again')).toHaveLength(1);
    const after = parseExposition(await metrics.registry.metrics());
    expect(after.sum('customer_graph_redis_up', { connection: 'cache' })).toBe(1);
    expect(JSON.stringify(lines)).not.toContain(server.url);
    await redis.close();
  });

  it('bounds a command against a hung Redis and skips it while cooling down', async () => {
    const { logger } = capturingLogger();
    const redis = createRedis(server.url, { logger, name: 'cache' });
    await until(() => redis.available());
    server.pause();
    try {
      const started = Date.now();
      expect(await redis.run((c) => c.get('k'))).toBeUndefined();
      // Skipped at once while cooling down.
      expect(await redis.run((c) => c.get('k'))).toBeUndefined();
      // Generous: the bound is REDIS_COMMAND_TIMEOUT_MS, the slack is for a loaded machine.
      expect(Date.now() - started).toBeLessThan(REDIS_COMMAND_TIMEOUT_MS + 1_500);
    } finally {
      server.resume();
    }
    await until(async () => (await redis.run((c) => c.ping())) === 'PONG');
    await redis.close();
  });
});

describe('message bus', () => {
  let server: RedisServer;
  const buses: Bus[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await server.stop();
  });

  it('delivers in-process without Redis', async () => {
    const bus = createBus({ redisUrl: null, logger: capturingLogger().logger });
    buses.push(bus);
    const got: unknown[] = [];
    const off = bus.subscribe('c', (m) => got.push(m));
    await bus.publish('c', { a: 1 });
    await bus.publish('c', 'text');
    await until(() => got.length === 2);
    expect(got).toEqual([{ a: 1 }, 'text']);
    off();
    await bus.publish('c', 'after');
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toHaveLength(2);
  });

  it('reaches every replica through Redis exactly once, with no echo to the publisher', async () => {
    const { logger } = capturingLogger();
    const [a, b, c] = [0, 1, 2].map(() => createBus({ redisUrl: server.url, logger }));
    buses.push(a!, b!, c!);
    const got: Record<string, unknown[]> = { a: [], b: [], c: [] };
    a!.subscribe('ch', (m) => got.a!.push(m));
    b!.subscribe('ch', (m) => got.b!.push(m));
    c!.subscribe('ch', (m) => got.c!.push(m));
    c!.subscribe('other', (m) => got.c!.push(m));
    // Wait until every subscriber connection listens: a probe from `a` reaches `b` and `c`.
    await until(async () => {
      await a!.publish('probe', 'x');
      const probe = await Promise.all(
        [b, c].map(
          (bus) =>
            new Promise<boolean>((resolve) => {
              const off = bus!.subscribe('probe', () => resolve(true));
              setTimeout(() => {
                off();
                resolve(false);
              }, 100);
            }),
        ),
      );
      return probe.every(Boolean);
    });
    await a!.publish('ch', { n: 1 });
    await until(() => got.b!.length === 1 && got.c!.length === 1 && got.a!.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual({ a: [{ n: 1 }], b: [{ n: 1 }], c: [{ n: 1 }] });
  });
});
