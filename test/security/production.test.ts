import { getIntrospectionQuery } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { describeResponse, postGraphQL, raw, type RawResponse } from './raw-http.js';
import { fin } from '../fixtures/index.js';

// In production (NODE_ENV=production) introspection and the Sandbox landing page are off unless
// INTROSPECTION=true, errors carry no stack trace, unknown errors are masked and field suggestions
// do not reveal the schema.

const FIN_CUSTOMER = fin.actionRequiredBusiness.id;
const SECRET = 'token=s3cr3t-upstream-body /srv/app/secret-path.ts';
const LIST_BY_PROVIDER = 'query($p: Provider!) { customers(provider: $p, first: 1) { totalCount } }';

/** Asserts the body mentions no stack trace anywhere. */
function expectNoStack(res: RawResponse) {
  expect(res.text, describeResponse(res)).not.toMatch(/stacktrace|\bat .*\(.*:\d+:\d+\)/);
}

describe('production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { production: true, introspection: false } });
  });
  afterAll(() => h.close());
  afterEach(() => vi.restoreAllMocks());

  it('refuses the introspection query, naming the switch an operator sets', async () => {
    const res = await postGraphQL(h, { query: getIntrospectionQuery() });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/introspection is not allowed.*INTROSPECTION=true/i),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(res.text).not.toMatch(/ApolloServer|introspection: true/);
    expectNoStack(res);
  });

  it('refuses __type too, but answers __typename', async () => {
    const type = await postGraphQL(h, { query: '{ __type(name: "Customer") { name } }' });
    const typename = await postGraphQL(h, { query: '{ __typename }' });
    expect(type.status, describeResponse(type)).toBe(400);
    expect(typename.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves no landing page', async () => {
    const res = await raw(h, 'GET', '/graphql', { headers: { accept: 'text/html' } });
    expect(res.headers['content-type'] ?? '').not.toMatch(/text\/html/);
    expect(res.text).not.toMatch(/<html|sandbox/i);
  });

  it('serves no bundled GraphiQL either', async () => {
    const page = await raw(h, 'GET', '/graphiql', { headers: { accept: 'text/html' } });
    const asset = await raw(h, 'GET', '/graphiql/assets/graphiql.js');
    expect([page.status, asset.status]).toEqual([404, 404]);
    expect(page.text).not.toMatch(/<html|graphiql-config/i);
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR without its message or stack', async () => {
    vi.spyOn(h.providers.FIN!, 'getCustomer').mockRejectedValue(new Error(SECRET));
    const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { id } }` });
    expect(res.json, describeResponse(res)).toEqual({
      data: { customer: null },
      errors: [
        {
          message: 'Internal server error.',
          locations: [{ line: 1, column: 3 }],
          path: ['customer'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(res.text).not.toContain('s3cr3t');
  });

  it('keeps provider errors coded, without a stack', async () => {
    h.sims.fin.faults.add({ route: 'GET /v2/customers/:id', status: 503, times: 10 });
    try {
      const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { id } }` });
      expect(res.json?.errors?.[0]?.extensions, describeResponse(res)).toEqual({
        code: 'PROVIDER_UNAVAILABLE',
        provider: 'FIN',
      });
      expectNoStack(res);
    } finally {
      h.sims.fin.faults.clear();
    }
  });

  it('gives validation errors without a stack', async () => {
    const res = await postGraphQL(h, { query: '{ customer(id: "x") { nope } }' });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expectNoStack(res);
  });

  it('does not suggest field names', async () => {
    const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { emial } }` });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.[0]?.message).toMatch(/^Cannot query field "emial" on type "Customer"\./);
    expect(res.text).not.toMatch(/Did you mean|"email"/);
  });

  it.each([
    ['an enum literal', { query: '{ customers(provider: FIM, first: 1) { totalCount } }' }],
    ['an enum variable', { query: LIST_BY_PROVIDER, variables: { p: 'FIM' } }],
    ['an argument name', { query: '{ customers(provder: FIN, first: 1) { totalCount } }' }],
    ['a type name', { query: 'query($p: Providr!) { customers(provider: $p, first: 1) { totalCount } }' }],
  ])('suggests no schema names for %s', async (_, body) => {
    const res = await postGraphQL(h, body);
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors?.length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/Did you mean|Suggestion hidden|"FIN"|"provider"|"Provider"/);
  });
});

describe('production with INTROSPECTION=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { production: true, introspection: true } });
  });
  afterAll(() => h.close());

  it('answers the introspection query', async () => {
    const res = await postGraphQL(h, { query: getIntrospectionQuery() });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it('serves the Sandbox landing page', async () => {
    const res = await raw(h, 'GET', '/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('still masks unexpected errors', async () => {
    const spy = vi.spyOn(h.providers.FIN!, 'getCustomer').mockRejectedValue(new Error(SECRET));
    try {
      const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { id } }` });
      expect(res.json?.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(res.text).not.toContain('s3cr3t');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('development', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('serves the landing page and introspection', async () => {
    const page = await raw(h, 'GET', '/graphql', { headers: { accept: 'text/html' } });
    const schema = await postGraphQL(h, { query: '{ __schema { queryType { name } } }' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(schema.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('suggests field names and enum values', async () => {
    const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { emial } }` });
    expect(res.json?.errors?.[0]?.message).toMatch(/Did you mean "email"/);
    const variable = await postGraphQL(h, { query: LIST_BY_PROVIDER, variables: { p: 'FIM' } });
    expect(variable.json?.errors?.[0]?.message).toMatch(/Did you mean the enum value "FIN"\?$/);
  });

  it('masks an unexpected error message but shows its stack', async () => {
    const spy = vi.spyOn(h.providers.FIN!, 'getCustomer').mockRejectedValue(new Error(SECRET));
    try {
      const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_CUSTOMER}") { id } }` });
      expect(res.json?.errors?.[0]).toMatchObject({
        message: 'Internal server error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: expect.any(Array) },
      });
    } finally {
      spy.mockRestore();
    }
  });
});

// README "Introspection and errors": `_service { sdl }` stays on in production (a federation router
// composes from it) behind the same API key as every operation.
describe('_service in production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { production: true, introspection: false, apiKeys: ['router-key'] } });
  });
  afterAll(() => h.close());

  it('is refused without the API key', async () => {
    const res = await postGraphQL(h, { query: '{ _service { sdl } }' });
    expect(res.status, describeResponse(res)).toBe(401);
    expect(res.text).not.toMatch(/Customer/);
  });

  it('answers the subgraph SDL with the API key, while introspection stays off', async () => {
    const auth = { authorization: 'Bearer router-key' };
    const res = await postGraphQL(h, { query: '{ _service { sdl } }' }, auth);
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.data).toHaveProperty('_service.sdl', expect.stringMatching(/interface Customer implements Node/));
    const introspection = await postGraphQL(h, { query: '{ __schema { types { name } } }' }, auth);
    expect(introspection.status).toBe(400);
  });
});
