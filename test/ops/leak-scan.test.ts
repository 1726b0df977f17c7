import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  describeLeaks,
  LeakScanner,
  piiNeedles,
  privateKeyNeedles,
  scanTranscript,
  simulatorNeedles,
  type Needle,
} from '../helpers/leak-scan.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { fin } from '../fixtures/index.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** One customer id of each provider that exists, and one that does not. */
function idsOf(sims: Simulators) {
  return {
    fin: sims.fin.dataset.individualIds[0] as string,
    spherepay: sims.spherepay.dataset.individualIds[0] as string,
    openfx: sims.openfx.dataset.ids[0] as string,
  };
}

const ALL = (ids: ReturnType<typeof idsOf>) =>
  `{ a: customer(id: "${ids.fin}") { id email phone } b: customer(id: "${ids.spherepay}") { id email phone ... on IndividualCustomer { dateOfBirth } } c: customer(id: "${ids.openfx}") { id } }`;

describe('the secret/PII scanner', () => {
  let sims: Simulators;
  let needles: Needle[];
  afterEach(async () => {
    await sims?.close();
  });

  async function withSims() {
    sims = await startSimulators();
    needles = simulatorNeedles(sims);
    return { scanner: new LeakScanner(needles), sims };
  }

  it('reports an email planted in a log line, saying which kind leaked and where but not the value', async () => {
    const { scanner } = await withSims();
    const email = sims.spherepay.dataset.customers.find((c) => c.email)?.email as string;
    const leaks = scanTranscript(scanner, {
      logs: ['{"level":30,"msg":"fine"}', JSON.stringify({ level: 40, msg: 'provider call failed', note: email })],
      responses: [],
    });
    expect(leaks).toEqual([{ kind: 'pii', label: 'email', where: 'server log line 2 ("provider call failed")' }]);
    const message = describeLeaks(leaks);
    expect(message).toContain('PII (email) in server log line 2');
    expect(message.includes(email)).toBe(false);
  });

  it('reports a secret anywhere in a response, PII only inside errors', async () => {
    const { scanner } = await withSims();
    const doc = sims.spherepay.dataset.customers.find((c) => c.email && c.phone);
    const leaks = scanTranscript(scanner, {
      logs: [],
      responses: [
        JSON.stringify({ data: { customer: { email: doc?.email, phone: doc?.phone } } }),
        JSON.stringify({ data: { customer: { note: `key ${sims.spherepay.apiKey}` } } }),
        JSON.stringify({ data: null, errors: [{ message: `no customer ${doc?.phone}` }] }),
      ],
    });
    expect(leaks).toEqual([
      { kind: 'secret', label: 'SpherePay API key', where: 'response 2' },
      { kind: 'pii', label: 'phone', where: 'response 3 errors' },
    ]);
  });

  it('finds a private key written as a JSON-escaped PEM, a date of birth and a document URI', async () => {
    const { scanner } = await withSims();
    const dob = piiNeedles(sims.spherepay.dataset.customers).find((n) => n.label === 'date of birth');
    const uri = piiNeedles(sims.fin.dataset.customers).find((n) => n.label === 'document URI');
    const found = scanner.find(
      JSON.stringify({ key: sims.openfx.privateKeyPem, d: dob?.value, u: uri?.value, x: sims.fin.clientSecret }),
    );
    expect(found.map((n) => n.label).sort()).toEqual([
      'Fin client secret',
      'OpenFX private key',
      'date of birth',
      'document URI',
    ]);
    // A key given as a KeyObject yields the same lines as its PEM.
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(privateKeyNeedles(privateKey).map((n) => n.value)).toEqual(privateKeyNeedles(pem).map((n) => n.value));
  });

  it('knows every kind of value it must look for, so it cannot pass by looking for nothing', async () => {
    h = await startHarness();
    await h.data(ALL(idsOf(h.sims)));
    const upstream = [h.sims.fin, h.sims.spherepay, h.sims.openfx].flatMap((s) => s.log.entries);
    const labels = new Map<string, number>();
    for (const n of simulatorNeedles(h.sims, upstream)) labels.set(n.label, (labels.get(n.label) ?? 0) + 1);
    for (const label of ['email', 'phone', 'date of birth', 'document URI']) {
      expect(labels.get(label) ?? 0, label).toBeGreaterThan(50);
    }
    for (const label of ['Fin client secret', 'SpherePay API key', 'OpenFX API key', 'OpenFX private key']) {
      expect(labels.get(label) ?? 0, label).toBeGreaterThan(0);
    }
    // Fin's bearer token, SpherePay's key and OpenFX's key all arrived as authorization headers.
    const bearer = new Set(
      simulatorNeedles(h.sims, upstream)
        .filter((n) => n.label === 'authorization header value')
        .map((n) => n.value),
    );
    expect(bearer.size).toBeGreaterThanOrEqual(3);
    expect(labels.get('OpenFX request signature') ?? 0).toBeGreaterThan(0);
  });
});

