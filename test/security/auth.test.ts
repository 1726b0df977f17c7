import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKeyCheck } from '../../src/server/security.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { describeResponse, postGraphQL, raw } from './raw-http.js';
import { fin } from '../fixtures/index.js';

// With API_KEYS set, /graphql answers 401 UNAUTHENTICATED before anything is parsed or executed.

const KEYS = ['k3y-alpha-0123456789abcdef', 'k3y-beta-fedcba9876543210'];
const FIN_CUSTOMER = fin.actionRequiredBusiness.id;
const QUERY = { query: `{ customer(id: "${FIN_CUSTOMER}") { id status } }` };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { apiKeys: KEYS } });
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

describe('a request without a valid API key', () => {
  it.each([
    ['no Authorization header', {}],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['a wrong key', { authorization: 'Bearer wrong-key' }],
    ['a prefix of a valid key', { authorization: `Bearer ${KEYS[0]!.slice(0, -1)}` }],
    ['a valid key with a suffix', { authorization: `Bearer ${KEYS[0]}x` }],
    ['two valid keys joined', { authorization: `Bearer ${KEYS[0]}${KEYS[1]}` }],
    ['the key without the Bearer scheme', { authorization: KEYS[0]! }],
    ['the key as Basic credentials', { authorization: `Basic ${Buffer.from(`${KEYS[0]}:`).toString('base64')}` }],
    ['the key in another header', { 'x-api-key': KEYS[0]! }],
  ])('with %s gets 401 UNAUTHENTICATED and reaches no provider', async (_, headers: Record<string, string>) => {
    const res = await postGraphQL(h, QUERY, headers);
    expect(res.status, describeResponse(res)).toBe(401);
    expect(res.json).toEqual({
      errors: [{ message: expect.stringContaining('Authorization: Bearer'), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="customer-graph"/);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('says whether a key was presented, as RFC 6750 asks', async () => {
    const missing = await postGraphQL(h, QUERY);
    const wrong = await postGraphQL(h, QUERY, { authorization: 'Bearer nope' });
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="customer-graph"');
    expect(wrong.headers['www-authenticate']).toBe('Bearer realm="customer-graph", error="invalid_token"');
  });

  it('is refused before the body is read: an oversized or broken body still gets 401', async () => {
    const big = await raw(h, 'POST', '/graphql', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(500 * 1024) }),
    });
    const broken = await raw(h, 'POST', '/graphql', {
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect([big.status, broken.status]).toEqual([401, 401]);
  });

  it('is refused on GET too, and on paths that do not exist', async () => {
    const get = await raw(h, 'GET', `/graphql?query=${encodeURIComponent(QUERY.query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const unknown = await raw(h, 'GET', '/admin');
    expect([get.status, unknown.status]).toEqual([401, 401]);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('may send a CORS preflight (OPTIONS), which executes nothing', async () => {
    const res = await raw(h, 'OPTIONS', `/graphql?query=${encodeURIComponent(QUERY.query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    // Apollo serves GET and POST only.
    expect(res.status, describeResponse(res)).toBe(405);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('never writes the presented key to the log', async () => {
    const secret = 'presented-secret-9f8e7d6c5b4a';
    await postGraphQL(h, QUERY, { authorization: `Bearer ${secret}` });
    const lines = h.logs.filter((l) => l.msg === 'client authentication failed');
    expect(lines.at(-1)).toMatchObject({ reason: 'invalid' });
    expect(JSON.stringify(h.logs)).not.toContain(secret);
  });
});

describe('a request with a valid API key', () => {
  it.each(KEYS)('is served with key %s', async (key) => {
    const res = await postGraphQL(h, QUERY, { authorization: `Bearer ${key}` });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json).toEqual({ data: { customer: { id: expect.any(String), status: 'ACTION_REQUIRED' } } });
  });

  it('is served whatever the case of the scheme', async () => {
    const res = await postGraphQL(h, QUERY, { authorization: `bearer ${KEYS[1]}` });
    expect(res.status, describeResponse(res)).toBe(200);
  });

  it('is served on GET with the CSRF preflight header', async () => {
    const res = await raw(h, 'GET', `/graphql?query=${encodeURIComponent(QUERY.query)}`, {
      headers: { authorization: `Bearer ${KEYS[0]}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status, describeResponse(res)).toBe(200);
  });
});

describe('open routes', () => {
  it('serves /healthz without a key', async () => {
    const res = await raw(h, 'GET', '/healthz');
    expect(res.status, describeResponse(res)).toBe(200);
  });

  it.each(['/readyz', '/metrics'])('does not ask for a key on %s', async (path) => {
    const res = await raw(h, 'GET', path);
    // The route may not exist yet in every build; what matters is that auth does not guard it.
    expect(res.status, describeResponse(res)).not.toBe(401);
  });
});

describe('without API keys', () => {
  it('serves /graphql to anyone (the simulator default)', async () => {
    const open = await startHarness();
    try {
      const res = await postGraphQL(open, QUERY);
      expect(res.status, describeResponse(res)).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('createKeyCheck', () => {
  const check = createKeyCheck(['alpha', 'beta', 'gämma']);

  it('accepts every configured key, byte for byte', () => {
    expect(['alpha', 'beta', 'gämma'].map(check)).toEqual([true, true, true]);
  });

  it('refuses near misses of any length', () => {
    expect(['', 'alph', 'alphaa', 'Alpha', 'beta ', 'gamma', 'alphabeta', 'x'.repeat(10_000)].map(check)).toEqual(
      Array(8).fill(false),
    );
  });
});
