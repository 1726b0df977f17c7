import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDeskClient } from '../../web/desk/src/apollo.js';
import { DeskCustomersDocument, DeskRowFragmentDoc } from '../../web/desk/src/gql/graphql.js';

// The desk's cache policies, on the real InMemoryCache it builds (no network: nothing is fetched).

const endpoints = { httpUrl: 'http://127.0.0.1:9/graphql', wsUrl: 'ws://127.0.0.1:9/graphql' };

function row(n: number, status: 'APPROVED' | 'ACTION_REQUIRED' = 'APPROVED') {
  return {
    __typename: 'IndividualCustomer' as const,
    id: `global-${n}`,
    provider: 'FIN' as const,
    providerId: `provider-${n}`,
    type: 'INDIVIDUAL' as const,
    status,
    providerStatus: status,
    email: null,
    updatedAt: null,
    fetchedAt: '2026-12-02T15:00:00.000Z',
    firstName: `First${n}`,
    lastName: `Last${n}`,
  };
}

function page(from: number, to: number, hasNextPage: boolean) {
  const nodes = Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
  return {
    customers: {
      __typename: 'CustomerConnection' as const,
      totalCount: 800,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `c${to}` },
      edges: nodes.map((node) => ({ __typename: 'CustomerEdge' as const, cursor: `c${node.id.slice(7)}`, node })),
    },
  };
}

describe("the desk's Apollo cache", () => {
  it('merges "Load more" pages into one list per provider, in order', () => {
    const { client } = createDeskClient(endpoints, { webSocketImpl: WebSocket });
    const cache = client.cache;
    cache.writeQuery({
      query: DeskCustomersDocument,
      variables: { provider: 'FIN', first: 2 },
      data: page(1, 2, true),
    });
    cache.writeQuery({
      query: DeskCustomersDocument,
      variables: { provider: 'FIN', first: 2, after: 'c2' },
      data: page(3, 4, false),
    });
    cache.writeQuery({
      query: DeskCustomersDocument,
      variables: { provider: 'OPENFX', first: 2 },
      data: page(9, 9, false),
    });
    const fin = cache.readQuery({ query: DeskCustomersDocument, variables: { provider: 'FIN', first: 2 } });
    expect(fin?.customers.edges.map((e) => e.node.providerId)).toEqual([
      'provider-1',
      'provider-2',
      'provider-3',
      'provider-4',
    ]);
    expect(fin?.customers.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'c4' });
    expect(fin?.customers.totalCount).toBe(800);
    const openfx = cache.readQuery({ query: DeskCustomersDocument, variables: { provider: 'OPENFX', first: 2 } });
    expect(openfx?.customers.edges.map((e) => e.node.providerId)).toEqual(['provider-9']);
  });

  it('rewrites a listed row when the same customer arrives again (what a live update does)', () => {
    const { client } = createDeskClient(endpoints, { webSocketImpl: WebSocket });
    const cache = client.cache;
    cache.writeQuery({
      query: DeskCustomersDocument,
      variables: { provider: 'FIN', first: 2 },
      data: page(1, 2, true),
    });
    // A subscription payload: the row's fragment, matched through possibleTypes (Customer → IndividualCustomer).
    cache.writeFragment({
      fragment: DeskRowFragmentDoc,
      id: cache.identify({ __typename: 'IndividualCustomer', id: 'global-2' }),
      data: row(2, 'ACTION_REQUIRED'),
    });
    const fin = cache.readQuery({ query: DeskCustomersDocument, variables: { provider: 'FIN', first: 2 } });
    expect(fin?.customers.edges.map((e) => [e.node.providerId, e.node.status])).toEqual([
      ['provider-1', 'APPROVED'],
      ['provider-2', 'ACTION_REQUIRED'],
    ]);
    const updated = fin?.customers.edges[1]?.node;
    expect(updated && 'firstName' in updated ? updated.firstName : null).toBe('First2');
  });
});
