import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/model/global-id.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// One graph over three providers: routing, mixed nodes, the seeds of each provider through GraphQL.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIN = fin.actionRequiredIndividual.id;
const SPHERE = spherepay.individual.id;
const OPENFX = openfx.activeBusiness.id;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.data(`{ customer(id: "${FIN}") { id } }`); // warm the Fin token
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

describe('nodes across providers', () => {
  it('answers in the order asked, with one GET per distinct customer per provider', async () => {
    const ids = [
      OPENFX,
      FIN,
      SPHERE,
      toGlobalId({ provider: 'OPENFX', providerId: OPENFX }),
      SPHERE,
      toGlobalId({ provider: 'FIN', providerId: FIN }),
      FIN,
    ];
    const data = await h.data<{ nodes: Json[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { provider providerId status } } }`,
      { ids },
    );
    expect(data.nodes.map((n) => n.provider)).toEqual([
      'OPENFX',
      'FIN',
      'SPHEREPAY',
      'OPENFX',
      'SPHEREPAY',
      'FIN',
      'FIN',
    ]);
    expect(data.nodes.map((n) => n.providerId)).toEqual([OPENFX, FIN, SPHERE, OPENFX, SPHERE, FIN, FIN]);
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
    expect(h.sims.spherepay.log.count('GET /v2/customer/:id')).toBe(1);
    expect(h.sims.openfx.log.count('GET /v1/customers/:id')).toBe(1);
  });

  it('keeps the other providers when one fails', async () => {
    h.sims.spherepay.faults.add({ status: 503 });
    const res = await h.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { provider } } }`, {
      ids: [FIN, SPHERE, OPENFX],
    });
    h.sims.spherepay.faults.clear();
    expect(res.body.data).toEqual({ nodes: [{ provider: 'FIN' }, null, { provider: 'OPENFX' }] });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        path: ['nodes', 1],
        extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'SPHEREPAY' },
      }),
    ]);
  });
});

describe('SpherePay through the graph', () => {
  it('maps the documented individual, with its criteria as requests for information', async () => {
    const { customer } = await h.data<{ customer: Json }>(
      `{ customer(id: "${SPHERE}") { ${CUSTOMER_FIELDS} ${CAPABILITIES} } }`,
    );
    expect(customer).toMatchObject({
      __typename: 'IndividualCustomer',
      provider: 'SPHEREPAY',
      providerId: SPHERE,
      email: 'jane.smith@example.com',
      phone: '+14155550123',
      firstName: 'Jane',
      middleName: 'James',
      lastName: 'Smith',
      dateOfBirth: '1990-01-15',
      countryOfResidence: 'USA',
      nationality: 'USA',
      countryOfBirth: 'USA',
      gender: 'MALE',
      occupationCode: '15-1132',
      taxIdentification: { type: 'ssn', country: 'USA' },
      sourceOfFunds: 'SALARY',
      status: 'INCOMPLETE',
      providerStatus: 'incomplete',
      termsOfService: { status: 'NOT_ACCEPTED', url: null },
      createdAt: '2026-03-09T20:46:31.305Z',
      updatedAt: '2026-03-09T20:46:31.305Z',
      capabilities: [],
      verificationProfiles: [
        {
          name: 'kyc_profile_a',
          status: 'INCOMPLETE',
          providerStatus: 'incomplete',
          completed: ['email_address', 'phone_number', 'residential_address', 'tax_identification_number'],
          pending: [],
          required: ['identity_document', 'liveness_report_document'],
          errors: [],
        },
      ],
    });
    expect(customer.requestForInformation).toEqual([
      {
        scope: 'CUSTOMER',
        section: 'kyc_profile_a',
        associatedParty: null,
        categories: [
          {
            documentType: 'IDENTITY_DOCUMENT',
            fields: [{ name: 'files', dataType: 'URI', status: 'MISSING', reason: null, options: [], side: null }],
          },
          {
            documentType: 'LIVENESS_REPORT_DOCUMENT',
            fields: [{ name: 'files', dataType: 'URI', status: 'MISSING', reason: null, options: [], side: null }],
          },
        ],
      },
    ]);
  });
});

describe('OpenFX through the graph', () => {
  it('maps the documented business without inventing what OpenFX does not carry', async () => {
    const { customer } = await h.data<{ customer: Json }>(
      `{ customer(id: "${OPENFX}") { ${CUSTOMER_FIELDS} ${CAPABILITIES} } }`,
    );
    expect(customer).toMatchObject({
      __typename: 'BusinessCustomer',
      provider: 'OPENFX',
      providerId: OPENFX,
      providerEntityId: 'ent_01953e1a5f4b7100',
      status: 'APPROVED',
      providerStatus: 'active',
      verificationStatus: 'APPROVED',
      email: null,
      phone: null,
      legalName: null,
      associatedParties: [],
      requestForInformation: [],
      metadata: [],
      createdAt: '2026-02-23T12:00:00.000Z',
      updatedAt: '2026-02-23T13:00:00.000Z',
    });
    expect(customer.capabilities).toEqual(
      ['ACCOUNTS', 'PAYMENTS', 'FX', 'CRYPTO'].map((kind) => ({
        kind,
        currency: null,
        methods: [],
        enabled: true,
        reason: null,
      })),
    );
  });
});

describe.each([
  ['SPHEREPAY', 'GET /v2/customer', 'spherepay'],
  ['OPENFX', 'GET /v1/customers', 'openfx'],
] as const)('customers(provider: %s)', (provider, route, sim) => {
  const PAGE = `query($after: String, $first: Int) { customers(provider: ${provider}, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { providerId } } } }`;
  type Page = { customers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Json }[] } };

  it('walks the whole list across page boundaries with an odd first, matching one big page', async () => {
    const all = (await h.data<Page>(PAGE, { first: 512 })).customers.edges.map((e) => e.node.providerId);
    expect(all.length).toBeGreaterThan(100);
    h.sims.resetCounters();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await h.data<Page>(PAGE, { first: 37, after });
      pages++;
      seen.push(...page.customers.edges.map((e) => e.node.providerId));
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    // At most two upstream pages per GraphQL page, never a walk of the whole list.
    expect(h.sims[sim].log.count(route)).toBeLessThanOrEqual(pages * 2);
  });

  it('primes the cache: listed customers cost no detail call', async () => {
    await h.data(
      `{ customers(provider: ${provider}, first: 25) { nodes { id status capabilities { kind } requestForInformation { section } } } }`,
    );
    expect(h.sims[sim].log.count(route)).toBe(1);
    expect(h.sims[sim].log.count()).toBe(1);
  });
});
