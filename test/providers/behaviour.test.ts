import { createPrivateKey } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ProviderError } from '../../src/model/errors.js';
import { createFinProvider } from '../../src/providers/fin/index.js';
import { createOpenFxProvider } from '../../src/providers/openfx/index.js';
import { createSpherePayProvider } from '../../src/providers/spherepay/index.js';
import type { CallContext, CustomerProvider } from '../../src/providers/types.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import type { SimServer } from '../../src/simulator/http.js';
import { failure } from '../helpers/failure.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// One behaviour suite, run against each provider's real client and simulator over HTTP.

let sims: Simulators;
beforeAll(async () => {
  sims = await startSimulators();
});
afterAll(() => sims.close());

const call: CallContext = { requestId: 'behaviour-suite', logger: createLogger({ level: 'silent' }) };
const pool = { headersTimeout: 300, bodyTimeout: 300 };
// The production retry policy with short backoff, so the retried cases stay quick.
const retry = { minTimeoutMs: 20 };

interface Subject {
  name: string;
  sim: () => SimServer;
  route: string;
  found: string;
  unknown: string;
  provider: (valid: boolean) => CustomerProvider;
}

const subjects: Subject[] = [
  {
    name: 'Fin.com',
    sim: () => sims.fin,
    route: 'GET /v2/customers/:id',
    found: fin.actionRequiredIndividual.id,
    unknown: fin.unknownId,
    provider: (valid) =>
      createFinProvider(
        { url: sims.fin.url, clientId: sims.fin.clientId, clientSecret: valid ? sims.fin.clientSecret : 'wrong' },
        { pool, retry },
      ),
  },
  {
    name: 'SpherePay',
    sim: () => sims.spherepay,
    route: 'GET /v2/customer/:id',
    found: spherepay.individual.id,
    unknown: spherepay.unknownId,
    provider: (valid) =>
      createSpherePayProvider(
        { url: sims.spherepay.url, apiKey: valid ? sims.spherepay.apiKey : 'wrong' },
        { pool, retry },
      ),
  },
  {
    name: 'OpenFX',
    sim: () => sims.openfx,
    route: 'GET /v1/customers/:id',
    found: openfx.activeBusiness.id,
    unknown: openfx.unknownId,
    provider: (valid) =>
      createOpenFxProvider(
        {
          url: sims.openfx.url,
          apiKey: valid ? sims.openfx.apiKey : 'wrong',
          privateKey: createPrivateKey(sims.openfx.privateKeyPem),
        },
        { pool, retry },
      ),
  },
];

/** Awaits a call that must fail with a ProviderError, and returns it. */
async function providerFailure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await failure(promise);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe.each(subjects)('$name provider', (subject) => {
  let provider: CustomerProvider;
  beforeAll(() => {
    provider = subject.provider(true);
  });
  afterAll(() => provider.close());
  beforeEach(() => {
    subject.sim().faults.clear();
    subject.sim().log.reset();
  });

  it('finds a documented customer', async () => {
    const customer = await provider.getCustomer(subject.found, call);
    expect(customer?.providerId).toBe(subject.found);
    expect(subject.sim().log.count(subject.route)).toBe(1);
  });

  it('answers null for a customer the provider does not know', async () => {
    expect(await provider.getCustomer(subject.unknown, call)).toBeNull();
  });

  it('reports rejected credentials as PROVIDER_AUTH_FAILED', async () => {
    const wrong = subject.provider(false);
    try {
      expect((await providerFailure(wrong.getCustomer(subject.found, call))).code).toBe('PROVIDER_AUTH_FAILED');
    } finally {
      await wrong.close();
    }
  });

  // 429 and 502/503/504 are retried twice (providers/retry.ts) before being classified; other statuses are final.
  it.each([
    [422, 'BAD_USER_INPUT', 1],
    [429, 'PROVIDER_RATE_LIMITED', 3],
    [500, 'PROVIDER_UNAVAILABLE', 1],
    [503, 'PROVIDER_UNAVAILABLE', 3],
  ])('classifies an injected %i as %s after %i request(s)', async (status, code, requests) => {
    // `Retry-After: 0` so the 429 retries need not wait (the OpenFX simulator would say 1 s).
    subject.sim().faults.add({ route: subject.route, status, headers: { 'retry-after': '0' } });
    const err = await providerFailure(provider.getCustomer(subject.found, call));
    expect(err.code).toBe(code);
    expect(err.provider).toBe(subject.name === 'Fin.com' ? 'FIN' : subject.name.toUpperCase());
    expect(subject.sim().log.count(subject.route)).toBe(requests);
    if (requests > 1) expect(err.detail.retries).toBe(requests - 1);
  });

  it('recovers from one transient 503', async () => {
    subject.sim().faults.add({ route: subject.route, status: 503, times: 1 });
    const customer = await provider.getCustomer(subject.found, call);
    expect(customer?.providerId).toBe(subject.found);
    expect(subject.sim().log.count(subject.route)).toBe(2);
  });

  it.each(['truncated', 'shape'] as const)('turns a %s body into PROVIDER_UNAVAILABLE', async (malformed) => {
    subject.sim().faults.add({ route: subject.route, malformed });
    expect((await providerFailure(provider.getCustomer(subject.found, call))).code).toBe('PROVIDER_UNAVAILABLE');
    expect(subject.sim().log.count(subject.route)).toBe(1);
  });

  it('gives up on a hanging provider within its timeout', async () => {
    subject.sim().faults.add({ route: subject.route, hang: true, times: 1 });
    const started = Date.now();
    expect((await providerFailure(provider.getCustomer(subject.found, call))).code).toBe('PROVIDER_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3_000);
    // A timeout is not retried: the one hung request was all.
    expect(subject.sim().log.count(subject.route)).toBe(1);
  });

  it('never sends a malformed id', async () => {
    await expect(provider.getCustomer('../../etc/passwd', call)).rejects.toThrow();
    expect(subject.sim().log.count()).toBe(0);
  });
});
