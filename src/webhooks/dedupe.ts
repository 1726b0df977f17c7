import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import type { ProviderName } from '../model/customer.js';

/** How long an event id is remembered (providers retry for hours; 24 h covers every documented policy). */
export const DEDUPE_TTL_SECONDS = 24 * 60 * 60;
/** Event ids one process remembers without Redis (oldest forgotten first). */
export const DEDUPE_MAX_LOCAL = 100_000;

/** Remembers event ids so a redelivered or replayed event is acknowledged and not processed again. */
export interface EventDedupe {
  /** True the first time `provider`/`eventId` is seen within the TTL; false for a repeat. */
  firstSeen(provider: ProviderName, eventId: string): Promise<boolean>;
}

/** In-process: a bounded LRU with a TTL (lru-cache), for one process without `REDIS_URL`. */
export function createMemoryDedupe(options: { max?: number; ttlSeconds?: number } = {}): EventDedupe {
  const seen = new LRUCache<string, true>({
    max: options.max ?? DEDUPE_MAX_LOCAL,
    ttl: (options.ttlSeconds ?? DEDUPE_TTL_SECONDS) * 1000,
  });
  return {
    async firstSeen(provider, eventId) {
      const key = `${provider}:${eventId}`;
      if (seen.has(key)) return false;
      seen.set(key, true);
      return true;
    },
  };
}

/**
 * The one Redis command the shared de-duplication needs: `SET key 1 NX EX ttl`; true when it was set,
 * false when the key existed, `undefined` when Redis could not answer.
 */
export type SetIfAbsent = (key: string, ttlSeconds: number) => Promise<boolean | undefined>;

/**
 * Shared by every replica through Redis (`SET NX EX`), so an event delivered to two replicas is
 * processed once. When Redis fails, the local LRU decides (logged): a duplicate may then be processed
 * twice across replicas, which costs one extra re-fetch and never loses an event.
 */
export function createRedisDedupe(
  setIfAbsent: SetIfAbsent,
  logger: Logger,
  ttlSeconds = DEDUPE_TTL_SECONDS,
): EventDedupe {
  const local = createMemoryDedupe({ ttlSeconds });
  return {
    async firstSeen(provider, eventId) {
      const firstHere = await local.firstSeen(provider, eventId);
      if (!firstHere) return false;
      const set = await setIfAbsent(`customer-graph:webhook-event:${provider}:${eventId}`, ttlSeconds).catch(
        () => undefined,
      );
      if (set !== undefined) return set;
      logger.warn({ provider }, 'webhook de-duplication: Redis unavailable, deciding locally');
      return true;
    },
  };
}
