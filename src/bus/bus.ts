import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { createRedis, type RedisConnection } from '../redis/client.js';
import { BUS_IPC_TYPE, isEnvelope, type BusEnvelope } from './envelope.js';

/** The one Redis pub/sub channel every replica's bus shares; bus channels travel inside the envelope. */
export const BUS_REDIS_CHANNEL = 'customer-graph:bus';
/** How many recent message ids a replica remembers to drop a second copy (IPC and Redis both deliver). */
const SEEN_IDS = 10_000;

/** Receives one message: the value given to `publish`, after a JSON round trip. */
export type BusHandler<T = unknown> = (message: T) => void;

/** A small message bus that reaches every replica of the deployment. */
export interface Bus {
  /**
   * Delivers `message` (a string or a JSON-serialisable value) to the subscribers of `channel` on
   * every replica, exactly once each: in this process at once (next microtask), to sibling cluster
   * workers through the primary, and to other hosts through Redis pub/sub when `REDIS_URL` is set.
   * Resolves once handed to every transport; never rejects (a Redis outage only loses the remote copy).
   */
  publish(channel: string, message: string | object): Promise<void>;
  /** Calls `handler` for every message on `channel`; returns the unsubscribe function. */
  subscribe<T = unknown>(channel: string, handler: BusHandler<T>): () => void;
  /** Stops receiving and closes the Redis connections. */
  close(): Promise<void>;
}

export interface BusOptions {
  /** `REDIS_URL`; `null` = no Redis (in-process and cluster IPC only). */
  redisUrl: string | null;
  logger: Logger;
  metrics?: Metrics;
}

/**
 * Creates this replica's bus. Transports: in-process always; cluster IPC when this process is a
 * `WORKERS=N` worker (the primary relays, `relayBusMessages` in cluster-relay.ts); Redis pub/sub on a
 * dedicated subscriber connection when `redisUrl` is set. Every message carries a unique id and its
 * origin, so an echo of our own message is ignored and a message heard on two transports is
 * delivered once.
 */
export function createBus(options: BusOptions): Bus {
  const { logger, metrics } = options;
  const origin = randomUUID();
  const handlers = new Map<string, Set<BusHandler>>();
  const seen = new LRUCache<string, true>({ max: SEEN_IDS });
  let closed = false;

  const deliver = (envelope: BusEnvelope, transport: 'local' | 'ipc' | 'redis') => {
    if (closed || seen.has(envelope.id)) return;
    seen.set(envelope.id, true);
    metrics?.busMessages.inc({ direction: 'received', transport });
    const subscribers = handlers.get(envelope.channel);
    if (!subscribers?.size) return;
    let message: unknown;
    try {
      message = JSON.parse(envelope.payload);
    } catch {
      logger.warn({ channel: envelope.channel, transport }, 'bus message is not JSON; dropped');
      return;
    }
    for (const handler of [...subscribers]) {
      try {
        handler(message);
      } catch (err) {
        logger.error(
          { channel: envelope.channel, err: err instanceof Error ? err.message : String(err) },
          'bus subscriber failed',
        );
      }
    }
  };
  const fromRemote = (value: unknown, transport: 'ipc' | 'redis') => {
    if (isEnvelope(value) && value.origin !== origin) deliver(value, transport);
  };

  const ipc = cluster.isWorker && typeof process.send === 'function';
  const onIpc = (message: unknown) => fromRemote(message, 'ipc');
  if (ipc) process.on('message', onIpc);

  let publisher: RedisConnection | null = null;
  let subscriber: RedisConnection | null = null;
  if (options.redisUrl) {
    publisher = createRedis(options.redisUrl, { logger, metrics, name: 'bus-publisher' });
    const sub = createRedis(options.redisUrl, { logger, metrics, name: 'bus-subscriber' });
    subscriber = sub;
    let subscribed = false;
    // node-redis re-subscribes by itself after a reconnect; only the first subscription is ours.
    sub.client.on('ready', () => {
      if (subscribed || closed) return;
      subscribed = true;
      sub.client
        .subscribe(BUS_REDIS_CHANNEL, (text: string) => {
          try {
            fromRemote(JSON.parse(text), 'redis');
          } catch {
            logger.warn('bus message from Redis is not JSON; dropped');
          }
        })
        .catch(() => {
          subscribed = false;
        });
    });
  }

  return {
    async publish(channel, message) {
      if (closed) return;
      const envelope: BusEnvelope = {
        type: BUS_IPC_TYPE,
        id: randomUUID(),
        origin,
        channel,
        payload: JSON.stringify(message),
      };
      queueMicrotask(() => deliver(envelope, 'local'));
      metrics?.busMessages.inc({ direction: 'published', transport: 'local' });
      if (ipc && process.connected) {
        process.send?.(envelope);
        metrics?.busMessages.inc({ direction: 'published', transport: 'ipc' });
      }
      if (publisher) {
        const receivers = await publisher.run((c) => c.publish(BUS_REDIS_CHANNEL, JSON.stringify(envelope)));
        if (receivers !== undefined) metrics?.busMessages.inc({ direction: 'published', transport: 'redis' });
      }
    },
    subscribe<T>(channel: string, handler: BusHandler<T>) {
      const set = handlers.get(channel) ?? new Set<BusHandler>();
      handlers.set(channel, set);
      set.add(handler as BusHandler);
      return () => {
        set.delete(handler as BusHandler);
        if (!set.size) handlers.delete(channel);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ipc) process.off('message', onIpc);
      handlers.clear();
      await Promise.all([publisher?.close(), subscriber?.close()]);
    },
  };
}
