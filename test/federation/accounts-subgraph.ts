import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** The accounts subgraph of examples/federation, with a few accounts held by customer-graph customers. */
export const ACCOUNTS_SDL = readFileSync(
  new URL('../../examples/federation/accounts.graphql', import.meta.url),
  'utf8',
);

export async function startAccountsSubgraph(accounts: { id: string; iban: string; holderId: string }[]) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(ACCOUNTS_SDL),
      resolvers: {
        Query: { accounts: () => accounts },
        Account: { holder: (a: { holderId: string }) => ({ __typename: 'Customer', id: a.holderId }) },
        Customer: {
          accounts: (c: { id: string }) => accounts.filter((a) => a.holderId === c.id),
        },
      } as never,
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, close: () => server.stop() };
}
