import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError, UserInputError } from '../../../src/model/errors.js';
import { OPENFX_DEV_PRIVATE_KEY_PEM } from '../../../src/simulator/openfx/index.js';
import { failure } from '../../helpers/failure.js';
import { capturingCall, createClock, startPair, type Pair } from './harness.js';
import { expectedModels, stampedOnArrival } from '../../fixtures/expected-models.js';
import { openfx } from '../../fixtures/index.js';

const SEED_ID = openfx.activeBusiness.id;
const GET_ROUTE = 'GET /v1/customers/:id';

describe('OpenFX provider getCustomer', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair();
  });
  beforeEach(() => {
    pair.sim.faults.clear();
    pair.sim.log.reset();
  });
  afterAll(() => pair.close());

  it('maps the documented example field by field', async () => {
    const customer = await pair.provider.getCustomer(SEED_ID, capturingCall());
    // Stamped as the answer arrives (Customer.fetchedAt).
    expect(customer).toEqual(expectedModels.openfx.activeBusiness(stampedOnArrival));
    expect(pair.sim.log.count(GET_ROUTE)).toBe(1);
  });

  it('maps an individual with other funds, a description and null metadata values', async () => {
    const doc = pair.sim.dataset.where(
      (c) =>
        c.type === 'individual' &&
        c.sourceOfFunds === 'other' &&
        Object.values(c.metadata ?? {}).includes(null) &&
        c.status === 'under_review',
    )[0];
    if (!doc) throw new Error('dataset lacks the customer this test needs');
    const customer = await pair.provider.getCustomer(doc.id, capturingCall());
    expect(customer).toMatchObject({
      type: 'INDIVIDUAL',
      providerId: doc.id,
      providerEntityId: doc.entityId,
      providerStatus: 'under_review',
      sourceOfFunds: 'OTHER',
      sourceOfFundsDescription: doc.sourceOfFundsDescription,
      metadata: Object.entries(doc.metadata ?? {}).map(([key, value]) => ({ key, value })),
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      countryOfResidence: null,
    });
    expect(customer?.metadata.some((m) => m.value === null)).toBe(true);
  });

  it('returns null for a customer OpenFX does not know', async () => {
    expect(await pair.provider.getCustomer(openfx.unknownId, capturingCall())).toBeNull();
    expect(pair.sim.log.count(GET_ROUTE)).toBe(1);
  });

  it.each([
    'ent_01953e1a5f4b7100',
    'cus_',
    'cus_abc-def',
    'CUS_abc',
    'cus_a/../b',
    'cus_a?x=1',
    '',
    `cus_${'a'.repeat(65)}`,
  ])('refuses the malformed id %j without calling OpenFX', async (id) => {
    const err = await failure(pair.provider.getCustomer(id, capturingCall()));
    expect(err).toBeInstanceOf(UserInputError);
    expect(pair.sim.log.count()).toBe(0);
  });

  it('answers getCapabilities from the same document, null when unknown', async () => {
    const caps = await pair.provider.getCapabilities(SEED_ID, capturingCall());
    expect(caps?.map((c) => c.kind)).toEqual(['ACCOUNTS', 'PAYMENTS', 'FX', 'CRYPTO']);
    expect(await pair.provider.getCapabilities(openfx.unknownId, capturingCall())).toBeNull();
    expect(pair.sim.log.count(GET_ROUTE)).toBe(2);
  });

  it('turns an injected 422 into BAD_USER_INPUT and logs the provider request id with the status', async () => {
    pair.sim.faults.add({ route: GET_ROUTE, status: 422 });
    const call = capturingCall();
    const err = await failure(pair.provider.getCustomer(SEED_ID, call));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'OPENFX' });
    const warn = call.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'OpenFX error response');
    expect(warn, call.lines.join('')).toMatchObject({
      level: 40,
      upstream: {
        status: 422,
        providerRequestId: expect.stringMatching(/^req_/),
        providerCode: 'unprocessable_entity',
      },
    });
  });

  it('turns an injected 400 into BAD_USER_INPUT', async () => {
    pair.sim.faults.add({ route: GET_ROUTE, status: 400 });
    expect(await failure(pair.provider.getCustomer(SEED_ID, capturingCall()))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it.each([
    [401, 'PROVIDER_AUTH_FAILED'],
    [403, 'PROVIDER_AUTH_FAILED'],
    [429, 'PROVIDER_RATE_LIMITED'],
    [500, 'PROVIDER_UNAVAILABLE'],
    [503, 'PROVIDER_UNAVAILABLE'],
  ])('turns an injected %i into %s', async (status, code) => {
    pair.sim.faults.add({ route: GET_ROUTE, status });
    const err = await failure(pair.provider.getCustomer(SEED_ID, capturingCall()));
    expect(err).toMatchObject({ code, provider: 'OPENFX', detail: expect.objectContaining({ status }) });
    // 429 and 503 are retried (twice, by the default policy in providers/retry.ts) before being classified.
    expect(pair.sim.log.count(GET_ROUTE)).toBe(status === 429 || status === 503 ? 3 : 1);
  });

  it('reports Retry-After of a 429 in the error detail', async () => {
    pair.sim.faults.add({ route: GET_ROUTE, status: 429 });
    const err = await failure(pair.provider.getCustomer(SEED_ID, capturingCall()));
    expect(err).toMatchObject({ detail: expect.objectContaining({ retryAfterSeconds: 1 }) });
  });

  it.each(['shape', 'truncated'] as const)('turns a %s body into PROVIDER_UNAVAILABLE', async (malformed) => {
    pair.sim.faults.add({ route: GET_ROUTE, malformed });
    const err = await failure(pair.provider.getCustomer(SEED_ID, capturingCall()));
    expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX' });
  });

  it('sends a fresh timestamp and signature on every request', async () => {
    await pair.provider.getCustomer(SEED_ID, capturingCall());
    pair.clock.ms += 30_000;
    await pair.provider.getCustomer(SEED_ID, capturingCall());
    const [first, second] = pair.sim.log.entries;
    expect(first?.status).toBe(200);
    expect(second?.status).toBe(200);
    const t0 = Math.floor((pair.clock.ms - 30_000) / 1000);
    expect(first?.headers['x-timestamp']).toBe(String(t0));
    expect(second?.headers['x-timestamp']).toBe(String(t0 + 30));
    expect(second?.headers['x-signature']).not.toBe(first?.headers['x-signature']);
    expect(first?.headers.authorization).toBe(`Bearer ${pair.sim.apiKey}`);
  });
});

describe('OpenFX provider credentials', () => {
  it('reports a wrong API key as PROVIDER_AUTH_FAILED', async () => {
    const pair = await startPair({ apiKey: 'sk_sandbox_not_ours' });
    try {
      const call = capturingCall();
      const err = await failure(pair.provider.getCustomer(SEED_ID, call));
      expect(err).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'OPENFX' });
      expect(call.lines.join('')).toContain('"providerCode":"invalid_api_key"');
    } finally {
      await pair.close();
    }
  });

  it('reports a signature from an unregistered key as PROVIDER_AUTH_FAILED', async () => {
    const pair = await startPair({ privateKey: generateKeyPairSync('ed25519').privateKey });
    try {
      const call = capturingCall();
      expect(await failure(pair.provider.getCustomer(SEED_ID, call))).toMatchObject({ code: 'PROVIDER_AUTH_FAILED' });
      expect(call.lines.join('')).toContain('"providerCode":"invalid_signature"');
    } finally {
      await pair.close();
    }
  });

  it('reports a client clock 11 min behind (beyond the clock correction) as PROVIDER_AUTH_FAILED', async () => {
    const clientClock = createClock(Date.UTC(2026, 2, 1, 12, 0, 0) - 11 * 60_000);
    const pair = await startPair({ clientClock });
    try {
      const call = capturingCall();
      expect(await failure(pair.provider.getCustomer(SEED_ID, call))).toMatchObject({ code: 'PROVIDER_AUTH_FAILED' });
      expect(call.lines.join('')).toContain('"providerCode":"timestamp_out_of_range"');
      clientClock.ms += 11 * 60_000 - 59_000;
      expect(await pair.provider.getCustomer(SEED_ID, capturingCall())).not.toBeNull();
    } finally {
      await pair.close();
    }
  });

  it('signs with an RSA key when an RSA public key is registered', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pair = await startPair({ sim: { publicKey: rsa.publicKey }, privateKey: rsa.privateKey });
    try {
      const customer = await pair.provider.getCustomer(SEED_ID, capturingCall());
      expect(customer?.providerId).toBe(SEED_ID);
      const page = await pair.provider.listCustomers({ type: null, first: 3, after: null }, capturingCall());
      expect(page.rows).toHaveLength(3);
    } finally {
      await pair.close();
    }
  });

  it('turns a hanging OpenFX into PROVIDER_UNAVAILABLE after the headers timeout', async () => {
    const pair = await startPair({ pool: { headersTimeout: 150 } });
    try {
      pair.sim.faults.add({ route: GET_ROUTE, hang: true });
      expect(await failure(pair.provider.getCustomer(SEED_ID, capturingCall()))).toMatchObject({
        code: 'PROVIDER_UNAVAILABLE',
      });
    } finally {
      await pair.close();
    }
  });
});

