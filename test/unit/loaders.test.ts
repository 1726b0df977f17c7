import { describe, expect, it } from 'vitest';
import { createLoaders, type Loaders } from '../../src/loaders/index.js';
import type { Logger } from '../../src/logger.js';
import type {
  CapabilityModel,
  CustomerModel,
  CustomerRef,
  IndividualCustomerModel,
  ProviderName,
} from '../../src/model/customer.js';
import { ProviderError } from '../../src/model/errors.js';
import type { Metrics } from '../../src/observability/metrics.js';
import type { Providers } from '../../src/providers/registry.js';
import type { CustomerProvider } from '../../src/providers/types.js';

// The per-request loaders over fake in-memory providers, asserting exact upstream calls and batches
// the way graphql/dataloader's own tests do. No network, no timers: every fake answers at once.

/** One upstream call a fake provider received: `PROVIDER method id`. */
type Call = string;

interface FakeCustomer {
  readonly model: CustomerModel;
  readonly capabilities?: CapabilityModel[];
}

/** What a fake provider does for an id it does not hold: nothing (`null`, NOT_FOUND) unless told. */
type Failure = (id: string) => Error | string | undefined;

/**
 * Fake providers in the style of dataloader's `idLoader()`: returns the providers and the list of
 * calls they received. `held` lists each configured provider's customers; a provider absent from
 * `held` is not configured. `fail` makes a call throw instead.
 */
function idProviders(
  held: Partial<Record<ProviderName, FakeCustomer[]>>,
  fail: Failure = () => undefined,
): [Providers, Call[]] {
  const calls: Call[] = [];
  const fake = (name: ProviderName, customers: FakeCustomer[]): CustomerProvider => {
    const byId = new Map(customers.map((c) => [c.model.providerId, c]));
    const answer = async <T>(method: string, id: string, value: (c: FakeCustomer) => T): Promise<T | null> => {
      calls.push(`${name} ${method} ${id}`);
      const failure = fail(id);
      if (failure !== undefined) throw failure;
      const customer = byId.get(id);
      return customer ? value(customer) : null;
    };
    return {
      name,
      getCustomer: (id) => answer('getCustomer', id, (c) => c.model),
      getCapabilities: (id) => answer('getCapabilities', id, (c) => c.capabilities ?? []),
      listCustomers: () => Promise.reject(new Error('not used by the loaders')),
      close: () => Promise.resolve(),
    };
  };
  const providers: Providers = {
    FIN: held.FIN ? fake('FIN', held.FIN) : null,
    SPHEREPAY: held.SPHEREPAY ? fake('SPHEREPAY', held.SPHEREPAY) : null,
    OPENFX: held.OPENFX ? fake('OPENFX', held.OPENFX) : null,
  };
  return [providers, calls];
}

/** A request's loaders plus what they reported: batch sizes per loader and warnings logged. */
function loadersFor(providers: Providers, signal?: AbortSignal) {
  const batches: [string, number][] = [];
  const warnings: unknown[] = [];
  const debug: unknown[] = [];
  const logger = { warn: (o: unknown) => warnings.push(o), debug: (o: unknown) => debug.push(o) } as unknown as Logger;
  const metrics = {
    loaderBatchSize: { observe: ({ loader }: { loader: string }, n: number) => batches.push([loader, n]) },
  } as unknown as Metrics;
  const loaders: Loaders = createLoaders(providers, { requestId: 'test', logger, metrics, signal });
  return { loaders, batches, warnings, debug };
}

function customer(provider: ProviderName, providerId: string, detail: 'full' | 'summary' = 'full'): CustomerModel {
  const model: IndividualCustomerModel = {
    provider,
    providerId,
    detail,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    type: 'INDIVIDUAL',
    email: null,
    phone: null,
    status: 'IN_REVIEW',
    providerStatus: 'REVIEWING',
    statusUpdatedAt: null,
    createdAt: null,
    updatedAt: null,
    termsOfService: null,
    verificationType: null,
    verificationStatus: null,
    verificationProfiles: [],
    capabilities: null,
    requestForInformation: [],
    rejection: null,
    sourceOfFunds: null,
    sourceOfFundsDescription: null,
    metadata: [],
    providerEntityId: null,
    firstName: providerId,
    middleName: null,
    lastName: null,
    dateOfBirth: null,
    countryOfResidence: null,
    nationality: null,
    countryOfBirth: null,
    gender: null,
    occupationCode: null,
    taxIdentification: null,
  };
  return model;
}

