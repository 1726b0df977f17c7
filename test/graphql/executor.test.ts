import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { createServer } from '../../src/server/create-server.js';
import { RUNS_BEFORE_COMPILING } from '../../src/server/jit-executor.js';
import type { CustomerModel } from '../../src/model/customer.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// The server executes with graphql-jit (src/server/jit-executor.ts). Every request here goes both to
// that server and to a reference server that differs only in running Apollo Server's own graphql-js
// executor, and the HTTP answers must be identical: status, data, and every error's message, code,
// locations and path. Each request is sent to the jit server more times than it takes to be compiled,
// so both the first (graphql-js) run and the compiled runs are compared.

let h: Harness;
let reference: FastifyInstance;
let referenceUrl: string;
beforeAll(async () => {
  h = await startHarness();
  ({ app: reference } = await createServer({
    config: { introspection: true, production: false, apiKeys: null, requestTimeoutMs: 10_000 },
    providers: h.providers,
    logger: createLogger({ level: 'silent' }),
    metrics: createMetrics(),
    executor: 'graphql-js',
  }));
  await reference.listen({ port: 0, host: '127.0.0.1' });
  const address = reference.server.address();
  referenceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await reference.close();
  await h.close();
});
afterEach(() => vi.restoreAllMocks());

interface Body {
  query: string;
  variables?: unknown;
  operationName?: string;
}

/** POSTs `body` to `url`; the answer without stack traces (they name the executor's own frames). */
async function post(url: string, body: Body) {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  const json = (await res.body.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  for (const error of json.errors ?? []) delete error.extensions?.stacktrace;
  return { status: res.statusCode, body: json };
}

async function expectSameAnswers(body: Body) {
  const expected = await post(referenceUrl, body);
  for (let run = 0; run <= RUNS_BEFORE_COMPILING + 1; run++) {
    expect(await post(h.url, body), `run ${run + 1} of ${JSON.stringify(body)}`).toEqual(expected);
  }
  return expected;
}

const ONE = 'query One($id: ID!) { customer(id: $id) { id } }';
const LIST = 'query List($p: Provider!, $n: Int) { customers(provider: $p, first: $n) { totalCount } }';
const NODES = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id status } } }';

const OPERATIONS: [string, Body][] = [
  [
    'a full customer of each provider',
    {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { ${CUSTOMER_FIELDS} ${CAPABILITIES} } } }`,
      variables: {
        ids: [fin.actionRequiredBusiness.id, spherepay.individual.id, openfx.activeBusiness.id],
      },
    },
  ],
  [
    'bad and unknown entries among good ones',
    {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { status } } }`,
      variables: {
        ids: [fin.actionRequiredIndividual.id, 'garbage', fin.unknownId, openfx.activeBusiness.id],
      },
    },
  ],
  [
    'a list page with nested detail',
    {
      query: `query { customers(provider: FIN, type: BUSINESS, first: 7) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CUSTOMER_FIELDS} } } } }`,
    },
  ],
  ['a non-null root failing', { query: `query { customers(provider: FIN, first: 1, after: "nope") { totalCount } }` }],
  [
    'entities, one of them malformed',
    {
      query: ENTITIES,
      variables: {
        r: [
          { __typename: 'Customer', id: openfx.activeBusiness.id },
          { __typename: 'Customer', id: 'bad' },
        ],
      },
    },
  ],
  [
    'entities that are no representation',
    {
      query: ENTITIES,
      variables: {
        r: [
          { __typename: 'Customer', id: 5 },
          { __typename: 'Nope', id: openfx.activeBusiness.id },
          'Customer',
          { __typename: 'Customer', id: openfx.activeBusiness.id },
        ],
      },
    },
  ],
];

