// node-redis 5 rather than ioredis: it is the client maintained by Redis itself (ioredis is in
// maintenance mode), ships its own TypeScript types, speaks RESP3, and its reconnect strategy,
// offline-queue switch and pub/sub resubscription are exactly the knobs needed here.
import { createClient } from 'redis';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';

/**
 * The most a Redis command may add to a request (ms). Past it the command is abandoned and the
 * caller carries on without Redis (a cache read goes to the provider).
 */
export const REDIS_COMMAND_TIMEOUT_MS = 100;
/** How long a TCP connect to Redis may take before it counts as a failed attempt (ms). */
export const REDIS_CONNECT_TIMEOUT_MS = 2_000;
/** After a command timed out, Redis is skipped this long (ms) so a hung server costs one wait per period, not one per request. */
export const REDIS_COOL_DOWN_MS = 1_000;
/** Reconnect backoff: 50 ms doubling per attempt, capped here (ms), with jitter. */
export const REDIS_MAX_BACKOFF_MS = 2_000;

export type RedisClient = ReturnType<typeof createClient>;

/** One Redis connection that never throws into a request path. */
export interface RedisConnection {
  /** The name in logs and metrics (`cache`, `bus-publisher`, `bus-subscriber`…). */
  readonly name: string;
  /** The node-redis client, for what `run` does not cover (pub/sub). */
  readonly client: RedisClient;
  /** Whether commands are worth sending now: connected and not cooling down after a timeout. */
  available(): boolean;
  /**
   * Runs one command, bounded by `REDIS_COMMAND_TIMEOUT_MS`. Resolves `undefined` when Redis is
   * unavailable, slow or fails (counted and logged once per outage); never rejects.
   */
  run<T>(command: (client: RedisClient) => Promise<T>): Promise<T | undefined>;
  /** Closes the connection (pending commands are answered first when the server still answers). */
  close(): Promise<void>;
}

export interface RedisOptions {
  logger: Logger;
  metrics?: Metrics;
  /** Connection name for logs, metrics and `CLIENT SETNAME`. */
  name: string;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Connects to `url` (`redis://` / `rediss://host:port[/db]`) in the background: the caller never
 * waits for the connection, and requests simply do without Redis until it is up. Reconnects by
 * itself with capped backoff; while disconnected, commands fail at once (offline queue disabled)
 * instead of piling up. One warning line when Redis becomes unusable, one info line when it is back;
 * `customer_graph_redis_up{connection}` and `customer_graph_redis_errors_total` follow.
 */
export function createRedis(url: string, options: RedisOptions): RedisConnection {
  const { logger, metrics, name } = options;
  const client = createClient({
    url,
    name: `customer-graph-${name}`,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) =>
        Math.min(50 * 2 ** Math.min(retries, 10), REDIS_MAX_BACKOFF_MS) * (0.75 + Math.random() * 0.5),
    },
  });
  let up = false;
  // Whether the one "down" warning of this outage was written (the first failed connect counts too).
  let warned = false;
  let closing = false;
  let coolUntil = 0;

  const gauge = () => metrics?.redisUp.set({ connection: name }, up && Date.now() >= coolUntil ? 1 : 0);
  const down = (reason: string, kind: 'connection' | 'timeout') => {
    metrics?.redisErrors.inc({ connection: name, kind });
    up = kind === 'timeout' ? up : false;
    gauge();
    if (warned || closing) return;
    warned = true;
    // The URL may hold a password: only the connection name and the reason are logged.
    logger.warn({ redis: name, reason }, 'Redis unavailable: carrying on without it until it is back');
  };
  const back = () => {
    up = true;
    coolUntil = 0;
    gauge();
    if (warned) logger.info({ redis: name }, 'Redis available again');
    warned = false;
  };

  client.on('ready', back);
  // node-redis emits 'error' for every failed (re)connect attempt; only the first of an outage is logged.
  client.on('error', (err: Error) => down(err.name || 'error', 'connection'));
  client.on('reconnecting', () => {
    if (up) down('connection lost', 'connection');
  });
  gauge();
  // Not awaited: start-up never waits for Redis, and `reconnectStrategy` keeps trying.
  client.connect().catch(() => undefined);

  return {
    name,
    client,
    available: () => up && !closing && Date.now() >= coolUntil,
    async run<T>(command: (c: RedisClient) => Promise<T>): Promise<T | undefined> {
      if (!up || closing || Date.now() < coolUntil) return undefined;
      // Hand-written bound: node-redis's own command timeout stops once the command is written to
      // the socket, so a hung (not closed) server would otherwise never answer.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), REDIS_COMMAND_TIMEOUT_MS);
      });
      const work = command(client);
      try {
        const result = await Promise.race([work, timeout]);
        if (result === TIMED_OUT) {
          // The abandoned command settles later (or when the connection drops); nobody listens.
          work.catch(() => undefined);
          coolUntil = Date.now() + REDIS_COOL_DOWN_MS;
          down('command timed out', 'timeout');
          return undefined;
        }
        if (warned && up) back();
        return result;
      } catch (err) {
        metrics?.redisErrors.inc({ connection: name, kind: 'command' });
        logger.debug({ redis: name, err: err instanceof Error ? err.name : 'error' }, 'Redis command failed');
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closing) return;
      closing = true;
      if (!client.isOpen) return;
      try {
        // QUIT-like close when the server answers; a hung or gone server is not waited for.
        await Promise.race([client.close(), new Promise((resolve) => setTimeout(resolve, 500).unref())]);
      } catch {
        // Closing a connection that is already gone is not a failure worth reporting.
      }
      if (client.isOpen) client.destroy();
    },
  };
}
