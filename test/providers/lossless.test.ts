import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderV2Detail } from '../../src/simulator/fin/index.js';
import { JsonText } from '../../src/simulator/http.js';
import { SPHEREPAY_SEED_DOCUMENTS, SPHEREPAY_SEED_INDIVIDUAL_ID } from '../../src/simulator/spherepay/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin, openfx } from '../fixtures/index.js';

// Upstream data is lossless: a word a provider added after this code was written survives (in
// providerStatus, or mapped best-effort and logged once), a document for another customer is
// refused, and a hostile free-form field cannot crash the server. Over HTTP, through the real clients.

const FIN_ID = fin.actionRequiredIndividual.id;
const FIN_OTHER = fin.unknownId;
const FIN_V2 = 'GET /v2/customers/:id';
const OPENFX_ID = openfx.activeBusiness.id;

const STATUS = `query($id: ID!) { customer(id: $id) { providerId status providerStatus } }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  for (const sim of [h.sims.fin, h.sims.spherepay, h.sims.openfx]) sim.faults.clear();
});

/** Fin's V2 document of FIN_ID with `patch` applied. */
function finDocument(patch: (doc: Record<string, unknown>) => void): { data: Record<string, unknown> } {
  const doc = structuredClone(renderV2Detail(h.sims.fin.dataset.get(FIN_ID)!)) as unknown as Record<string, unknown>;
  patch(doc);
  return { data: doc };
}

const warnings = (value: string) =>
  h.logs.filter((l) => l.msg === 'provider sent a value outside its documented vocabulary' && l.value === value);

describe('undocumented words', () => {
  it('keeps an unknown Fin customer_status in providerStatus, reads it as IN_REVIEW and warns once', async () => {
    const body = finDocument((d) => (d.customer_status = 'UNDER_AUDIT'));
    h.sims.fin.faults.add({ route: FIN_V2, status: 200, body });
    for (let i = 0; i < 2; i++) {
      const data = await h.data<{ customer: unknown }>(STATUS, { id: FIN_ID });
      expect(data.customer).toEqual({ providerId: FIN_ID, status: 'IN_REVIEW', providerStatus: 'UNDER_AUDIT' });
    }
    expect(warnings('UNDER_AUDIT')).toEqual([
      expect.objectContaining({ level: 40, provider: 'FIN', field: 'customer_status', value: 'UNDER_AUDIT' }),
    ]);
  });

  it('maps unknown Fin RFI words best-effort instead of failing the customer', async () => {
    const body = finDocument((d) => {
      d.request_for_information = [
        {
          scope: 'WHOLE_COMPANY',
          section: 'proof_of_identity',
          categories: [
            {
              document_type: 'PASSPORT',
              fields: [{ field_name: 'selfie', data_type: 'VIDEO', status: 'STALE', side: 'LEFT' }],
            },
          ],
        },
      ];
    });
    h.sims.fin.faults.add({ route: FIN_V2, status: 200, body });
    const data = await h.data<{ customer: unknown }>(
      `query($id: ID!) { customer(id: $id) { requestForInformation { scope section categories { fields { name dataType status side } } } } }`,
      { id: FIN_ID },
    );
    expect(data.customer).toEqual({
      requestForInformation: [
        {
          scope: 'CUSTOMER',
          section: 'proof_of_identity',
          categories: [{ fields: [{ name: 'selfie', dataType: 'TEXT', status: 'MISSING', side: null }] }],
        },
      ],
    });
    expect(warnings('VIDEO')).toHaveLength(1);
  });

  it('keeps an unknown OpenFX status and an unknown SpherePay profile status', async () => {
    const openfx = { ...h.sims.openfx.dataset.get(OPENFX_ID)!, status: 'frozen' };
    h.sims.openfx.faults.add({ route: 'GET /v1/customers/:id', status: 200, body: openfx });
    expect((await h.data<{ customer: unknown }>(STATUS, { id: OPENFX_ID })).customer).toEqual({
      providerId: OPENFX_ID,
      status: 'IN_REVIEW',
      providerStatus: 'frozen',
    });

    const doc = SPHEREPAY_SEED_DOCUMENTS.individual;
    const profiles = [{ name: 'kyc_profile_a', status: 'escalated' }];
    h.sims.spherepay.faults.add({
      status: 200,
      body: { ...doc, tosStatus: 'approved', verificationProfiles: profiles },
    });
    expect((await h.data<{ customer: unknown }>(STATUS, { id: SPHEREPAY_SEED_INDIVIDUAL_ID })).customer).toEqual({
      providerId: SPHEREPAY_SEED_INDIVIDUAL_ID,
      status: 'IN_REVIEW',
      providerStatus: 'escalated',
    });
  });
});

describe('a document for another customer', () => {
  it.each([
    [
      'FIN',
      FIN_ID,
      () =>
        h.sims.fin.faults.add({ route: FIN_V2, status: 200, body: finDocument((d) => (d.customer_id = FIN_OTHER)) }),
    ],
    [
      'OPENFX',
      OPENFX_ID,
      () => {
        const other = h.sims.openfx.dataset.customers.find((c) => c.id !== OPENFX_ID)!;
        h.sims.openfx.faults.add({ route: 'GET /v1/customers/:id', status: 200, body: other });
      },
    ],
  ])(
    'is refused: %s answers PROVIDER_UNAVAILABLE, never another customer under the asked id',
    async (provider, id, inject) => {
      inject();
      const res = await h.gql(STATUS, { id });
      expect(res.body.data).toEqual({ customer: null });
      expect(res.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'PROVIDER_UNAVAILABLE', provider }]);
    },
  );
});

describe('hostile free-form fields', () => {
  it('drops a 100,000-deep SpherePay meta value and serves the customer', async () => {
    const doc = { ...SPHEREPAY_SEED_DOCUMENTS.individual, meta: { keep: 'yes', deep: '__DEEP__' } };
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const text = JSON.stringify(doc).replace('"__DEEP__"', deep);
    h.sims.spherepay.faults.add({ status: 200, body: new JsonText(text) });
    const data = await h.data<{ customer: unknown }>(
      `query($id: ID!) { customer(id: $id) { providerId metadata { key value } } }`,
      { id: SPHEREPAY_SEED_INDIVIDUAL_ID },
    );
    expect(data.customer).toEqual({
      providerId: SPHEREPAY_SEED_INDIVIDUAL_ID,
      metadata: [{ key: 'keep', value: 'yes' }],
    });
  });
});
