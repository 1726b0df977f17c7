import { createBus, type Bus } from '../bus/bus.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { createRedis, type RedisConnection } from '../redis/client.js';
import { createCustomerCache, type CustomerCache } from './customer-cache.js';

/** What one process shares for freshness: the Redis connection, the bus and the customer cache. */
export interface CacheRuntime {
  readonly redis: RedisConnection | null;
  readonly bus: Bus;
  readonly cache: CustomerCache;
  /** Closes cache, bus and Redis, in that order. */
  close(): Promise<void>;
}

/**
 * Builds them from the configuration (`REDIS_URL`, `CACHE_TTL_SECONDS`). Never waits for Redis:
 * without it everything works in-process and catches up when it comes.
 */
export function createCacheRuntime(
  config: Pick<Config, 'redisUrl' | 'cacheTtlSeconds'>,
  deps: { logger: Logger; metrics?: Metrics; /** In-process TTL clock (tests). */ now?: () => number },
): CacheRuntime {
  const { logger, metrics } = deps;
  const redis = config.redisUrl ? createRedis(config.redisUrl, { logger, metrics, name: 'cache' }) : null;
  const bus = createBus({ redisUrl: config.redisUrl, logger, metrics });
  const cache = createCustomerCache({ ttlSeconds: config.cacheTtlSeconds, redis, bus, ...deps });
  return {
    redis,
    bus,
    cache,
    async close() {
      cache.close();
      await bus.close();
      await redis?.close();
    },
  };
}
