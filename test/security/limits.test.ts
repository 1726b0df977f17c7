import { readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY, EXAMPLE_VARIABLES } from '../../src/server/example-query.js';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../src/server/limits.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { CUSTOMER_FIELDS } from '../helpers/queries.js';
import { describeResponse, postGraphQL, type RawResponse } from './raw-http.js';
import { fin } from '../fixtures/index.js';

// Every query limit refuses before anything executes (HTTP 400, no upstream request), names the
// limit in its message and `extensions.limit`; legitimate queries of every documented kind pass.

const FIN_BUSINESS = fin.actionRequiredBusiness.id;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

/** Asserts a refusal by `limit` and returns its message. */
function expectRefused(res: RawResponse, limit: string, code = 'GRAPHQL_VALIDATION_FAILED'): string {
  expect(res.status, describeResponse(res)).toBe(400);
  expect(res.json?.data, describeResponse(res)).toBeUndefined();
  const error = res.json?.errors?.find((e) => e.extensions?.limit === limit);
  expect(error, describeResponse(res)).toMatchObject({ extensions: { code, limit } });
  expect(h.sims.requestCount()).toBe(0);
  return error!.message;
}

/** `associatedParties { requestForInformation { associatedParty { … } } }` nested `levels` times. */
function partyChain(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `requestForInformation { associatedParty { ${inner} } }`;
  return inner;
}

describe('depth', () => {
  it(`refuses an operation deeper than ${MAX_DEPTH}`, async () => {
    const res = await postGraphQL(h, {
      query: `{ customer(id: "${FIN_BUSINESS}") { ... on BusinessCustomer { associatedParties { ${partyChain(6)} } } } }`,
    });
    expect(expectRefused(res, 'depth')).toBe(`Query depth limit of ${MAX_DEPTH} exceeded, found 15.`);
  });

  it('counts fields inside fragments', async () => {
    const res = await postGraphQL(h, {
      query: `{ customer(id: "${FIN_BUSINESS}") { ...B } }
        fragment B on BusinessCustomer { associatedParties { ...P } }
        fragment P on AssociatedParty { ${partyChain(6)} }`,
    });
    expect(expectRefused(res, 'depth')).toMatch(/^Query depth limit of 10 exceeded, found \d+\.$/);
  });
});

describe('aliases', () => {
  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `c${i}: customer(id: "${FIN_BUSINESS}") { id }`);
    const res = await postGraphQL(h, { query: `{ ${fields.join(' ')} }` });
    expect(expectRefused(res, 'aliases')).toBe(`Aliases limit of ${MAX_ALIASES} exceeded, found ${MAX_ALIASES + 1}.`);
  });

  it(`serves ${MAX_ALIASES} aliases`, async () => {
    const fields = Array.from({ length: MAX_ALIASES }, (_, i) => `c${i}: customer(id: "${FIN_BUSINESS}") { id }`);
    const res = await postGraphQL(h, { query: `{ ${fields.join(' ')} }` });
    expect(res.status, describeResponse(res)).toBe(200);
  });
});

describe('directives', () => {
  it(`refuses more than ${MAX_DIRECTIVES} directives`, async () => {
    const fields = Array.from({ length: MAX_DIRECTIVES + 1 }, () => `id @include(if: true)`);
    const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_BUSINESS}") { ${fields.join(' ')} } }` });
    expect(expectRefused(res, 'directives')).toBe(
      `Directives limit of ${MAX_DIRECTIVES} exceeded, found ${MAX_DIRECTIVES + 1}.`,
    );
  });
});

describe('tokens', () => {
  it(`refuses a document of more than ${MAX_TOKENS} tokens while parsing`, async () => {
    const res = await postGraphQL(h, { query: `{ customer(id: "${FIN_BUSINESS}") { ${'id '.repeat(MAX_TOKENS)} } }` });
    expect(expectRefused(res, 'tokens', 'GRAPHQL_PARSE_FAILED')).toBe(
      `Query token count exceeds the limit of ${MAX_TOKENS}.`,
    );
  });
});

