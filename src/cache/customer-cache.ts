import { LRUCache } from 'lru-cache';
import type { Bus } from '../bus/bus.js';
import type { Logger } from '../logger.js';
import type { CustomerModel, ProviderName } from '../model/customer.js';
import { notConfigured, providerUnavailable } from '../model/errors.js';
import type { Metrics } from '../observability/metrics.js';
import { abortCause } from '../providers/deadline.js';
import { parseProviderId } from '../providers/ids.js';
import { byProvider, type Providers } from '../providers/registry.js';
import type { CallContext, CustomerProvider } from '../providers/types.js';
import type { RedisConnection } from '../redis/client.js';
import { cacheKey, customerKeys, type CacheEndpoint } from './keys.js';
import { SingleFlight, type Flight } from './single-flight.js';

/** Default bound of the in-process level, in entries (a mapped customer is 0.7–4.4 KB as JSON: tens of MB when full). */
export const DEFAULT_CACHE_MAX_ENTRIES = 10_000;
/**
 * How long "this customer does not exist" is remembered (ms; never longer than the TTL): long enough
 * to absorb a burst of lookups of a wrong id (a retrying client, a list of stale ids), short enough
 * that a customer created right after is seen within seconds.
 */
export const NOT_FOUND_TTL_MS = 5_000;
/** The bus channel of invalidations; messages carry hashed keys only, never provider ids. */
export const INVALIDATE_CHANNEL = 'cache:invalidate';

export interface CustomerCacheOptions {
  /** `CACHE_TTL_SECONDS`; `0` turns the cache off (`wrap` returns providers unchanged). */
  ttlSeconds: number;
  /** The shared level (`REDIS_URL`); `null` = in-process only. */
  redis?: RedisConnection | null;
  /** Carries invalidations to every replica; `null` = this process only. */
  bus?: Bus | null;
  /** Bound of the in-process level. Default `DEFAULT_CACHE_MAX_ENTRIES`. */
  maxEntries?: number;
  logger: Logger;
  metrics?: Metrics;
  /** Monotonic clock (ms) of the in-process level's TTLs; tests inject a manual one. Default `performance.now`. */
  now?: () => number;
}

/** The customer cache of one process (both levels), and the invalidation entry point. */
export interface CustomerCache {
  /** Whether caching is on (`CACHE_TTL_SECONDS` > 0). */
  readonly enabled: boolean;
  /** Routes `getCustomer` and `getCapabilities` of `provider` through the cache; everything else passes through. */
  wrap(provider: CustomerProvider): CustomerProvider;
  /** `wrap` applied to every configured provider. */
  wrapAll(providers: Providers): Providers;
  /**
   * Drops every cached entry of one customer (detail and capabilities: Fin.com V2 and V1) in this
   * process, in Redis, and, through the bus, in every other replica's in-process level. A fetch of
   * that customer already in flight still answers its waiters but is not stored, and later reads
   * start a new one. Resolves once Redis and the bus were told (bounded; never rejects). A malformed
   * id is ignored: nothing can be cached under it. Webhook handlers call this on a verified event.
   */
  invalidate(provider: ProviderName, providerId: string): Promise<void>;
  /**
   * `invalidate`, then one read of the customer's detail from its provider through the cache (the
   * answer is stored for every replica to read from Redis): what a webhook does with a verified event
   * before publishing the customer. Resolves `null` when the provider says it does not exist; rejects
   * like `CustomerProvider.getCustomer` (`ProviderError`, `UserInputError`), and with
   * `PROVIDER_NOT_CONFIGURED` for a provider that `wrap` never saw.
   */
  refresh(provider: ProviderName, providerId: string, call: CallContext): Promise<CustomerModel | null>;
  /** Entries in the in-process level. */
  readonly size: number;
  /** Stops listening to the bus (the Redis connection and bus belong to the caller). */
  close(): void;
}

interface Entry {
  readonly value: unknown;
}
/** What Redis holds: the value and its absolute expiry, so a replica reading it keeps the remaining TTL only. */
interface Stored {
  /** Expiry, epoch ms. */
  e: number;
  v: unknown;
}

/**
 * Builds the customer cache. A lookup tries the in-process LRU, then (one call per key per process
 * at a time, single flight) Redis, then the provider, and stores what it got in both levels:
 * documents for `CACHE_TTL_SECONDS`, "not found" for `NOT_FOUND_TTL_MS`, errors never. A request with
 * `call.noCache` (`Cache-Control: no-cache`) skips both reads and refreshes both levels.
 */
