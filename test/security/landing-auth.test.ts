import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureGraphiQLBundle } from '../helpers/graphiql-bundle.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { describeResponse, postGraphQL, raw } from './raw-http.js';
import { fin } from '../fixtures/index.js';

// With API_KEYS set, a browser must still reach the IDE to type the key into it: the landing page
// (GET /graphql for HTML, no query string) and the bundled GraphiQL's static files are served
// without a key. Every operation — any GET with a query string, any POST — still needs one.

const KEY = 'k3y-landing-0123456789abcdef';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const TYPENAME = encodeURIComponent('{ __typename }');
const PERSISTED = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }));

let h: Harness;
let asset: string;
beforeAll(async () => {
  await ensureGraphiQLBundle();
  h = await startHarness({ config: { apiKeys: [KEY] } });
  const page = await raw(h, 'GET', '/graphiql', { headers: HTML });
  asset = /src="(\/graphiql\/assets\/graphiql-[^"]+\.js)"/.exec(page.text)?.[1] ?? 'no script in the page';
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

describe('without a key, a browser gets', () => {
  it('the landing page: Apollo Sandbox with the GraphiQL fallback, asking for the key', async () => {
    const res = await raw(h, 'GET', '/graphql', { headers: HTML });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('EmbeddedSandbox');
    expect(res.text).toContain('"/graphiql"');
    // Sandbox opens with an Authorization header to fill in.
    expect(res.text).toMatch(/Authorization.{0,40}Bearer /);
  });

  it('/ redirected to the landing page', async () => {
    const res = await raw(h, 'GET', '/', { headers: HTML });
    expect([res.status, res.headers.location]).toEqual([302, '/graphql']);
  });

  it('the bundled GraphiQL page, with the headers editor open on an Authorization line', async () => {
    const res = await raw(h, 'GET', '/graphiql', { headers: HTML });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.text).toContain('"authRequired":true');
  });

  it("GraphiQL's hashed assets", async () => {
    const res = await raw(h, 'GET', asset);
    expect(res.status, asset).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
  });
});

describe('without a key, every operation is still refused', () => {
  it.each([
    ['GET with a query, asking for HTML', `/graphql?query=${TYPENAME}`, HTML],
    ['GET with a persisted-query hash and no query', `/graphql?extensions=${PERSISTED}`, HTML],
    ['GET with only an operation name', '/graphql?operationName=A', HTML],
    ['GET asking for JSON', '/graphql', { accept: 'application/json' }],
    ['GET with no Accept header', '/graphql', {}],
  ])('%s: 401', async (_, path, headers: Record<string, string>) => {
    const res = await raw(h, 'GET', path, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
    expect(res.status, describeResponse(res)).toBe(401);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('POST, even asking for HTML: 401', async () => {
    const res = await postGraphQL(h, { query: '{ __typename }' }, HTML);
    expect(res.status, describeResponse(res)).toBe(401);
  });

  it('POST to the GraphiQL paths: 401', async () => {
    const page = await raw(h, 'POST', '/graphiql', { headers: { 'content-type': 'application/json' }, body: '{}' });
    const file = await raw(h, 'POST', asset, { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([page.status, file.status]).toEqual([401, 401]);
  });

  it('reaches no provider', async () => {
    await raw(h, 'GET', '/graphql', { headers: HTML });
    await raw(h, 'GET', '/graphiql', { headers: HTML });
    await raw(
      h,
      'GET',
      `/graphql?query=${encodeURIComponent(`{ customer(id: "${fin.actionRequiredBusiness.id}") { id } }`)}`,
      {
        headers: HTML,
      },
    );
    expect(h.sims.requestCount()).toBe(0);
  });
});

describe('with the key', () => {
  it('GraphiQL’s requests are served: a JSON POST passes CSRF prevention', async () => {
    const res = await postGraphQL(h, { query: '{ __typename }' }, { authorization: `Bearer ${KEY}` });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the start-up log', () => {
  it('says client authentication is on, and never shows a key', () => {
    const line = h.logs.find((l) => typeof l.msg === 'string' && l.msg.startsWith('client authentication on'));
    expect(line).toMatchObject({ clientKeys: 1 });
    expect(JSON.stringify(h.logs)).not.toContain(KEY);
  });
});

describe('with API_KEYS in production (introspection off)', () => {
  it('opens nothing: the landing page and /graphiql ask for the key like everything else', async () => {
    const prod = await startHarness({ config: { apiKeys: [KEY], production: true, introspection: false } });
    try {
      const landing = await raw(prod, 'GET', '/graphql', { headers: HTML });
      const graphiql = await raw(prod, 'GET', '/graphiql', { headers: HTML });
      expect([landing.status, graphiql.status]).toEqual([401, 401]);
      expect(landing.text).not.toMatch(/<html/i);
    } finally {
      await prod.close();
    }
  });
});
