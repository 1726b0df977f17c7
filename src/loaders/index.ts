import DataLoader from 'dataloader';
import type { CapabilityModel, CustomerModel, CustomerRef, ProviderName } from '../model/customer.js';
import { notConfigured, notFound, ProviderError } from '../model/errors.js';
import type { Providers } from '../providers/registry.js';
import { abortCause } from '../providers/deadline.js';
import type { CallContext, CustomerProvider } from '../providers/types.js';

/** Per-request loaders: one upstream call per distinct customer (and per distinct need) per request. */
export interface Loaders {
  /** The customer as we know it: a list row (`summary`) when one was primed, else the detail. */
  readonly customer: DataLoader<CustomerRef, CustomerModel, string>;
  /** The full detail document. */
  readonly detail: DataLoader<CustomerRef, CustomerModel, string>;
  /** Capabilities for customers whose document lacks them (Fin.com V1). */
  readonly capabilities: DataLoader<CustomerRef, CapabilityModel[], string>;
  /** Caches a list row so later reads of that customer in this request cost no call. */
  prime(customer: CustomerModel): void;
  /**
   * Registers a list call in flight: lookups of the same provider wait for it, so a customer that
   * the list returns costs no separate call even when asked for beside the list (e.g. `nodes`).
   */
  trackList<T>(provider: ProviderName, list: Promise<T>): Promise<T>;
}

const cacheKey = (ref: CustomerRef): string => `${ref.provider}:${ref.providerId}`;

/** Creates the loaders of one GraphQL request. Never share them between requests. */
export function createLoaders(providers: Providers, call: CallContext): Loaders {
  // Providers have no batch endpoint: a batch is one GET
  // per distinct key, issued together; each provider's pool bounds how many run at once.
  // See https://developer.fin.com/api-reference/customers/list-customers-v2
  // See https://docs.spherepay.co/api-reference/customer/get
  // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/list-customers
  const batch =
    <T>(loader: LoaderName, fetch: (provider: CustomerProvider, id: string) => Promise<T | null>) =>
    (refs: readonly CustomerRef[]): Promise<(T | Error)[]> => {
      observeBatch(call, loader, refs);
      return Promise.all(
        refs.map(async (ref) => {
          try {
            const provider = configured(providers, ref);
            const value = await fetch(provider, ref.providerId);
            if (value === null) {
              return notFound(ref.provider);
            }
            return value;
          } catch (err) {
            if (err instanceof ProviderError && err.code !== 'NOT_FOUND') {
              // A request its client abandoned is not the provider's fault; a spent deadline is.
              const level = call.signal?.aborted && abortCause(call) === 'aborted' ? 'debug' : 'warn';
              call.logger[level]({ provider: err.provider, code: err.code, ...err.detail }, 'provider call failed');
            }
            return err instanceof Error ? err : new Error(String(err));
          }
        }),
      );
    };

  const detail = new DataLoader<CustomerRef, CustomerModel, string>(
    batch('detail', (provider, id) => provider.getCustomer(id, call)),
    { cacheKeyFn: cacheKey },
  );
  const listed = new Map<string, CustomerModel>();
  const listsInFlight = new Map<ProviderName, Set<Promise<unknown>>>();
  const customer = new DataLoader<CustomerRef, CustomerModel, string>(
    async (refs) => {
      observeBatch(call, 'customer', refs);
      const lists = new Set(refs.flatMap((r) => [...(listsInFlight.get(r.provider) ?? [])]));
      if (lists.size) await Promise.allSettled(lists);
      return Promise.all(refs.map((r) => listed.get(cacheKey(r)) ?? detail.load(r).catch((err: Error) => err)));
    },
    { cacheKeyFn: cacheKey },
  );
  const capabilities = new DataLoader<CustomerRef, CapabilityModel[], string>(
    batch('capabilities', (provider, id) => provider.getCapabilities(id, call)),
    { cacheKeyFn: cacheKey },
  );

  return {
    customer,
    detail,
    capabilities,
    prime(model) {
      listed.set(cacheKey(model), model);
      customer.prime(model, model);
      if (model.detail === 'full') detail.prime(model, model);
    },
    trackList(provider, list) {
      const inFlight = listsInFlight.get(provider) ?? new Set();
      listsInFlight.set(provider, inFlight);
      inFlight.add(list);
      void list.finally(() => inFlight.delete(list)).catch(() => undefined);
      return list;
    },
  };
}

/** The `loader` label of `customer_graph_dataloader_batch_size`. */
type LoaderName = 'customer' | 'detail' | 'capabilities';

// Batch sizes show whether batching works in production (one key per batch everywhere means it does not).
function observeBatch(call: CallContext, loader: LoaderName, refs: readonly CustomerRef[]): void {
  call.metrics?.loaderBatchSize.observe({ loader }, refs.length);
}

function configured(providers: Providers, ref: CustomerRef): CustomerProvider {
  const provider = providers[ref.provider];
  if (!provider) {
    throw notConfigured(ref.provider);
  }
  return provider;
}
