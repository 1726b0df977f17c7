import { ApolloServer } from '@apollo/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SUBSCRIPTION_OVER_HTTP_MESSAGE,
  subscriptionsOverHttpPlugin,
} from '../../src/server/subscriptions-over-http.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { openfx } from '../fixtures/index.js';

// A client's mistake is the client's error (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, …), never
// INTERNAL_SERVER_ERROR; a real internal error is logged at error level with the request id.

const OPENFX_ID = openfx.activeBusiness.id;
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { providerId } } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());
afterEach(() => vi.restoreAllMocks());

function errorLines() {
  return h.logs.filter((line) => line.level === 50);
}

describe('_entities', () => {
  it.each([
    ['a number for the id', { __typename: 'Customer', id: 5 }, /key field "id" as a string/],
    ['no id', { __typename: 'BusinessCustomer' }, /key field "id" as a string/],
    ['an unknown __typename', { __typename: 'Nope', id: OPENFX_ID }, /"__typename" must name an entity type/],
    ['a type that is no entity', { __typename: 'Capability', id: OPENFX_ID }, /"__typename" must name an entity type/],
    ['no __typename', { id: OPENFX_ID }, /"__typename" must name an entity type/],
    ['a string', 'Customer', /must be an object/],
    ['a list', [OPENFX_ID], /must be an object/],
  ])('answers %s with BAD_USER_INPUT at its own index, resolving the others', async (_, bad, message) => {
    const before = errorLines().length;
    const res = await h.gql(ENTITIES, { r: [{ __typename: 'Customer', id: OPENFX_ID }, bad] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { _entities: [{ providerId: OPENFX_ID }, null] },
      errors: [
        {
          message: expect.stringMatching(message),
          locations: expect.any(Array),
          path: ['_entities', 1],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(h.sims.openfx.log.count()).toBe(1);
    expect(errorLines().length).toBe(before);
  });
});

describe('operations the schema has no root type for', () => {
  it.each(['mutation { x }', 'query A { __typename } mutation B { x }'])('%s fails validation', async (query) => {
    const res = await h.gql(query);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^The mutation operation is not supported by the schema\.$/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(h.sims.requestCount()).toBe(0);
  });
});

describe('a subscription over HTTP, once the schema has a Subscription type', () => {
  it('is refused with 400 BAD_REQUEST before it runs', async () => {
    const resolve = vi.fn(() => 'x');
    const server = new ApolloServer({
      typeDefs: 'type Query { a: String } type Subscription { tick: String }',
      resolvers: { Subscription: { tick: { resolve, subscribe: () => ({}) } } },
      plugins: [subscriptionsOverHttpPlugin()],
    });
    await server.start();
    try {
      const res = await server.executeOperation({ query: 'subscription { tick }' });
      expect(res.http.status).toBe(400);
      expect(res.body).toEqual({
        kind: 'single',
        singleResult: {
          errors: [
            expect.objectContaining({ message: SUBSCRIPTION_OVER_HTTP_MESSAGE, extensions: { code: 'BAD_REQUEST' } }),
          ],
        },
      });
      expect(resolve).not.toHaveBeenCalled();
    } finally {
      await server.stop();
    }
  });
});

describe('internal errors', () => {
  it('are masked for the client and logged at error level with the request id, without their message', async () => {
    const secret = 'token=s3cr3t-upstream-body';
    vi.spyOn(h.providers.OPENFX!, 'getCustomer').mockRejectedValue(new Error(secret));
    const res = await h.gql(`query Broken { customer(id: "${OPENFX_ID}") { id } }`, undefined, {
      'x-request-id': 'req-internal-1',
    });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    const logged = errorLines().filter((line) => line.requestId === 'req-internal-1');
    expect(logged).toEqual([
      expect.objectContaining({
        msg: 'internal error',
        path: ['customer'],
        operation: 'Broken',
        internalError: { name: 'Error', frames: expect.any(Array) },
      }),
    ]);
    expect(JSON.stringify(logged)).not.toContain('s3cr3t');
  });

  it('keep the message the engine wrote', async () => {
    vi.spyOn(h.providers.OPENFX!, 'getCustomer').mockImplementation(() => {
      return (undefined as unknown as { x: () => never }).x();
    });
    await h.gql(`{ customer(id: "${OPENFX_ID}") { id } }`, undefined, { 'x-request-id': 'req-internal-2' });
    const [line] = errorLines().filter((l) => l.requestId === 'req-internal-2');
    expect(line?.internalError).toMatchObject({ name: 'TypeError', message: expect.stringMatching(/undefined/) });
  });

  it('are not what client mistakes are logged as', async () => {
    const before = errorLines().length;
    await h.gql('query One($id: ID!) { customer(id: $id) { id } }', {});
    await h.gql('{ customer(id: "garbage") { id } }');
    await h.gql('{ nope }');
    expect(errorLines().length).toBe(before);
  });
});
