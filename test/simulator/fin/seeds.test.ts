import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIN_LIST_BUSINESS_SCHEMA_PARTY,
  FIN_LIST_EXAMPLE_INDIVIDUAL_SUPERSEDED,
  FIN_SEED_DOCUMENTS,
  type FinSimulator,
} from '../../../src/simulator/fin/index.js';
import { call, expectStatus, startWithToken, type Json } from './helpers.js';
import { fin } from '../../fixtures/index.js';

let sim: FinSimulator;
let token: string;
beforeAll(async () => {
  ({ sim, token } = await startWithToken());
});
afterAll(() => sim.close());

const get = async (path: string) => expectStatus(await call(sim, 'GET', path, { token }), 200);

/** Every row of one type's list, walking the pages. */
async function listAll(version: 'v1' | 'v2', type: 'INDIVIDUAL' | 'BUSINESS'): Promise<Json[]> {
  return (await get(`/${version}/customers?type=${type}&per_page=512`)).data.customers;
}

describe('documented examples', () => {
  // Byte-for-byte: same fields, same values, same key order as the documents.
  it.each([
    ['v1Individual', `/v1/customers/${fin.onHoldIndividual.id}`],
    ['v1Business', `/v1/customers/${fin.approvedBusiness.id}`],
    ['v2Business', `/v2/customers/${fin.actionRequiredBusiness.id}`],
    ['v2Individual', `/v2/customers/${fin.actionRequiredIndividual.id}`],
  ] as const)('serves %s verbatim on GET %s', async (name, path) => {
    const res = await call(sim, 'GET', path, { token });
    expectStatus(res, 200);
    expect(res.text).toBe(JSON.stringify({ data: FIN_SEED_DOCUMENTS[name] }));
  });

  it('serves the list example business verbatim as a V2 list row', async () => {
    const rows = await listAll('v2', 'BUSINESS');
    const row = rows.find((r) => r.customer_id === fin.inComplianceBusiness.id);
    expect(JSON.stringify(row)).toBe(JSON.stringify(FIN_SEED_DOCUMENTS.listBusiness));
  });

  it('lists every documented customer, with the same fields its detail shows', async () => {
    const rows = [...(await listAll('v2', 'INDIVIDUAL')), ...(await listAll('v2', 'BUSINESS'))];
    for (const id of Object.values(sim.dataset.seedIds)) {
      const row = rows.find((r) => r.customer_id === id);
      expect(row, id).toBeDefined();
      const detail = (await get(`/v2/customers/${id}`)).data;
      for (const [key, value] of Object.entries(row)) expect(detail[key], `${id} ${key}`).toEqual(value);
    }
  });
});