// Variables that fail coercion: graphql-js's message naming the variable, BAD_USER_INPUT, HTTP 400.
const BAD_VARIABLES: [string, Body][] = [
  ['a missing required variable', { query: ONE, variables: {} }],
  ['no variables at all', { query: ONE }],
  ['null for a non-null variable', { query: ONE, variables: { id: null } }],
  ['an object for an ID', { query: ONE, variables: { id: { a: 1 } } }],
  ['a list for an ID', { query: ONE, variables: { id: ['x'] } }],
  ['a boolean for an ID', { query: ONE, variables: { id: true } }],
  ['a float for an ID', { query: ONE, variables: { id: 1.5 } }],
  ['a string for an Int', { query: LIST, variables: { p: 'FIN', n: '3' } }],
  ['a float for an Int', { query: LIST, variables: { p: 'FIN', n: 1.5 } }],
  ['an Int out of 32-bit range', { query: LIST, variables: { p: 'FIN', n: 2 ** 40 } }],
  ['a misspelt enum value', { query: LIST, variables: { p: 'FIM' } }],
  ['an enum value in lower case', { query: LIST, variables: { p: 'fin' } }],
  ['a number for an enum', { query: LIST, variables: { p: 1 } }],
  ['a null entry in a list of non-null', { query: NODES, variables: { ids: [openfx.activeBusiness.id, null] } }],
  ['an object entry in a list', { query: NODES, variables: { ids: [{}] } }],
  ['null representations', { query: ENTITIES, variables: { r: null } }],
  [
    'several bad variables at once',
    {
      query: `query($a: ID!, $b: Int!) { customer(id: $a) { id } customers(provider: FIN, first: $b) { totalCount } }`,
      variables: { b: 'x' },
    },
  ],
];

// Variables graphql-js accepts, which must not fail on the compiled path either.
const LENIENT_VARIABLES: [string, Body][] = [
  ['an Int for an ID', { query: ONE, variables: { id: 42 } }],
  ['one id for a list of ids', { query: NODES, variables: { ids: openfx.activeBusiness.id } }],
  ['unknown extra variables', { query: ONE, variables: { id: openfx.activeBusiness.id, extra: { x: 1 } } }],
  ['an omitted nullable variable', { query: LIST, variables: { p: 'OPENFX' } }],
];

// Errors raised around execution rather than by a resolver.
const REQUEST_ERRORS: [string, Body][] = [
  ['an operation name the document lacks', { query: 'query A { __typename }', operationName: 'B' }],
  ['two operations and no operation name', { query: 'query A { __typename } query B { __typename }' }],
  ['a mutation', { query: 'mutation { x }' }],
  ['a subscription', { query: 'subscription { customer(id: "x") { id } }' }],
];

describe('graphql-jit execution', () => {
  it.each(OPERATIONS)('answers %s exactly as graphql-js does', async (_, body) => {
    await expectSameAnswers(body);
  });

  it.each(BAD_VARIABLES)('reports %s exactly as graphql-js does', async (_, body) => {
    const answer = await expectSameAnswers(body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('names the variable in graphql-js words', async () => {
    const answer = await expectSameAnswers({ query: ONE, variables: {} });
    expect(answer.body).toEqual({
      errors: [
        {
          message: 'Variable "$id" of required type "ID!" was not provided.',
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it.each(LENIENT_VARIABLES)('accepts %s as graphql-js does', async (_, body) => {
    const answer = await expectSameAnswers(body);
    expect(answer.status).toBe(200);
  });

  it.each(REQUEST_ERRORS)('reports %s exactly as graphql-js does', async (_, body) => {
    const answer = await expectSameAnswers(body);
    expect(answer.status).toBe(400);
    for (const error of answer.body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  // One failing field per operation: when a non-null field fails, graphql-js stops completing its
  // siblings while graphql-jit completes them all (and reports their errors too); the spec allows both.
  it.each([
    ['an enum value outside the schema', 'status', { status: 'SOMETHING_NEW' }],
    ['a timestamp that is no DateTime', 'createdAt', { createdAt: 'yesterday' }],
    ['a null for a non-null field', 'status', { status: null }],
    ['a list that is no list', 'capabilities { kind }', { capabilities: 'none' }],
  ])('reports %s exactly as graphql-js does', async (_, field, change) => {
    const finProvider = h.providers.FIN!;
    const getCustomer = finProvider.getCustomer.bind(finProvider);
    vi.spyOn(finProvider, 'getCustomer').mockImplementation(async (id, call) => {
      const customer = await getCustomer(id, call);
      return customer && ({ ...customer, ...change } as unknown as CustomerModel);
    });
    const answer = await expectSameAnswers({
      query: `{ customer(id: "${fin.actionRequiredBusiness.id}") { id ${field} } }`,
    });
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
  });
});
