import { constants, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenFxSimulator, type OpenFxSimulator } from '../../../src/simulator/openfx/index.js';
import { show, signedGet, type RawResponse } from './signed-request.js';
import { openfx } from '../../fixtures/index.js';

const NOW_MS = Date.UTC(2026, 2, 1, 12, 0, 0);
const NOW_S = NOW_MS / 1000;
const SEED_PATH = `/v1/customers/${openfx.activeBusiness.id}`;

function expectAuthError(res: RawResponse, code: string): void {
  expect(res.status, show(res)).toBe(401);
  expect(res.json, show(res)).toEqual({
    error: {
      type: 'authentication_error',
      code,
      message: expect.any(String),
      status: 401,
      requestId: expect.stringMatching(/^req_[0-9a-f]+$/),
      retryable: false,
    },
  });
}

describe('OpenFX simulator request authentication (Ed25519 dev key)', () => {
  let sim: OpenFxSimulator;
  beforeAll(async () => {
    sim = await startOpenFxSimulator({ now: () => NOW_MS });
  });
  afterAll(() => sim.close());

  it('accepts a request signed with the registered key', async () => {
    const res = await signedGet(sim, { path: SEED_PATH }, NOW_S);
    expect(res.status, show(res)).toBe(200);
  });

  it('accepts timestamps exactly 60 s away on either side', async () => {
    for (const ts of [NOW_S - 60, NOW_S + 60]) {
      const res = await signedGet(sim, { path: SEED_PATH, timestamp: String(ts) }, NOW_S);
      expect(res.status, show(res)).toBe(200);
    }
  });

  it('rejects a timestamp 61 s stale or 61 s ahead', async () => {
    for (const ts of [NOW_S - 61, NOW_S + 61]) {
      expectAuthError(
        await signedGet(sim, { path: SEED_PATH, timestamp: String(ts) }, NOW_S),
        'timestamp_out_of_range',
      );
    }
  });

  it('rejects a timestamp in milliseconds or not a number', async () => {
    for (const ts of [String(NOW_MS), 'yesterday', '1.5e9']) {
      expectAuthError(await signedGet(sim, { path: SEED_PATH, timestamp: ts }, NOW_S), 'timestamp_out_of_range');
    }
  });

  it('rejects a signature made with a different Ed25519 key', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expectAuthError(await signedGet(sim, { path: SEED_PATH, key: other }, NOW_S), 'invalid_signature');
  });

  it('rejects a tampered path', async () => {
    const res = await signedGet(
      sim,
      { path: '/v1/customers/cus_01953e1a5f4b7001', signedPath: '/v1/customers/cus_01953e1a5f4b7000' },
      NOW_S,
    );
    expectAuthError(res, 'invalid_signature');
  });

  it('rejects a tampered query string', async () => {
    const res = await signedGet(sim, { path: '/v1/customers?limit=6', signedPath: '/v1/customers?limit=5' }, NOW_S);
    expectAuthError(res, 'invalid_signature');
  });

  it('rejects a signature computed without the query string', async () => {
    const res = await signedGet(sim, { path: '/v1/customers?limit=5', signedPath: '/v1/customers' }, NOW_S);
    expectAuthError(res, 'invalid_signature');
  });

  it('rejects a signature over a different timestamp than the one sent', async () => {
    // A signature that verified for NOW_S - 1, replayed with a header that claims NOW_S.
    const forged = await signedGet(
      sim,
      { path: SEED_PATH, timestamp: String(NOW_S), signature: await signatureFor(sim, NOW_S - 1) },
      NOW_S,
    );
    expectAuthError(forged, 'invalid_signature');
  });

  it('rejects a URL-safe base64 or garbage signature', async () => {
    expectAuthError(await signedGet(sim, { path: SEED_PATH, signature: 'not base64!' }, NOW_S), 'invalid_signature');
    // Ed25519 signatures are 64 bytes, so standard base64 always ends in `==`; unpadded is URL-safe style.
    const unpadded = (await signatureFor(sim, NOW_S)).replace(/=+$/, '');
    expectAuthError(await signedGet(sim, { path: SEED_PATH, signature: unpadded }, NOW_S), 'invalid_signature');
  });

  it.each([
    ['Authorization', { apiKey: null }],
    ['X-Timestamp', { timestamp: null }],
    ['X-Signature', { signature: null }],
  ] as const)('rejects a request without %s', async (_name, omit) => {
    expectAuthError(await signedGet(sim, { path: SEED_PATH, ...omit }, NOW_S), 'missing_header');
  });

  it('rejects a wrong API key even with a valid signature', async () => {
    expectAuthError(await signedGet(sim, { path: SEED_PATH, apiKey: 'sk_sandbox_wrong' }, NOW_S), 'invalid_api_key');
  });

  it('authenticates the list endpoint too', async () => {
    expectAuthError(await signedGet(sim, { path: '/v1/customers', signature: null }, NOW_S), 'missing_header');
  });
});

describe('OpenFX simulator request authentication (registered RSA key)', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let sim: OpenFxSimulator;
  beforeAll(async () => {
    sim = await startOpenFxSimulator({ now: () => NOW_MS, publicKey: rsa.publicKey });
  });
  afterAll(() => sim.close());

  it('accepts RSA-SHA256 with PKCS#1 v1.5 padding', async () => {
    const res = await signedGet(sim, { path: '/v1/customers?limit=3', key: rsa.privateKey }, NOW_S);
    expect(res.status, show(res)).toBe(200);
  });

  it('rejects RSA-PSS signatures (the padding we document is PKCS#1 v1.5)', async () => {
    const res = await signedGet(
      sim,
      { path: SEED_PATH, key: rsa.privateKey, rsaPadding: constants.RSA_PKCS1_PSS_PADDING },
      NOW_S,
    );
    expectAuthError(res, 'invalid_signature');
  });

  it('rejects the dev Ed25519 key once an RSA key is registered', async () => {
    expectAuthError(await signedGet(sim, { path: SEED_PATH }, NOW_S), 'invalid_signature');
  });
});

// The signature a valid request for SEED_PATH at `ts` carries, read back from the simulator's log.
async function signatureFor(sim: OpenFxSimulator, ts: number): Promise<string> {
  const res = await signedGet(sim, { path: SEED_PATH, timestamp: String(ts) }, NOW_S);
  expect(res.status, show(res)).toBe(200);
  const entry = sim.log.entries[sim.log.entries.length - 1];
  return String(entry?.headers['x-signature']);
}
