import { readdirSync, readFileSync } from 'node:fs';
import { startRedis, type RedisServer } from '../test/helpers/redis-server.js';
import type { GatewaySetup } from './gateway.js';
import { spawnNode, type Child } from './processes.js';
import { THREE_HOP } from './queries.js';
import type { PoolRequest, Scenario } from './scenarios.js';
import { API_KEY, startServer, type CacheMode, type Server } from './servers.js';
import type { SimulatorInfo } from './simulator-control.js';

/** The 3-hop configurations, in the order they run. */
export const THREE_HOP_CONFIGS = ['cold', 'warm', 'warm-redis'] as const;
export type ThreeHopConfig = (typeof THREE_HOP_CONFIGS)[number];

/** What each configuration means, for the header and the README. */
export const THREE_HOP_LABELS: Record<ThreeHopConfig, string> = {
  cold: 'cache off (CACHE_TTL_SECONDS=0)',
  warm: 'cache on, in-process per replica',
  'warm-redis': 'cache on, shared through one Redis (REDIS_URL)',
};

/** Two replicas of the server and Hive Gateway over them and the accounts subgraph, for one configuration. */
export interface ThreeHopStack {
  readonly config: ThreeHopConfig;
  readonly replicas: readonly Server[];
  readonly gateway: Child;
  readonly scenario: Scenario;
  /** Stops the gateway, the replicas and Redis (when this configuration had one). */
  stop(): Promise<void>;
}

/**
 * The gateway's request: a page of 20 Fin businesses from the customers subgraph (hop 1), their accounts
 * from the accounts subgraph (hop 2), and each account's holder back from the customers subgraph with
 * fields Fin's list rows lack (hop 3): 1 list call + 20 detail calls without a cache.
 */
export function threeHopPool(cursors: readonly (string | null)[]): PoolRequest[] {
  return cursors.map((after) => ({
    path: '/graphql',
    body: JSON.stringify({ query: THREE_HOP, variables: { after } }),
  }));
}

/** redis-server's pid, found by its port (the test helper does not expose it), for the watchdog. */
function redisPid(port: number): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes('redis-server') && cmdline.includes(`:${port}`)) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/**
 * Starts one configuration: Redis if asked, two server replicas (`WORKERS=1` each, own ports) and the
 * gateway child (`bench/gateway.ts`: Hive Gateway + the accounts subgraph, one account per holder).
 */
export async function startThreeHop(
  config: ThreeHopConfig,
  info: SimulatorInfo,
  settings: { logLevel: string; holders: readonly string[]; pool: readonly PoolRequest[] },
): Promise<ThreeHopStack> {
  const mode: CacheMode = config === 'cold' ? 'cold' : 'warm';
  let redis: RedisServer | undefined;
  const started: Child[] = [];
  try {
    redis = config === 'warm-redis' ? await startRedis() : undefined;
    const extraEnv: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
    const replicas: Server[] = [];
    for (const n of [1, 2]) {
      const server = await startServer(`replica-${n}`, info, {
        mode,
        logLevel: settings.logLevel,
        workers: 1,
        extraEnv,
      });
      started.push(server.child);
      replicas.push(server);
    }
    const setup: GatewaySetup = {
      replicas: replicas.map((r) => `${r.target.origin}/graphql`),
      apiKey: API_KEY,
      holders: [...settings.holders],
    };
    const gateway = spawnNode('gateway', ['--import', 'tsx', 'bench/gateway.ts'], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      BENCH_GATEWAY: JSON.stringify(setup),
    });
    started.push(gateway);
    const { url } = JSON.parse(await gateway.nextLine('bench-gateway ', 60_000)) as { url: string };
    // If this process is SIGKILLed, the watchdog (stdin closed) takes the replicas, gateway and Redis down.
    const pid = redis ? redisPid(redis.port) : null;
    const watchdog = spawnNode('watchdog', [
      'bench/watchdog.mjs',
      ...started.map((c) => String(c.pid)),
      ...(pid ? [String(pid)] : []),
    ]);
    const origin = new URL(url).origin;
    const scenario: Scenario = {
      name: 'three-hop',
      description: 'gateway: customers(FIN, BUSINESS, first: 20) → accounts → holder (RFIs, parties)',
      origin,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      pool: settings.pool,
      graphql: true,
      rows: 20,
    };
    const stopAll = async () => {
      await Promise.all(started.map((c) => c.stop()));
      await watchdog.stop();
      await redis?.stop();
    };
    return { config, replicas, gateway, scenario, stop: stopAll };
  } catch (err) {
    await Promise.all(started.map((c) => c.stop()));
    await redis?.stop();
    throw err;
  }
}
