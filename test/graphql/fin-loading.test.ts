import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/model/global-id.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin } from '../fixtures/index.js';

// Batching and caching, proven by counting the requests the simulated Fin.com received.

const V2 = 'GET /v2/customers/:id';
const V1 = 'GET /v1/customers/:id';
const LIST = 'GET /v2/customers';
const TOKEN = 'POST /v1/oauth/token';

const BUSINESS = fin.actionRequiredBusiness.id;
const INDIVIDUAL = fin.actionRequiredIndividual.id;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.data(`{ customer(id: "${BUSINESS}") { id } }`); // warm the token
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

const count = (route: string) => h.sims.fin.log.count(route);

describe('customer loader', () => {
  it('issues one V2 request per distinct customer, whatever the aliases and id forms', async () => {
    await h.data(
      `query($g: ID!) {
      a: customer(id: "${BUSINESS}") { status }
      b: customer(id: "${BUSINESS.toUpperCase()}") { email }
      c: customer(id: $g) { ...F }
      d: node(id: $g) { ... on Customer { providerStatus } }
      e: customer(id: "${INDIVIDUAL}") { ...F }
    }
    fragment F on Customer { id status requestForInformation { section } }`,
      {
        g: toGlobalId({ provider: 'FIN', providerId: BUSINESS }),
      },
    );
    expect(h.sims.fin.log.paths(V2).sort()).toEqual(
      [`/v2/customers/${INDIVIDUAL}`, `/v2/customers/${BUSINESS}`].sort(),
    );
    expect(count(V1)).toBe(0);
  });

  it('answers nodes in the order asked with one request per distinct customer', async () => {
    const ids = [BUSINESS, INDIVIDUAL, BUSINESS, toGlobalId({ provider: 'FIN', providerId: INDIVIDUAL }), BUSINESS];
    const data = await h.data<{ nodes: { providerId: string }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { providerId } } }`,
      { ids },
    );
    expect(data.nodes.map((n) => n.providerId)).toEqual([BUSINESS, INDIVIDUAL, BUSINESS, INDIVIDUAL, BUSINESS]);
    expect(count(V2)).toBe(2);
  });
});

describe('Fin V1 routing', () => {
  it('calls V1 only when capabilities are selected, once per customer', async () => {
    await h.data(`{ a: customer(id: "${BUSINESS}") { status requestForInformation { section } } }`);
    expect(count(V1)).toBe(0);
    h.sims.resetCounters();
    await h.data(`{
      a: customer(id: "${BUSINESS}") { capabilities { currency } }
      b: customer(id: "${BUSINESS}") { capabilities { enabled } }
    }`);
    expect(count(V1)).toBe(1);
    expect(count(V2)).toBe(1);
  });
});

describe('list then detail', () => {
  it('costs the list page and nothing more for fields list rows carry', async () => {
    const first = await h.data<{ customers: { nodes: { id: string }[] } }>(
      `{ customers(provider: FIN, type: INDIVIDUAL, first: 40) { nodes { id } } }`,
    );
    const ids = first.customers.nodes.map((n) => n.id);
    expect(ids).toHaveLength(40);
    h.sims.resetCounters();
    const data = await h.data<{ customers: { edges: unknown[] }; nodes: { email: string | null }[] }>(
      `query($ids: [ID!]!) {
        customers(provider: FIN, type: INDIVIDUAL, first: 40) {
          edges { node { id providerId type email phone status providerStatus createdAt updatedAt termsOfService { url }
            ... on IndividualCustomer { firstName lastName countryOfResidence } } }
        }
        nodes(ids: $ids) { ... on Customer { id email status } }
      }`,
      { ids },
    );
    expect(data.customers.edges).toHaveLength(40);
    expect(data.nodes).toHaveLength(40);
    expect(count(LIST)).toBe(1);
    expect(count(V2)).toBe(0);
    expect(count(V1)).toBe(0);
  });

  it('loads the detail once per row for fields list rows lack', async () => {
    await h.data(`{ customers(provider: FIN, type: BUSINESS, first: 10) {
      nodes { statusUpdatedAt requestForInformation { section } ... on BusinessCustomer { associatedParties { id } } }
    } }`);
    expect(count(LIST)).toBe(1);
    expect(count(V2)).toBe(10);
  });
});

describe('Fin tokens', () => {
  it('reuses the token across requests', async () => {
    for (let i = 0; i < 3; i++) await h.data(`{ customer(id: "${INDIVIDUAL}") { status } }`);
    expect(count(TOKEN)).toBe(0);
    expect(count(V2)).toBe(3);
  });
});