describe('the other endpoint’s view of each documented customer', () => {
  it('renders the list business detail from the list row plus the V2 schema examples', async () => {
    const detail = (await get(`/v2/customers/${fin.inComplianceBusiness.id}`)).data;
    expect(detail).toMatchObject(FIN_SEED_DOCUMENTS.listBusiness);
    expect(detail.verification_type).toBe('STANDARD');
    expect(detail.associated_parties).toEqual([FIN_LIST_BUSINESS_SCHEMA_PARTY]);
    expect(detail.associated_parties[0]).toMatchObject({
      id: 'f6b13e01-044a-4f74-a70b-d5f66b6449af',
      ownership_percent: 60,
      email: 'fatima.rahman22@acmecorp.com.bd',
      verification: { status: 'APPROVED', updated_at: '2026-04-13T11:40:49Z' },
    });
    expect(detail.rejection_reason).toBeNull();
    expect(detail.request_for_information).toEqual([]);
    expect(detail).not.toHaveProperty('capabilities');

    const v1 = (await get(`/v1/customers/${fin.inComplianceBusiness.id}`)).data;
    expect(v1.customer_status).toBe('ON_HOLD');
    expect(v1.capabilities.off_ramp.length).toBeGreaterThan(0);
  });

  it('shows V2-documented customers on V1 with V1 names, capabilities and V1 rules for rejection_reason', async () => {
    const v2Doc = FIN_SEED_DOCUMENTS.v2Business;
    const v1 = (await get(`/v1/customers/${v2Doc.customer_id}`)).data;
    expect(v1.customer_status).toBe('REINITIATE');
    // V1: "Populated when customer_status is REJECTED. Null otherwise."
    expect(v1.rejection_reason).toBeNull();
    expect(v1.associated_parties).toEqual(v2Doc.associated_parties);
    expect(v1.capabilities.on_ramp[0]).toMatchObject({ currency: 'USD', status: false, methods: ['ACH', 'FEDWIRE'] });
    expect(v1.request_for_information.map((i: Json) => i.section)).toEqual([
      'proof_of_identity',
      'company_details',
      'legal_presence',
      'ownership_structure',
    ]);
    for (const key of ['email', 'phone', 'created_at', 'updated_at', 'last_status_updated_at', 'tos_policies_url']) {
      expect(v1[key]).toBe(v2Doc[key as keyof typeof v2Doc]);
    }

    const individual = (await get(`/v1/customers/${FIN_SEED_DOCUMENTS.v2Individual.customer_id}`)).data;
    expect(individual.customer_status).toBe('REINITIATE');
    expect(individual.request_for_information).toEqual(FIN_SEED_DOCUMENTS.v2Individual.request_for_information);
  });

  it('shows V1-documented customers on V2 without capabilities', async () => {
    const business = (await get(`/v2/customers/${FIN_SEED_DOCUMENTS.v1Business.customer_id}`)).data;
    const { capabilities: _omitted, ...expected } = FIN_SEED_DOCUMENTS.v1Business;
    expect(JSON.stringify(business)).toBe(JSON.stringify(expected));
  });

  it('resolves the 56c41b8e conflict in favour of the V1 detail, keeping ON_HOLD on V2 as a V1-created customer', async () => {
    const id = FIN_SEED_DOCUMENTS.v1Individual.customer_id;
    expect(FIN_LIST_EXAMPLE_INDIVIDUAL_SUPERSEDED.customer_id).toBe(id);
    const v2 = (await get(`/v2/customers/${id}`)).data;
    expect(v2.customer_status).toBe('ON_HOLD');
    expect(v2.email).toBe('john.doe@fin.com');
    const row = (await listAll('v2', 'INDIVIDUAL')).find((r) => r.customer_id === id);
    expect(row).toEqual({
      customer_id: id,
      type: 'INDIVIDUAL',
      first_name: 'John',
      last_name: 'Doe',
      email: 'john.doe@fin.com',
      phone: '+14724480512',
      country_of_residence: 'USA',
      customer_status: 'ON_HOLD',
      tos_policies_url: FIN_SEED_DOCUMENTS.v1Individual.tos_policies_url,
      created_at: '2026-04-15T11:49:27Z',
      updated_at: '2026-04-15T11:52:48Z',
    });
    expect(sim.dataset.v1CreatedIds).toContain(id);
  });

  it('keeps the exported seed documents frozen', () => {
    expect(Object.isFrozen(FIN_SEED_DOCUMENTS.v2Business.associated_parties[0])).toBe(true);
    expect(() => {
      (FIN_SEED_DOCUMENTS.v1Individual as { email: string }).email = 'changed@example.com';
    }).toThrow(TypeError);
  });
});

describe('seed document constants', () => {
  // Spot checks typed from the documents, so an accidental edit of the constants cannot pass unnoticed.
  it('hold the documented values', () => {
    const { v1Individual, v1Business, v2Business, v2Individual, listBusiness } = FIN_SEED_DOCUMENTS;
    expect(v1Individual.capabilities.off_ramp.map((c) => c.currency)).toEqual([
      'USD',
      'EUR',
      'BDT',
      'AUD',
      'INR',
      'JPY',
      'NPR',
      'CAD',
      'PKR',
      'PHP',
      'SGD',
      'GBP',
    ]);
    expect(v1Business.capabilities.off_ramp[0]?.reason.for_developer).toBe('Unsupported at the moment');
    expect(v1Business.associated_parties[0]?.ownership_percent).toBe(10);
    expect(v2Business.last_status_updated_at).toBe('2026-05-04T12:32:34.47927Z');
    expect(v2Business.rejection_reason?.documents[2]?.moderation_comment).toBe(
      'This document is not accepted.\n - The uploaded file appears to be a document template.',
    );
    expect(v2Business.request_for_information[0]?.categories[0]?.fields[3]?.reason).toBe(
      'User identity document is not valid for at least 2 month(s) from the date of submission.',
    );
    expect(v2Individual.last_status_updated_at).toBe('2026-05-04T12:44:42.707598Z');
    expect(v2Individual.phone).toBe('+8801748386269');
    expect(listBusiness.customer_status).toBe('IN_COMPLIANCE');
    expect(listBusiness.created_at).toBe('2026-04-13T11:38:57Z');
  });
});
