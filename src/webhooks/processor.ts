import type { Logger } from '../logger.js';
import type { CustomerRef } from '../model/customer.js';
import { ProviderError } from '../model/errors.js';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import type { CallContext } from '../providers/types.js';
import type { CustomerUpdates } from '../subscriptions/customer-updates.js';

/** Drops a customer from every cache (the cache branch's `CustomerCache.invalidate`). */
export type InvalidateCustomer = (provider: CustomerRef['provider'], providerId: string) => Promise<void>;

/** Budget of one re-fetch after a webhook (ms): a provider that hangs must not pile up work. */
export const REFETCH_TIMEOUT_MS = 10_000;

export interface WebhookProcessor {
  /**
   * A verified event says `ref` changed: drop it from the cache, read it once from its provider and
   * publish it. Never throws: a provider that fails is logged, nothing is published, and the next
   * event or read recovers. Resolves when done (the HTTP answer never waits for it).
   */
  customerChanged(ref: CustomerRef, eventId: string): Promise<void>;
  /** Resolves when every re-fetch started so far has finished (shutdown, tests). */
  idle(): Promise<void>;
}

export function createWebhookProcessor(deps: {
  providers: Providers;
  updates: CustomerUpdates;
  invalidate?: InvalidateCustomer;
  logger: Logger;
  metrics?: Metrics;
  refetchTimeoutMs?: number;
}): WebhookProcessor {
  const inFlight = new Set<Promise<void>>();

  async function run(ref: CustomerRef, eventId: string): Promise<void> {
    const logger = deps.logger.child({ provider: ref.provider, eventId });
    const provider = deps.providers[ref.provider];
    if (!provider) {
      logger.warn('webhook for a provider that is not configured; ignored');
      return;
    }
    try {
      await deps.invalidate?.(ref.provider, ref.providerId);
    } catch (err) {
      // The re-fetch below still brings the fresh document; a stale cache entry expires by TTL.
      logger.warn({ err: errorFacts(err) }, 'cache invalidation after a webhook failed');
    }
    const timeoutMs = deps.refetchTimeoutMs ?? REFETCH_TIMEOUT_MS;
    const call: CallContext = {
      requestId: `webhook-${eventId}`.slice(0, 64),
      logger,
      signal: AbortSignal.timeout(timeoutMs),
      deadline: Date.now() + timeoutMs,
      metrics: deps.metrics,
    };
    try {
      const customer = await provider.getCustomer(ref.providerId, call);
      if (!customer) {
        logger.warn('webhook names a customer the provider does not know; nothing published');
        return;
      }
      await deps.updates.publish(customer);
    } catch (err) {
      logger.warn({ err: errorFacts(err) }, 'customer re-fetch after a webhook failed; nothing published');
    }
  }

  return {
    customerChanged(ref, eventId) {
      const task = run(ref, eventId).finally(() => inFlight.delete(task));
      inFlight.add(task);
      return task;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

/** Safe facts of an error: our own code and message for provider errors, the class name otherwise. */
function errorFacts(err: unknown): Record<string, unknown> {
  if (err instanceof ProviderError) return { code: err.code, message: err.message, ...err.detail };
  return { name: err instanceof Error ? err.name : typeof err };
}
