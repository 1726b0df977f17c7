import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/model/global-id.js';
import { createSchema } from '../../src/server/create-server.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { ACCOUNTS_SDL, startAccountsSubgraph } from './accounts-subgraph.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// customer-graph as a Federation 2 subgraph: composition with a second subgraph, a real gateway
// in-process over both, and `_entities` batches.

const FIN = fin.actionRequiredBusiness.id;
const SPHERE = spherepay.individual.id;
const OPENFX = openfx.activeBusiness.id;
const gid = (provider: 'FIN' | 'SPHEREPAY' | 'OPENFX', providerId: string) => toGlobalId({ provider, providerId });

function compose(customersUrl = 'http://customers.invalid/graphql', accountsUrl = 'http://accounts.invalid/graphql') {
  return composeServices([
    { name: 'customers', typeDefs: parse(printSubgraphSchema(createSchema())), url: customersUrl },
    { name: 'accounts', typeDefs: parse(ACCOUNTS_SDL), url: accountsUrl },
  ]);
}

describe('composition', () => {
  it('composes with a second subgraph that extends Customer, without errors or hints', () => {
    const result = compose();
    expect(result.errors).toBeUndefined();
    expect((result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`)).toEqual([]);
    expect(result.supergraphSdl).toContain('interface Customer');
    expect(result.supergraphSdl).toMatch(/join__type\(graph: CUSTOMERS, key: "id"\)/);
  });
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

describe('through a gateway', () => {
  let gatewayUrl: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const accounts = await startAccountsSubgraph([
      { id: 'acc-1', iban: 'GB33BUKB20201555555555', holderId: gid('FIN', FIN) },
      { id: 'acc-2', iban: 'DE89370400440532013000', holderId: gid('SPHEREPAY', SPHERE) },
      { id: 'acc-3', iban: 'FR1420041010050500013M02606', holderId: gid('OPENFX', OPENFX) },
      { id: 'acc-4', iban: 'NL91ABNA0417164300', holderId: gid('FIN', FIN) },
    ]);
    const { supergraphSdl } = compose(`${h.url}/graphql`, accounts.url);
    const gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: supergraphSdl as string }) });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } })).url;
    stop = async () => {
      await gateway.stop();
      await accounts.close();
    };
  });
  afterAll(() => stop());

  it('answers a query that crosses both subgraphs, one upstream GET per distinct customer', async () => {
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ accounts { iban holder { id provider status type
          ... on BusinessCustomer { legalName associatedParties { id } }
          ... on IndividualCustomer { firstName }
          requestForInformation { section }
          accounts { iban } } } }`,
      }),
    });
    const body = (await res.body.json()) as { data: { accounts: { iban: string; holder: Record<string, unknown> }[] } };
    expect(body).not.toHaveProperty('errors');
    expect(body.data.accounts.map((a) => [a.holder.provider, a.holder.status])).toEqual([
      ['FIN', 'ACTION_REQUIRED'],
      ['SPHEREPAY', 'INCOMPLETE'],
      ['OPENFX', 'APPROVED'],
      ['FIN', 'ACTION_REQUIRED'],
    ]);
    expect(body.data.accounts[0]?.holder).toMatchObject({
      legalName: 'Fin.com',
      accounts: [{ iban: 'GB33BUKB20201555555555' }, { iban: 'NL91ABNA0417164300' }],
    });
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
    expect(h.sims.spherepay.log.count('GET /v2/customer/:id')).toBe(1);
    expect(h.sims.openfx.log.count('GET /v1/customers/:id')).toBe(1);
  });
});

describe('_service', () => {
  it('serves the subgraph SDL with the federation link and the entity keys', async () => {
    const data = await h.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(data._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(data._service.sdl).toMatch(/interface Customer implements Node\s+@key\(fields: "id"\)/);
    expect(data._service.sdl).toMatch(/type IndividualCustomer implements Customer & Node\s+@key\(fields: "id"\)/);
  });
});

describe('_entities', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id provider status } } }`;

  it('resolves 100 mixed representations with one GET per distinct customer, in order', async () => {
    const ids = [
      gid('FIN', FIN),
      gid('SPHEREPAY', SPHERE),
      gid('OPENFX', OPENFX),
      gid('FIN', fin.actionRequiredIndividual.id),
    ];
    const representations = Array.from({ length: 100 }, (_, i) => ({
      __typename: 'Customer',
      id: ids[i % ids.length],
    }));
    const data = await h.data<{ _entities: { id: string }[] }>(ENTITIES, { r: representations });
    expect(data._entities.map((e) => e.id)).toEqual(representations.map((r) => r.id));
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(2);
    expect(h.sims.spherepay.log.count('GET /v2/customer/:id')).toBe(1);
    expect(h.sims.openfx.log.count('GET /v1/customers/:id')).toBe(1);
  });

  it('gives a malformed or unknown key its own error, not the batch', async () => {
    const res = await h.gql(ENTITIES, {
      r: [
        { __typename: 'Customer', id: gid('FIN', FIN) },
        { __typename: 'Customer', id: 'cus_../../admin' },
        { __typename: 'Customer', id: gid('OPENFX', 'cus_doesnotexist') },
        { __typename: 'IndividualCustomer', id: gid('FIN', FIN) },
        { __typename: 'BusinessCustomer', id: gid('FIN', FIN) },
      ],
    });
    const entities = (res.body.data as { _entities: ({ provider: string } | null)[] })._entities;
    expect(entities.map((e) => e?.provider ?? null)).toEqual(['FIN', null, null, null, 'FIN']);
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT'],
      [['_entities', 2], 'NOT_FOUND'],
      [['_entities', 3], 'NOT_FOUND'],
    ]);
    expect(h.sims.openfx.log.count('GET /v1/customers/:id')).toBe(1);
  });
});
