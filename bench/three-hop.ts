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

/** Two replicas of the server for one configuration, with Redis for `warm-redis`. */
export interface Replicas {
  readonly config: ThreeHopConfig;
  readonly servers: readonly Server[];
  /** Stops the replicas, then Redis. */
  stop(): Promise<void>;
}

/** Hive Gateway and the accounts subgraph, one child process for every configuration. */
export interface Gateway {
  readonly child: Child;
  /** The 3-hop scenario, aimed at the gateway. */
  readonly scenario: Scenario;
  /** Sends the customers subgraph's requests to these replicas from now on. */
  use(replicas: Replicas): Promise<void>;
  stop(): Promise<void>;
}

const graphqlUrls = (replicas: Replicas) => replicas.servers.map((s) => `${s.target.origin}/graphql`);

/**
 * Starts one configuration's replicas: Redis if asked (a free port, `test/helpers/redis-server.ts`), then two
 * server processes (`WORKERS=1` each, own ports). A watchdog takes them down if the benchmark is SIGKILLed.
 */
export async function startReplicas(
  config: ThreeHopConfig,
  info: SimulatorInfo,
  settings: { logLevel: string },
): Promise<Replicas> {
  const mode: CacheMode = config === 'cold' ? 'cold' : 'warm';
  const redis: RedisServer | undefined = config === 'warm-redis' ? await startRedis() : undefined;
  const extraEnv: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
  const started = await Promise.allSettled(
    [1, 2].map((n) => startServer(`replica-${n}`, info, { mode, logLevel: settings.logLevel, workers: 1, extraEnv })),
  );
  const servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.child.stop()));
    await redis?.stop();
    throw failed.reason;
  }
  const pid = redis ? redisPid(redis.port) : null;
  const watchdog = spawnNode('watchdog', [
    'bench/watchdog.mjs',
    ...servers.map((s) => String(s.child.pid)),
    ...(pid ? [String(pid)] : []),
  ]);
  return {
    config,
    servers,
    async stop() {
      await Promise.all(servers.map((s) => s.child.stop()));
      await redis?.stop();
      await watchdog.stop();
    },
  };
}

/**
 * Starts the gateway child (`bench/gateway.ts`: Hive Gateway + the accounts subgraph with one account per
 * holder), composing the supergraph from the SDL `server` serves (any server of this build, so the replicas
 * can start meanwhile); `use()` then points it at replicas.
 */
export async function startGateway(
  server: Server,
  settings: { holders: readonly string[]; pool: readonly PoolRequest[] },
): Promise<Gateway> {
  const setup: GatewaySetup = {
    replicas: [`${server.target.origin}/graphql`],
    apiKey: API_KEY,
    holders: [...settings.holders],
  };
  const child = spawnNode('gateway', ['--import', 'tsx', 'bench/gateway.ts'], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    BENCH_GATEWAY: JSON.stringify(setup),
  });
  let url: string;
  try {
    ({ url } = JSON.parse(await child.nextLine('bench-gateway {', 120_000).then((l) => `{${l}`)) as { url: string });
  } catch (err) {
    await child.stop();
    throw err;
  }
  const watchdog = spawnNode('watchdog', ['bench/watchdog.mjs', String(child.pid)]);
  const scenario: Scenario = {
    name: 'three-hop',
    description: 'gateway: customers(FIN, BUSINESS, first: 20) → accounts → holder (RFIs, parties)',
    origin: new URL(url).origin,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    pool: settings.pool,
    graphql: true,
    rows: 20,
  };
  return {
    child,
    scenario,
    async use(next) {
      const answered = child.nextLine('bench-gateway replicas', 10_000);
      child.process.stdin?.write(`replicas ${JSON.stringify(graphqlUrls(next))}\n`);
      await answered;
    },
    async stop() {
      await child.stop();
      await watchdog.stop();
    },
  };
}
