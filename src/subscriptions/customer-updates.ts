import type { CustomerModel, CustomerRef, ProviderName } from '../model/customer.js';
import type { Metrics } from '../observability/metrics.js';
import type { Bus } from '../bus/bus.js';
import { pushIterator } from './iterator.js';

/** The bus channel customer updates travel on (one for all providers; subscribers filter). */
export const CUSTOMER_UPDATED_CHANNEL = 'customer-graph:customer-updated';

/** Which updates a subscription wants; both `null` = every customer. Both set: customers matching both. */
export interface CustomerUpdateFilter {
  /** `PROVIDER:providerId` keys. */
  readonly refs: ReadonlySet<string> | null;
  readonly provider: ProviderName | null;
}

/** Customers re-fetched after a provider's webhook, fanned out to every replica's subscribers. */
export interface CustomerUpdates {
  /** Sends a re-fetched customer to every subscriber whose filter matches, on every replica. */
  publish(customer: CustomerModel): Promise<void>;
  /** The updates matching `filter`, until the iterator is returned. */
  subscribe(filter: CustomerUpdateFilter): AsyncIterableIterator<CustomerModel>;
}

/** `PROVIDER:providerId`, the key filters hold. */
export function refKey(ref: CustomerRef): string {
  return `${ref.provider}:${ref.providerId}`;
}

/** Customer updates over `bus`. */
export function createCustomerUpdates(bus: Bus, metrics?: Metrics): CustomerUpdates {
  return {
    async publish(customer) {
      await bus.publish(CUSTOMER_UPDATED_CHANNEL, { customer });
      metrics?.customerUpdatesPublished.inc({ provider: customer.provider });
    },
    subscribe(filter) {
      return pushIterator<CustomerModel>((push) => {
        metrics?.openSubscriptions.inc();
        const unsubscribe = bus.subscribe(CUSTOMER_UPDATED_CHANNEL, (message) => {
          const customer = customerOf(message);
          if (!customer) return;
          if (filter.provider && customer.provider !== filter.provider) return;
          if (filter.refs && !filter.refs.has(refKey(customer))) return;
          push(customer);
        });
        return () => {
          unsubscribe();
          metrics?.openSubscriptions.dec();
        };
      });
    },
  };
}

/** The customer of a bus message (which may come from another replica's JSON), or `null`. */
function customerOf(message: unknown): CustomerModel | null {
  const customer = (message as { customer?: unknown } | null)?.customer as Partial<CustomerModel> | undefined;
  return customer && typeof customer.provider === 'string' && typeof customer.providerId === 'string'
    ? (customer as CustomerModel)
    : null;
}