describe('cost', () => {
  const NESTED = `id ... on BusinessCustomer { associatedParties { requestForInformation { associatedParty {
    requestForInformation { categories { fields { name status } } } } } } }`;

  it('refuses a large page with a nested selection', async () => {
    const res = await postGraphQL(h, {
      query: `{ customers(provider: FIN, first: 512) { edges { node { ${NESTED} } } } }`,
    });
    expect(expectRefused(res, 'cost')).toMatch(new RegExp(`^Query cost \\d+ exceeds the limit of ${MAX_COST}\\.$`));
  });

  it('refuses the same page when its size comes in a variable', async () => {
    const query = `query($first: Int) { customers(provider: SPHEREPAY, first: $first) { nodes { ${NESTED} } } }`;
    expectRefused(await postGraphQL(h, { query, variables: { first: 512 } }), 'cost');
    const small = await postGraphQL(h, { query, variables: { first: 5 } });
    expect(small.status, describeResponse(small)).toBe(200);
  });

  it('prices the operation the request runs, not its siblings', async () => {
    const query = `query Cheap { customers(provider: OPENFX, first: 1) { nodes { id } } }
      query Costly { customers(provider: OPENFX, first: 512) { nodes { ${NESTED} } } }`;
    const cheap = await postGraphQL(h, { query, operationName: 'Cheap' });
    expect(cheap.status, describeResponse(cheap)).toBe(200);
    h.sims.resetCounters();
    expectRefused(await postGraphQL(h, { query, operationName: 'Costly' }), 'cost');
  });

  it('refuses nodes with many ids and a full selection', async () => {
    const ids = Array.from({ length: 512 }, (_, i) => `cus_${i.toString(36).padStart(8, '0')}`);
    const res = await postGraphQL(h, {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { ${CUSTOMER_FIELDS} } } }`,
      variables: { ids },
    });
    expectRefused(res, 'cost');
  });

  it('refuses fetching by id past the budget through aliases', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `cus_${i.toString(36).padStart(8, '0')}`);
    const res = await postGraphQL(h, {
      query: `query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }`,
      variables: { ids },
    });
    expectRefused(res, 'cost');
  });
});

describe('introspection nesting', () => {
  // graphql-js's MaxIntrospectionDepthRule (a standard rule) caps it; the depth limit leaves __schema out.
  it.each([
    ['__schema', `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`],
    [
      '__type through a fragment',
      `{ __type(name: "BusinessCustomer") { ...T } }
       fragment T on __Type { fields { type { fields { type { fields { type { fields { name } } } } } } } }`,
    ],
  ])('refuses lists nested past 3 under %s', async (_, query) => {
    const res = await postGraphQL(h, { query });
    expect(res.status, describeResponse(res)).toBe(400);
    expect(res.json?.errors, describeResponse(res)).toEqual([
      expect.objectContaining({
        message: 'Maximum introspection depth exceeded',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });
});

describe('legitimate queries', () => {
  it('serves the README query', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const query = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(query).toBeDefined();
    const res = await postGraphQL(h, { query });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.errors, describeResponse(res)).toBeUndefined();
  });

  it("serves Sandbox's example query", async () => {
    const res = await postGraphQL(h, { query: EXAMPLE_QUERY, variables: EXAMPLE_VARIABLES });
    expect(res.json?.errors, describeResponse(res)).toBeUndefined();
  });

  it('serves every customer field on a page of 512', async () => {
    const res = await postGraphQL(h, {
      query: `query($first: Int) { customers(provider: FIN, type: BUSINESS, first: $first) {
        edges { cursor node { ${CUSTOMER_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }`,
      variables: { first: 512 },
    });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.errors, describeResponse(res)).toBeUndefined();
  });

  it('serves the full introspection query (Apollo Sandbox, codegen)', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await postGraphQL(h, { query });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(res.json?.errors, describeResponse(res)).toBeUndefined();
  });

  it('serves nodes with 512 inline ids (within the token limit)', async () => {
    const ids = Array.from({ length: 512 }, (_, i) => `"cus_${i.toString(36).padStart(8, '0')}"`);
    const res = await postGraphQL(h, { query: `{ nodes(ids: [${ids.join(',')}]) { id } }` });
    expect(res.status, describeResponse(res)).toBe(200);
    expect(
      res.json?.errors?.every((e) => e.extensions?.code === 'NOT_FOUND'),
      describeResponse(res),
    ).toBe(true);
  });
});
