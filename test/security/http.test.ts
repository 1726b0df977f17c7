import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/limits.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { describeResponse, postGraphQL, raw } from './raw-http.js';
import { fin } from '../fixtures/index.js';

// GraphQL over HTTP refuses what it should before anything executes: oversized bodies, batches,
// broken JSON, CSRF-prone content types and GETs without a preflight header.

const QUERY = `{ customer(id: "${fin.actionRequiredBusiness.id}") { id status } }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

/** A JSON body of exactly `bytes` bytes that runs QUERY, padded in an unused variable. */
function bodyOf(bytes: number): string {
  const empty = JSON.stringify({ query: QUERY, variables: { pad: '' } });
  return JSON.stringify({ query: QUERY, variables: { pad: 'x'.repeat(bytes - empty.length) } });
}

describe('request body size', () => {
  it(`serves a body of ${MAX_BODY_BYTES} bytes`, async () => {
    const body = bodyOf(MAX_BODY_BYTES);
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const res = await postGraphQL(h, body);
    expect(res.status, describeResponse(res)).toBe(200);
  });

  it('refuses one byte more with 413, before anything executes', async () => {
    const res = await postGraphQL(h, bodyOf(MAX_BODY_BYTES + 1));
    expect(res.status, describeResponse(res)).toBe(413);
    expect(h.sims.requestCount()).toBe(0);
  });
});

describe('batched operations', () => {
  it('are refused with 400 and nothing runs', async () => {
    const res = await postGraphQL(h, [{ query: QUERY }, { query: QUERY }]);
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]).toMatchObject({
      message: 'Operation batching disabled.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(h.sims.requestCount()).toBe(0);
  });

  it('are refused even as a batch of one', async () => {
    const res = await postGraphQL(h, [{ query: QUERY }]);
    expect(res.status, describeResponse(res)).toBe(400);
    expect(h.sims.requestCount()).toBe(0);
  });
});

describe('malformed requests', () => {
  it.each([
    ['truncated JSON', '{"query":'],
    ['a JSON string', '"{ __typename }"'],
    ['a query that is not a string', '{"query": 5}'],
    ['no query', '{}'],
    ['variables that are not an object', JSON.stringify({ query: QUERY, variables: [1] })],
    ['an empty body', ''],
  ])('%s gets 400', async (_, body) => {
    const res = await postGraphQL(h, body);
    expect(res.status, describeResponse(res)).toBe(400);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('a syntax error gets 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await postGraphQL(h, { query: '{ customer(id: ' });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('content types', () => {
  it.each([
    ['text/plain', 400],
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
    ['application/xml', 415],
  ])('a POST as %s is refused with %i and not executed', async (type, status) => {
    const res = await raw(h, 'POST', '/graphql', {
      headers: { 'content-type': type },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status, describeResponse(res)).toBe(status);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('a POST without a content type is refused and not executed', async () => {
    const res = await raw(h, 'POST', '/graphql', { body: JSON.stringify({ query: QUERY }) });
    expect(res.status, describeResponse(res)).toBeGreaterThanOrEqual(400);
    expect(res.status, describeResponse(res)).toBeLessThan(500);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('answers application/graphql-response+json when asked for it', async () => {
    const res = await postGraphQL(h, { query: QUERY });
    expect(res.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
  });
});

describe('GET', () => {
  const path = `/graphql?query=${encodeURIComponent(QUERY)}`;

  it('without a preflight header is refused as possible CSRF and not executed', async () => {
    const res = await raw(h, 'GET', path);
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(h.sims.requestCount()).toBe(0);
  });

  it.each([
    ['apollo-require-preflight', { 'apollo-require-preflight': 'true' }],
    ['a JSON content type', { 'content-type': 'application/json' }],
    ['x-apollo-operation-name', { 'x-apollo-operation-name': 'Q' }],
  ])('with %s is served', async (_, headers: Record<string, string>) => {
    const res = await raw(h, 'GET', path, { headers });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.data).toEqual({ customer: { id: expect.any(String), status: 'ACTION_REQUIRED' } });
  });

  it('holds the query limits too', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: customer(id: "x") { id }`).join(' ');
    const res = await raw(h, 'GET', `/graphql?query=${encodeURIComponent(`{ ${aliases} }`)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]?.extensions).toMatchObject({ limit: 'aliases' });
  });
});

describe('other methods', () => {
  it('PUT /graphql executes nothing', async () => {
    const res = await raw(h, 'PUT', '/graphql', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status, describeResponse(res)).toBeGreaterThanOrEqual(400);
    expect(h.sims.requestCount()).toBe(0);
  });
});

describe('errors raised before GraphQL runs', () => {
  it('keep the GraphQL error shape, with our own message', async () => {
    const tooLarge = await postGraphQL(h, bodyOf(MAX_BODY_BYTES + 1));
    expect(tooLarge.json?.errors).toEqual([
      {
        message: `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes.`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ]);
    const badJson = await postGraphQL(h, '{"query":');
    expect(badJson.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
