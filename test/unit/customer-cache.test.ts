import { describe, expect, it } from 'vitest';
import { createCustomerCache } from '../../src/cache/customer-cache.js';
import type { CustomerModel } from '../../src/model/customer.js';
import type { CallContext, CustomerProvider } from '../../src/providers/types.js';
import { silentLogger } from '../helpers/silent-logger.js';

// The in-process level in isolation (no Redis, no bus): a scripted provider counts its calls,
// as graphql/dataloader's own tests count batch calls.

const logger = silentLogger();
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A Fin-like provider whose calls the test answers by hand; `calls` records every id and signal. */
function scripted() {
  const calls: { id: string; signal?: AbortSignal; answer: (m: CustomerModel | null) => void }[] = [];
  const provider: CustomerProvider = {
    name: 'FIN',
    getCustomer: (customerId, call) =>
      new Promise((resolve) => calls.push({ id: customerId, signal: call.signal, answer: resolve })),
    getCapabilities: async () => [],
    listCustomers: async () => ({ rows: [], hasNextPage: false, totalCount: null }),
    close: async () => undefined,
  };
  return { provider, calls };
}

const model = (providerId: string) =>
  ({ provider: 'FIN', providerId, fetchedAt: new Date().toISOString() }) as CustomerModel;
const call = (signal?: AbortSignal): CallContext => ({ requestId: 'r', logger, signal });
const tick = () => new Promise((r) => setImmediate(r));

describe('customer cache, in-process level', () => {
  it('is bounded by entries: the least recently used customer is read again', async () => {
    const { provider, calls } = scripted();
    const cache = createCustomerCache({ ttlSeconds: 30, maxEntries: 2, logger });
    const fin = cache.wrap(provider);
    for (const n of [1, 2, 3]) {
      const read = fin.getCustomer(id(n), call());
      await tick();
      calls.at(-1)!.answer(model(id(n)));
      await read;
    }
    expect(cache.size).toBe(2);
    const again = fin.getCustomer(id(1), call());
    await tick();
    expect(calls).toHaveLength(4);
    calls.at(-1)!.answer(model(id(1)));
    await again;
    // 3 is still held.
    await fin.getCustomer(id(3), call());
    expect(calls).toHaveLength(4);
  });

  it("does not cancel the shared call when one caller's request ends", async () => {
    const { provider, calls } = scripted();
    const fin = createCustomerCache({ ttlSeconds: 30, logger }).wrap(provider);
    const gone = new AbortController();
    const a = fin.getCustomer(id(1), call(gone.signal));
    const b = fin.getCustomer(id(1), call(new AbortController().signal));
    await tick();
    expect(calls).toHaveLength(1);
    gone.abort();
    await expect(a).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(calls[0]!.signal?.aborted).toBe(false);
    calls[0]!.answer(model(id(1)));
    expect(await b).toMatchObject({ providerId: id(1) });
  });

  it('does not store an answer whose customer was invalidated while it was in flight', async () => {
    const { provider, calls } = scripted();
    const cache = createCustomerCache({ ttlSeconds: 30, logger });
    const fin = cache.wrap(provider);
    const before = fin.getCustomer(id(1), call());
    await tick();
    await cache.invalidate('FIN', id(1));
    // A read after the invalidation does not join the older flight.
    const after = fin.getCustomer(id(1), call());
    await tick();
    expect(calls).toHaveLength(2);
    calls[0]!.answer(model(id(1)));
    calls[1]!.answer(model(id(1)));
    await Promise.all([before, after]);
    expect(cache.size).toBe(1);
    await fin.getCustomer(id(1), call());
    expect(calls).toHaveLength(2);
  });

  it('passes through unchanged with CACHE_TTL_SECONDS=0', () => {
    const { provider } = scripted();
    const cache = createCustomerCache({ ttlSeconds: 0, logger });
    expect(cache.enabled).toBe(false);
    expect(cache.wrap(provider)).toBe(provider);
  });
});
