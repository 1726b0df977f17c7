import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { WebhookSecrets } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { PROVIDER_MODULES, type Providers } from '../providers/registry.js';
import { createBus, type Bus } from '../bus/bus.js';
import type { CustomerCache } from '../cache/customer-cache.js';
import type { RedisConnection } from '../redis/client.js';
import { createMemoryDedupe, createRedisDedupe, type EventDedupe } from '../webhooks/dedupe.js';
import { createWebhookProcessor, type InvalidateCustomer, type WebhookProcessor } from '../webhooks/processor.js';
import { installWebhookRoutes } from '../webhooks/routes.js';
import { createCustomerUpdates, type CustomerUpdates } from './customer-updates.js';
import { installSubscriptionServer, type SubscriptionServer } from './ws-server.js';

/** How webhooks and subscriptions are wired; everything optional has an in-process default. */
export interface LiveOptions {
  /** Unset providers' webhook endpoints answer 404. Default: all unset. */
  readonly webhookSecrets?: WebhookSecrets;
  /** Overrides the de-duplication (default: Redis `SET NX EX` with `redis`, else an in-process LRU). */
  readonly dedupe?: EventDedupe;
  /** Overrides the cache invalidation (default: `cache.invalidate`). */
  readonly invalidate?: InvalidateCustomer;
  /** Clock for webhook replay windows (ms); default `Date.now`. */
  readonly now?: () => number;
}

/** The live-status machinery of one server. */
export interface Live {
  readonly bus: Bus;
  readonly updates: CustomerUpdates;
  readonly processor: WebhookProcessor;
  readonly subscriptions: SubscriptionServer;
}

const NO_SECRETS = Object.fromEntries(PROVIDER_MODULES.map((m) => [m.key, null])) as WebhookSecrets;

/**
 * Installs `POST /webhooks/*` and the graphql-ws endpoint on `/graphql`: verified webhooks become
 * re-fetched customers on the bus, and the bus feeds `Subscription.customerUpdated`.
 */
export function installLive(
  app: FastifyInstance,
  deps: {
    schema: GraphQLSchema;
    config: { readonly apiKeys: readonly string[] | null; readonly production: boolean };
    providers: Providers;
    logger: Logger;
    metrics?: Metrics;
    /** The cross-replica bus (cache branch); default an in-process one. */
    bus?: Bus;
    /** The customer cache whose `invalidate` runs before each re-fetch. */
    cache?: Pick<CustomerCache, 'invalidate'>;
    /** The shared Redis connection (`REDIS_URL`) for cross-replica de-duplication. */
    redis?: RedisConnection | null;
    options?: LiveOptions;
  },
): Live {
  const options = deps.options ?? {};
  const logger = deps.logger.child({ component: 'webhooks' });
  const bus = deps.bus ?? createBus({ redisUrl: null, logger: deps.logger });
  const redis = deps.redis;
  const dedupe =
    options.dedupe ??
    (redis
      ? createRedisDedupe(async (key, ttl) => {
          const answer = await redis.run((c) => c.set(key, '1', { NX: true, EX: ttl }));
          return answer === undefined ? undefined : answer === 'OK';
        }, logger)
      : createMemoryDedupe());
  const cache = deps.cache;
  const updates = createCustomerUpdates(bus, deps.metrics);
  const processor = createWebhookProcessor({
    providers: deps.providers,
    updates,
    invalidate: options.invalidate ?? (cache ? (provider, id) => cache.invalidate(provider, id) : undefined),
    logger,
    metrics: deps.metrics,
  });
  installWebhookRoutes(app, {
    secrets: options.webhookSecrets ?? NO_SECRETS,
    dedupe,
    processor,
    logger,
    metrics: deps.metrics,
    now: options.now,
  });
  const subscriptions = installSubscriptionServer(app, { ...deps, updates });
  // Re-fetches already acknowledged to a provider finish before the process stops.
  app.addHook('onClose', () => processor.idle());
  return { bus, updates, processor, subscriptions };
}
