import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { WebhookSecrets } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import { createMemoryDedupe, type EventDedupe } from '../webhooks/dedupe.js';
import { createWebhookProcessor, type InvalidateCustomer, type WebhookProcessor } from '../webhooks/processor.js';
import { installWebhookRoutes } from '../webhooks/routes.js';
import { createLocalBus, type Bus } from './bus.js';
import { createCustomerUpdates, type CustomerUpdates } from './customer-updates.js';
import { installSubscriptionServer, type SubscriptionServer } from './ws-server.js';

/** How webhooks and subscriptions are wired; everything optional has an in-process default. */
export interface LiveOptions {
  /** Unset providers' webhook endpoints answer 404. Default: all unset. */
  readonly webhookSecrets?: WebhookSecrets;
  /** Shared between replicas (Redis) in production; default an in-process bus. */
  readonly bus?: Bus;
  /** Shared between replicas (Redis `SET NX`); default an in-process LRU. */
  readonly dedupe?: EventDedupe;
  /** The cache's `invalidate(provider, providerId)`; absent when there is no cache. */
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

const NO_SECRETS: WebhookSecrets = { fin: null, spherepay: null, openfx: null };

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
    options?: LiveOptions;
  },
): Live {
  const options = deps.options ?? {};
  const bus = options.bus ?? createLocalBus();
  const updates = createCustomerUpdates(bus, deps.metrics);
  const processor = createWebhookProcessor({
    providers: deps.providers,
    updates,
    invalidate: options.invalidate,
    logger: deps.logger.child({ component: 'webhooks' }),
    metrics: deps.metrics,
  });
  installWebhookRoutes(app, {
    secrets: options.webhookSecrets ?? NO_SECRETS,
    dedupe: options.dedupe ?? createMemoryDedupe(),
    processor,
    logger: deps.logger.child({ component: 'webhooks' }),
    metrics: deps.metrics,
    now: options.now,
  });
  const subscriptions = installSubscriptionServer(app, { ...deps, updates });
  // Re-fetches already acknowledged to a provider finish before the process stops.
  app.addHook('onClose', () => processor.idle());
  return { bus, updates, processor, subscriptions };
}
