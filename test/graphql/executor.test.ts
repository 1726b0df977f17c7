import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createContext } from '../../src/server/context.js';
import { createSchema } from '../../src/server/create-server.js';
import { ProviderError, UserInputError } from '../../src/model/errors.js';
import { graphql } from '../../src/server/graphql-runtime.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';

// The server executes with graphql-jit (src/server/jit-executor.ts). Every operation here runs both
// through the server and through graphql-js on the same schema, and the answers must be identical:
// data, error messages, paths and codes.

let h: Harness;
const schema = createSchema();
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function reference(query: string, variables: Record<string, unknown>) {
  const contextValue = createContext({ providers: h.providers, logger: createLogger({ level: 'silent' }) }, undefined);
  const result = await graphql.execute({
    schema,
    document: graphql.parse(query),
    variableValues: variables,
    contextValue,
  });
  return {
    data: result.data ?? null,
    errors: result.errors?.map((e) => {
      const original = e.originalError;
      if (original instanceof ProviderError) return { message: original.message, path: e.path, code: original.code };
      if (original instanceof UserInputError)
        return { message: original.message, path: e.path, code: 'BAD_USER_INPUT' };
      return { message: e.message, path: e.path, code: e.extensions?.code };
    }),
  };
}

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  [
    'a full customer of each provider',
    `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { ${CUSTOMER_FIELDS} ${CAPABILITIES} } } }`,
    {
      ids: [
        '671536f8-ddc5-4b1e-bd6f-27d0ed07a27c',
        'customer_f31121c389624d3697cbf3ea8830b7a4',
        'cus_01953e1a5f4b7000',
      ],
    },
  ],
  [
    'bad and unknown entries among good ones',
    `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { status } } }`,
    {
      ids: [
        '1f45e58d-0420-4ad8-a790-413169bfab28',
        'garbage',
        '00000000-0000-4000-8000-000000000000',
        'cus_01953e1a5f4b7000',
      ],
    },
  ],
  [
    'a list page with nested detail',
    `query { customers(provider: FIN, type: BUSINESS, first: 7) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CUSTOMER_FIELDS} } } } }`,
    {},
  ],
  ['a non-null root failing', `query { customers(provider: FIN, first: 1, after: "nope") { totalCount } }`, {}],
  [
    'entities',
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id status } } }`,
    {
      r: [
        { __typename: 'Customer', id: 'cus_01953e1a5f4b7000' },
        { __typename: 'Customer', id: 'bad' },
      ],
    },
  ],
];

describe('graphql-jit execution', () => {
  it.each(OPERATIONS)('answers %s exactly as graphql-js does', async (_, query, variables) => {
    const served = await h.gql(query, variables);
    const expected = await reference(query, variables);
    expect(served.body.data ?? null).toEqual(expected.data);
    expect(served.body.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }))).toEqual(
      expected.errors,
    );
  });
});