export function createCustomerCache(options: CustomerCacheOptions): CustomerCache {
  const ttlMs = options.ttlSeconds * 1000;
  const enabled = ttlMs > 0;
  const { metrics, logger } = options;
  const redis = options.redis ?? null;
  const flights = new SingleFlight<unknown>();
  const entries = new LRUCache<string, Entry>({
    max: options.maxEntries ?? DEFAULT_CACHE_MAX_ENTRIES,
    ttl: ttlMs || 1,
    dispose: () => queueMicrotask(gauge),
    // An injected clock is read on every check (its time moves by hand, not with real timers).
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  const gauge = () => metrics?.cacheEntries.set(entries.size);
  // A logical clock: a fetch stores its answer only when its key was not invalidated since it began.
  let tick = 0;
  const invalidatedAt = new LRUCache<string, number>({ max: 10_000, ttl: 60_000 });
  const staleSince = (key: string, startedAt: number) => (invalidatedAt.get(key) ?? -1) > startedAt;

  const dropLocal = (keys: readonly string[]) => {
    for (const key of keys) {
      entries.delete(key);
      flights.forget(key);
      invalidatedAt.set(key, ++tick);
    }
  };
  const unsubscribe = options.bus?.subscribe<{ keys?: unknown }>(INVALIDATE_CHANNEL, (message) => {
    const keys = message?.keys;
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'string' && k.startsWith('cg:customer:'))) {
      dropLocal(keys as string[]);
    }
  });

  async function store(key: string, value: unknown, startedAt: number): Promise<void> {
    if (staleSince(key, startedAt)) return;
    const ttl = value === null ? Math.min(NOT_FOUND_TTL_MS, ttlMs) : ttlMs;
    entries.set(key, { value }, { ttl });
    gauge();
    if (!redis) return;
    const stored: Stored = { e: Date.now() + ttl, v: value };
    await redis.run((c) => c.set(key, JSON.stringify(stored), { expiration: { type: 'PX', value: ttl } }));
  }

  /**
   * Reads Redis: `{ value }` on a hit, `miss`, or `error` when Redis could not answer (down, slow).
   * A hit is kept in-process unless the key was invalidated while the GET was out.
   */
  async function readShared(key: string, startedAt: number): Promise<{ value: unknown } | 'miss' | 'error'> {
    if (!redis) return 'miss';
    const text = await redis.run((c) => c.get(key));
    if (text === undefined) return 'error';
    if (text === null) return 'miss';
    try {
      const stored = JSON.parse(text) as Stored;
      const remaining = stored.e - Date.now();
      if (remaining <= 0) return 'miss';
      if (!staleSince(key, startedAt)) {
        entries.set(key, { value: stored.v }, { ttl: Math.min(remaining, ttlMs) });
        gauge();
      }
      return { value: stored.v };
    } catch {
      logger.warn({ key }, 'cache entry in Redis is not JSON; ignored');
      return 'miss';
    }
  }

  async function lookup<T>(
    provider: ProviderName,
    endpoint: CacheEndpoint,
    rawId: string,
    call: CallContext,
    fetch: (call: CallContext) => Promise<T | null>,
  ): Promise<T | null> {
    const id = parseProviderId(provider, rawId);
    // A malformed id: the provider refuses it before any request; nothing to cache or look up.
    if (id === null) return fetch(call);
    const key = cacheKey(provider, endpoint, id);
    const count = (outcome: 'hit' | 'miss' | 'bypass' | 'error') => metrics?.cacheRequests.inc({ provider, outcome });
    if (call.noCache) {
      count('bypass');
      const startedAt = ++tick;
      const value = await fetch(call);
      await store(key, value, startedAt);
      return value;
    }
    const local = entries.get(key);
    if (local) {
      count('hit');
      return local.value as T | null;
    }
    const { joined, value } = flights.run(
      key,
      async (flight) => {
        const startedAt = ++tick;
        const shared = await readShared(key, startedAt);
        if (typeof shared === 'object') {
          count('hit');
          return shared.value;
        }
        count(shared === 'error' ? 'error' : 'miss');
        const fresh = await fetch(sharedCall(call, flight));
        await store(key, fresh, startedAt);
        return fresh;
      },
      {
        signal: call.signal,
        abortError: () => providerUnavailable(provider, { cause: abortCause(call) }),
      },
    );
    if (joined) count('hit');
    return value as Promise<T | null>;
  }

  async function invalidate(provider: ProviderName, providerId: string): Promise<void> {
    const id = parseProviderId(provider, providerId);
    if (id === null) return;
    const keys = customerKeys(provider, id);
    // Another replica's fetch that began before this and ends after the DEL may still write its
    // answer to Redis before our bus message reaches it: a window of one bus hop, for an answer
    // read while the change was being announced. Its TTL bounds that.
    dropLocal(keys);
    await Promise.all([
      redis?.run((c) => c.del(keys)),
      // Also sent with the cache off: another replica may run with a different setting.
      options.bus?.publish(INVALIDATE_CHANNEL, { keys }),
    ]);
  }

  // What `refresh` reads through: the last provider wrapped under each name.
  const wrappedByName = new Map<ProviderName, CustomerProvider>();

  function wrap(provider: CustomerProvider): CustomerProvider {
    const { name } = provider;
    if (!enabled) {
      wrappedByName.set(name, provider);
      return provider;
    }
    const wrapped: CustomerProvider = {
      name,
      getCustomer: (id, call) => lookup(name, 'customer', id, call, (c) => provider.getCustomer(id, c)),
      getCapabilities: (id, call) => lookup(name, 'capabilities', id, call, (c) => provider.getCapabilities(id, c)),
      listCustomers: (query, call) => provider.listCustomers(query, call),
      close: () => provider.close(),
    };
    if (provider.health) wrapped.health = () => provider.health!();
    if (provider.ready) wrapped.ready = (call) => provider.ready!(call);
    wrappedByName.set(name, wrapped);
    return wrapped;
  }

  return {
    enabled,
    wrap,
    wrapAll: (providers) => byProvider((name) => providers[name] && wrap(providers[name])),
    invalidate,
    async refresh(provider, providerId, call) {
      const source = wrappedByName.get(provider);
      if (!source) {
        throw notConfigured(provider);
      }
      await invalidate(provider, providerId);
      return source.getCustomer(providerId, call);
    },
    get size() {
      return entries.size;
    },
    close() {
      unsubscribe?.();
      entries.clear();
    },
  };
}

/**
 * The call a shared fetch runs with: the starter's request id, logger and deadline, but a signal that
 * aborts only when every waiter has gone, so one caller's abort never fails the others.
 */
function sharedCall(call: CallContext, flight: Flight): CallContext {
  return { ...call, signal: flight.signal };
}