describe('OpenFX provider secrecy', () => {
  const pemBody = OPENFX_DEV_PRIVATE_KEY_PEM.split('\n')[1] as string;
  const rawKey = createPrivateKey(OPENFX_DEV_PRIVATE_KEY_PEM).export({ format: 'der', type: 'pkcs8' });
  const secrets = [OPENFX_DEV_PRIVATE_KEY_PEM, pemBody, rawKey.toString('hex'), rawKey.toString('base64')];

  const expectNoSecret = (text: string, what: string) => {
    for (const secret of secrets) expect(text.includes(secret), `${what} contains key material`).toBe(false);
  };

  it('never puts the private key (or the API key) in an error or a log line', async () => {
    const pair = await startPair({
      sim: { apiKey: 'sk_sandbox_secret_value_42' },
      apiKey: 'sk_sandbox_secret_value_42',
    });
    const wrongKey = await startPair({ apiKey: 'sk_sandbox_secret_value_42' });
    const call = capturingCall();
    const errors: Error[] = [];
    try {
      const route = GET_ROUTE;
      for (const fault of [
        { status: 401 },
        { status: 422 },
        { status: 429 },
        { status: 500 },
        { malformed: 'shape' as const },
      ]) {
        pair.sim.faults.set([{ route, ...fault }]);
        errors.push(await failure(pair.provider.getCustomer(SEED_ID, call)));
      }
      pair.sim.faults.clear();
      errors.push(await failure(pair.provider.getCustomer('not-an-id', call)));
      errors.push(await failure(pair.provider.listCustomers({ type: null, first: 5, after: 'forged' }, call)));
      errors.push(await failure(wrongKey.provider.getCustomer(SEED_ID, call)));
      // Success paths log too.
      await pair.provider.getCustomer(SEED_ID, call);
      await pair.provider.listCustomers({ type: 'BUSINESS', first: 5, after: null }, call);
    } finally {
      await pair.close();
      await wrongKey.close();
    }
    expect(errors).toHaveLength(8);
    for (const err of errors) {
      for (const text of [JSON.stringify(err), String(err), err.stack ?? '', inspect(err, { depth: 10 })]) {
        expectNoSecret(text, `error ${String(err)}`);
        expect(text).not.toContain('sk_sandbox_secret_value_42');
      }
    }
    expect(call.lines.length).toBeGreaterThan(8);
    for (const line of call.lines) {
      expectNoSecret(line, 'log line');
      expect(line).not.toContain('sk_sandbox_secret_value_42');
    }
  });

  it('keeps the key and API key off the provider object itself', async () => {
    const pair = await startPair({ apiKey: 'sk_sandbox_secret_value_42' });
    try {
      for (const text of [JSON.stringify(pair.provider), inspect(pair.provider, { depth: 10, showHidden: true })]) {
        expectNoSecret(text, 'provider');
        expect(text).not.toContain('sk_sandbox_secret_value_42');
      }
      expect(Object.keys(pair.provider).sort()).toEqual([
        'close',
        'getCapabilities',
        'getCustomer',
        'listCustomers',
        'name',
      ]);
    } finally {
      await pair.close();
    }
  });
});
