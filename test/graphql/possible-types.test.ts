import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import generated from '../../src/generated/possible-types.js';
import { createSchema } from '../../src/server/create-server.js';
import { graphql } from '../../src/server/graphql-runtime.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// Apollo Client matches a fragment on an interface (`... on Customer`) only when its cache knows the
// interface's implementations (`possibleTypes`); without them it silently drops the fragment's
// fields. src/generated/possible-types.ts (codegen's fragment-matcher) gives them.

describe('possibleTypes', () => {
  it('lists every interface and union of the schema with exactly its object types', () => {
    const schema = createSchema();
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      // Federation's own `_Entity` union is for routers, not clients (it is not in schema/).
      if (!graphql.isAbstractType(type) || type.name.startsWith('_')) continue;
      expected[type.name] = schema.getPossibleTypes(type).map((t) => t.name);
    }
    const sorted = (m: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v].sort()] as const));
    expect(sorted(generated.possibleTypes)).toEqual(sorted(expected));
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['Customer', 'Node']));
  });
});

function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== '__typename')
      .map(([k, v]) => [k, withoutTypename(v)]),
  );
}

/** The README's own query (its first `graphql` block). */
function readmeQuery(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README has no graphql block');
  return block;
}

describe('Apollo Client 4 against the server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const client = (cache: InMemoryCache) => new ApolloClient({ cache, link: new HttpLink({ uri: `${h.url}/graphql` }) });

  it("drops the README query's fragment fields without possibleTypes", async () => {
    const { data } = await client(new InMemoryCache()).query({ query: gql(readmeQuery()) });
    expect((data as { fin: unknown }).fin).toEqual({ __typename: 'BusinessCustomer' });
  });

  it('answers every field of the README query with the generated possibleTypes', async () => {
    // The README's "Using Apollo Client" cache.
    const cache = new InMemoryCache({
      possibleTypes: generated.possibleTypes,
      typePolicies: { Query: { fields: { customers: relayStylePagination(['provider', 'type']) } } },
    });
    const { data } = await client(cache).query({ query: gql(readmeQuery()) });
    // What the server answers, less the `__typename`s Apollo Client adds to every selection.
    expect(withoutTypename(data)).toEqual(await h.data(readmeQuery()));
    expect(data).toMatchObject({ fin: { status: 'ACTION_REQUIRED', legalName: expect.any(String) } });
  });

  it('merges Relay pages of one list with the README typePolicies', async () => {
    const cache = new InMemoryCache({
      possibleTypes: generated.possibleTypes,
      typePolicies: { Query: { fields: { customers: relayStylePagination(['provider', 'type']) } } },
    });
    const query = gql`
      query Page($after: String) {
        customers(provider: FIN, type: BUSINESS, first: 2, after: $after) {
          edges {
            cursor
            node {
              id
              status
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    const apollo = client(cache);
    type Page = { customers: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } };
    const first = await apollo.query<Page>({ query });
    // What fetchMore does: the next page from the network (the cached field would answer `after` too).
    await apollo.query<Page>({
      query,
      variables: { after: first.data!.customers.pageInfo.endCursor },
      fetchPolicy: 'network-only',
    });
    const merged = cache.readQuery<Page>({ query });
    expect(merged?.customers.edges).toHaveLength(4);
    expect(new Set(merged?.customers.edges.map((e) => e.node.id)).size).toBe(4);
  });
});