describe('the scan over a harness', () => {
  it('fails close() on a leak planted in the server log, without printing it', async () => {
    h = await startHarness();
    const email = h.sims.fin.dataset.customers[0]?.email as string;
    h.leakTranscript.logs.push(JSON.stringify({ level: 30, msg: 'planted', email }));
    const closing = h.close();
    h = undefined;
    const error = await closing.then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(error?.message).toMatch(/PII \(email\) in server log line \d+ \("planted"\)/);
    expect(error?.message.includes(email)).toBe(false);
  });

  it('finds nothing after provider 5xx, malformed bodies, not found and bodies full of secrets and PII', async () => {
    h = await startHarness();
    const ids = idsOf(h.sims);
    const email = h.sims.spherepay.dataset.customers.find((c) => c.email)?.email as string;
    const secrets = { key: h.sims.spherepay.apiKey, pem: h.sims.openfx.privateKeyPem, secret: h.sims.fin.clientSecret };
    await h.data(ALL(ids));
    const cases = [
      () =>
        h?.sims.fin.faults.add({ route: 'GET /v2/customers/:id', status: 500, body: { message: email, ...secrets } }),
      () =>
        h?.sims.spherepay.faults.add({
          route: 'GET /v2/customer/:id',
          status: 400,
          body: { detail: email, ...secrets },
        }),
      () => h?.sims.openfx.faults.add({ route: 'GET /v1/customers/:id', status: 503 }),
      () => h?.sims.fin.faults.add({ route: 'GET /v2/customers/:id', malformed: 'truncated' }),
      () => h?.sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', malformed: 'shape' }),
      () =>
        h?.sims.openfx.faults.add({
          route: 'GET /v1/customers/:id',
          status: 422,
          body: { error: { message: email, ...secrets } },
        }),
    ];
    for (const inject of cases) {
      inject();
      const res = await h.gql(ALL(ids));
      expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
      for (const sim of [h.sims.fin, h.sims.spherepay, h.sims.openfx]) sim.faults.clear();
    }
    const missing = await h.gql(
      `{ a: customer(id: "${fin.unknownId}") { id } b: customer(id: "cus_doesnotexist003") { id } }`,
    );
    expect(missing.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(h.logs.some((l) => l.msg === 'upstream call')).toBe(true);
    expect(h.leaks()).toEqual([]);
  });

  it('finds nothing when every provider refuses our credentials (wrong secrets are secrets too)', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    h = await startHarness({
      configure: (p) => ({
        fin: p.fin && { ...p.fin, clientSecret: 'wrong-fin-client-secret-0001' },
        spherepay: p.spherepay && { ...p.spherepay, apiKey: 'wrong-spherepay-api-key-0001' },
        openfx: p.openfx && { ...p.openfx, privateKey },
      }),
    });
    const res = await h.gql(ALL(idsOf(h.sims)));
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([
      'PROVIDER_AUTH_FAILED',
      'PROVIDER_AUTH_FAILED',
      'PROVIDER_AUTH_FAILED',
    ]);
    expect(h.leaks()).toEqual([]);
  });
});