const ref = (provider: ProviderName, providerId: string): CustomerRef => ({ provider, providerId });

/** Lets DataLoader dispatch its batches and the fakes answer (no timers: a few turns of the loop). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('customer loader', () => {
  it('makes one call per distinct customer, however often (and under whatever alias) it is asked for', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }, { model: customer('FIN', 'b') }] });
    const { loaders, batches } = loadersFor(providers);
    const [a1, b, a2, a3] = await Promise.all([
      loaders.customer.load(ref('FIN', 'a')),
      loaders.customer.load(ref('FIN', 'b')),
      loaders.customer.load(ref('FIN', 'a')),
      // A fresh object for the same customer, as a second alias's resolver builds it.
      loaders.customer.load({ ...ref('FIN', 'a') }),
    ]);
    expect([a1.providerId, b.providerId, a2.providerId, a3.providerId]).toEqual(['a', 'b', 'a', 'a']);
    expect(a2).toBe(a1);
    expect(calls).toEqual(['FIN getCustomer a', 'FIN getCustomer b']);
    expect(batches).toEqual([
      ['customer', 2],
      ['detail', 2],
    ]);
  });

  it('batches keys of every provider together, each sent to its own provider', async () => {
    const [providers, calls] = idProviders({
      FIN: [{ model: customer('FIN', 'f1') }],
      SPHEREPAY: [{ model: customer('SPHEREPAY', 's1') }],
      OPENFX: [{ model: customer('OPENFX', 'o1') }],
    });
    const { loaders, batches } = loadersFor(providers);
    const found = await loaders.customer.loadMany([ref('OPENFX', 'o1'), ref('FIN', 'f1'), ref('SPHEREPAY', 's1')]);
    expect(found.map((c) => (c as CustomerModel).provider)).toEqual(['OPENFX', 'FIN', 'SPHEREPAY']);
    expect(calls).toEqual(['OPENFX getCustomer o1', 'FIN getCustomer f1', 'SPHEREPAY getCustomer s1']);
    expect(batches).toEqual([
      ['customer', 3],
      ['detail', 3],
    ]);
  });

  it('keeps the same key of two providers apart', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'x') }], OPENFX: [] });
    const { loaders } = loadersFor(providers);
    const [fin, openfx] = await loaders.customer.loadMany([ref('FIN', 'x'), ref('OPENFX', 'x')]);
    expect((fin as CustomerModel).provider).toBe('FIN');
    expect(openfx).toBeInstanceOf(ProviderError);
    expect(calls).toEqual(['FIN getCustomer x', 'OPENFX getCustomer x']);
  });

  it('answers a primed list row without a call, and the detail with one call only when asked', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    const { loaders } = loadersFor(providers);
    const row = customer('FIN', 'a', 'summary');
    loaders.prime(row);
    expect(await loaders.customer.load(ref('FIN', 'a'))).toBe(row);
    expect(calls).toEqual([]);
    const full = await loaders.detail.load(ref('FIN', 'a'));
    expect(full.detail).toBe('full');
    expect(calls).toEqual(['FIN getCustomer a']);
  });

  it('answers the detail of a primed full document without a call', async () => {
    const [providers, calls] = idProviders({ SPHEREPAY: [] });
    const { loaders } = loadersFor(providers);
    const row = customer('SPHEREPAY', 's', 'full');
    loaders.prime(row);
    expect(await loaders.customer.load(ref('SPHEREPAY', 's'))).toBe(row);
    expect(await loaders.detail.load(ref('SPHEREPAY', 's'))).toBe(row);
    expect(calls).toEqual([]);
  });
});

describe('trackList', () => {
  it('makes a lookup of the same provider wait for the list in flight, which then answers it', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    const { loaders } = loadersFor(providers);
    const list = deferred<void>();
    const row = customer('FIN', 'a', 'summary');
    void loaders.trackList(
      'FIN',
      list.promise.then(() => loaders.prime(row)),
    );
    let answered: CustomerModel | undefined;
    const lookup = loaders.customer.load(ref('FIN', 'a')).then((c) => (answered = c));
    await settle();
    expect(answered).toBeUndefined();
    expect(calls).toEqual([]);
    list.resolve();
    await lookup;
    expect(answered).toBe(row);
    expect(calls).toEqual([]);
  });

  it('lets a customer the list did not return fall back to its own call once the list is done', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'b') }] });
    const { loaders } = loadersFor(providers);
    const list = deferred<void>();
    void loaders.trackList('FIN', list.promise);
    const lookup = loaders.customer.load(ref('FIN', 'b'));
    await settle();
    expect(calls).toEqual([]);
    list.resolve();
    expect((await lookup).providerId).toBe('b');
    expect(calls).toEqual(['FIN getCustomer b']);
  });

  it('releases waiting lookups when the list fails, and returns the list unchanged to its caller', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    const { loaders } = loadersFor(providers);
    const list = deferred<string>();
    const tracked = loaders.trackList('FIN', list.promise);
    const lookup = loaders.customer.load(ref('FIN', 'a'));
    list.reject(new ProviderError('PROVIDER_UNAVAILABLE', 'FIN', 'down'));
    await expect(tracked).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect((await lookup).providerId).toBe('a');
    expect(calls).toEqual(['FIN getCustomer a']);
  });

  it('does not hold up lookups of another provider', async () => {
    const [providers, calls] = idProviders({ FIN: [], OPENFX: [{ model: customer('OPENFX', 'o') }] });
    const { loaders } = loadersFor(providers);
    const list = deferred<void>();
    void loaders.trackList('FIN', list.promise);
    // Would never settle if it waited for FIN's list, which is resolved only at the end.
    expect((await loaders.customer.load(ref('OPENFX', 'o'))).providerId).toBe('o');
    expect(calls).toEqual(['OPENFX getCustomer o']);
    list.resolve();
  });

  it('forgets a list once it is done: later lookups do not wait for it', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    const { loaders } = loadersFor(providers);
    await loaders.trackList('FIN', Promise.resolve('page'));
    await settle();
    expect((await loaders.customer.load(ref('FIN', 'a'))).providerId).toBe('a');
    expect(calls).toEqual(['FIN getCustomer a']);
  });
});

describe('capabilities loader', () => {
  it('calls the capabilities endpoint only when capabilities are asked for, once per customer', async () => {
    const kinds: CapabilityModel[] = [
      { kind: 'ON_RAMP', currency: 'USD', methods: ['ACH'], enabled: true, reason: null },
    ];
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a'), capabilities: kinds }] });
    const { loaders, batches } = loadersFor(providers);
    await loaders.customer.load(ref('FIN', 'a'));
    expect(calls).toEqual(['FIN getCustomer a']);
    const [first, second] = await Promise.all([
      loaders.capabilities.load(ref('FIN', 'a')),
      loaders.capabilities.load(ref('FIN', 'a')),
    ]);
    expect(first).toEqual(kinds);
    expect(second).toBe(first);
    expect(calls).toEqual(['FIN getCustomer a', 'FIN getCapabilities a']);
    expect(batches).toEqual([
      ['customer', 1],
      ['detail', 1],
      ['capabilities', 1],
    ]);
  });

  it('answers NOT_FOUND when the provider does not know the customer', async () => {
    const [providers] = idProviders({ FIN: [] });
    const { loaders } = loadersFor(providers);
    await expect(loaders.capabilities.load(ref('FIN', 'gone'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      provider: 'FIN',
    });
  });
});

describe('errors', () => {
  it('maps a customer the provider does not know to NOT_FOUND, without logging it', async () => {
    const [providers, calls] = idProviders({ SPHEREPAY: [] });
    const { loaders, warnings } = loadersFor(providers);
    const error = await loaders.customer.load(ref('SPHEREPAY', 'nobody')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      provider: 'SPHEREPAY',
      message: 'No SPHEREPAY customer has this id.',
    });
    expect(calls).toEqual(['SPHEREPAY getCustomer nobody']);
    expect(warnings).toEqual([]);
  });

  it('answers PROVIDER_NOT_CONFIGURED for a provider this server has no settings for, calling no one', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    const { loaders } = loadersFor(providers);
    const [fin, openfx, capabilities] = await Promise.all([
      loaders.customer.load(ref('FIN', 'a')),
      loaders.customer.load(ref('OPENFX', 'o')).catch((e: unknown) => e),
      loaders.capabilities.load(ref('SPHEREPAY', 's')).catch((e: unknown) => e),
    ]);
    expect(fin.providerId).toBe('a');
    expect(openfx).toMatchObject({
      code: 'PROVIDER_NOT_CONFIGURED',
      provider: 'OPENFX',
      message: 'OPENFX is not configured on this server.',
    });
    expect(capabilities).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'SPHEREPAY' });
    expect(calls).toEqual(['FIN getCustomer a']);
  });

  it('fails the keys that failed, not their batch', async () => {
    const [providers, calls] = idProviders(
      { FIN: [{ model: customer('FIN', 'ok') }, { model: customer('FIN', 'down') }] },
      (id) => (id === 'down' ? new ProviderError('PROVIDER_UNAVAILABLE', 'FIN', 'FIN is unavailable.') : undefined),
    );
    const { loaders, batches, warnings } = loadersFor(providers);
    const [ok, down, missing] = await loaders.customer.loadMany([
      ref('FIN', 'ok'),
      ref('FIN', 'down'),
      ref('FIN', 'missing'),
    ]);
    expect((ok as CustomerModel).providerId).toBe('ok');
    expect(down).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'FIN' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(calls).toEqual(['FIN getCustomer ok', 'FIN getCustomer down', 'FIN getCustomer missing']);
    expect(batches).toEqual([
      ['customer', 3],
      ['detail', 3],
    ]);
    // Failures other than NOT_FOUND are logged once, with the code and without any body.
    expect(warnings).toEqual([{ provider: 'FIN', code: 'PROVIDER_UNAVAILABLE' }]);
  });

  it('remembers a failure for the rest of the request: asking again makes no second call', async () => {
    const [providers, calls] = idProviders(
      { FIN: [] },
      () => new ProviderError('PROVIDER_RATE_LIMITED', 'FIN', 'slow down'),
    );
    const { loaders } = loadersFor(providers);
    await expect(loaders.customer.load(ref('FIN', 'a'))).rejects.toMatchObject({ code: 'PROVIDER_RATE_LIMITED' });
    await expect(loaders.customer.load(ref('FIN', 'a'))).rejects.toMatchObject({ code: 'PROVIDER_RATE_LIMITED' });
    expect(calls).toEqual(['FIN getCustomer a']);
  });

  it('turns anything thrown that is not an Error into one', async () => {
    const [providers] = idProviders({ FIN: [] }, () => 'boom');
    const { loaders } = loadersFor(providers);
    const error = await loaders.detail.load(ref('FIN', 'a')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('boom');
  });

  it('logs a failure at debug, not warn, when the client abandoned the request', async () => {
    const [providers] = idProviders({ FIN: [] }, () => new ProviderError('PROVIDER_UNAVAILABLE', 'FIN', 'aborted'));
    const controller = new AbortController();
    controller.abort();
    const { loaders, warnings, debug } = loadersFor(providers, controller.signal);
    await expect(loaders.customer.load(ref('FIN', 'a'))).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(warnings).toEqual([]);
    expect(debug).toEqual([{ provider: 'FIN', code: 'PROVIDER_UNAVAILABLE' }]);
  });
});

describe('batching and caching scope', () => {
  it('dispatches loads of separate ticks as separate batches', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }, { model: customer('FIN', 'b') }] });
    const { loaders, batches } = loadersFor(providers);
    await loaders.customer.load(ref('FIN', 'a'));
    await loaders.customer.load(ref('FIN', 'b'));
    expect(calls).toEqual(['FIN getCustomer a', 'FIN getCustomer b']);
    expect(batches).toEqual([
      ['customer', 1],
      ['detail', 1],
      ['customer', 1],
      ['detail', 1],
    ]);
  });

  it('batches the capabilities of several customers into one dispatch, one call per customer', async () => {
    const [providers, calls] = idProviders({
      FIN: [{ model: customer('FIN', 'a') }],
      OPENFX: [{ model: customer('OPENFX', 'o') }],
    });
    const { loaders, batches } = loadersFor(providers);
    await Promise.all([loaders.capabilities.load(ref('FIN', 'a')), loaders.capabilities.load(ref('OPENFX', 'o'))]);
    expect(calls).toEqual(['FIN getCapabilities a', 'OPENFX getCapabilities o']);
    expect(batches).toEqual([['capabilities', 2]]);
  });

  it('keeps its cache to one request: another request asks again', async () => {
    const [providers, calls] = idProviders({ FIN: [{ model: customer('FIN', 'a') }] });
    await loadersFor(providers).loaders.customer.load(ref('FIN', 'a'));
    await loadersFor(providers).loaders.customer.load(ref('FIN', 'a'));
    expect(calls).toEqual(['FIN getCustomer a', 'FIN getCustomer a']);
  });
});
