import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FinSimulator, type FinV2Status } from '../../../src/simulator/fin/index.js';
import { call, expectStatus, startWithToken, type Json } from './helpers.js';
import { fin } from '../../fixtures/index.js';

let sim: FinSimulator;
let token: string;
beforeAll(async () => {
  ({ sim, token } = await startWithToken());
});
afterAll(() => sim.close());

const get = (path: string) => call(sim, 'GET', path, { token });
const detail = async (version: 'v1' | 'v2', id: string) =>
  expectStatus(await get(`/${version}/customers/${id}`), 200).data;
const UNKNOWN = fin.unknownId;

describe('GET /v{1,2}/customers/:id errors', () => {
  it('answers 404 with each version’s own message for an unknown id', async () => {
    expect(expectStatus(await get(`/v1/customers/${UNKNOWN}`), 404)).toEqual({ message: 'Customer not found' });
    expect(expectStatus(await get(`/v2/customers/${UNKNOWN}`), 404)).toEqual({ message: 'Resource not found' });
  });

  it.each(['not-a-uuid', 'cust-uuid-1234', fin.malformedId, '56c41b8ee6504f5594f626a888a9b64d'])(
    'answers 422 for the non-UUID %s on both versions',
    async (id) => {
      for (const version of ['v1', 'v2']) {
        expect(expectStatus(await get(`/${version}/customers/${id}`), 422)).toEqual({
          message: 'The given data was invalid.',
          errors: [{ customer_id: 'The customer id must be a valid UUID.' }],
        });
      }
    },
  );

  it('checks the token before validating the id', async () => {
    const res = await call(sim, 'GET', '/v2/customers/not-a-uuid');
    expect(expectStatus(res, 401)).toEqual({ message: 'Authentication failed' });
  });

  it('finds a customer whatever the case of its UUID', async () => {
    const id = sim.dataset.businessIds[7] as string;
    expect((await detail('v2', id.toUpperCase())).customer_id).toBe(id);
  });

  it('answers other paths with 404 Resource not found', async () => {
    for (const res of [
      await get('/v3/customers'),
      await get(`/v2/customers/${UNKNOWN}/wallets`),
      await call(sim, 'POST', '/v2/customers?type=INDIVIDUAL', { token, body: {} }),
    ]) {
      expect(expectStatus(res, 404)).toEqual({ message: 'Resource not found' });
    }
  });
});

describe('V1 and V2 detail views of one record', () => {
  it('embeds capabilities on V1 only', async () => {
    const id = sim.dataset.findId('INDIVIDUAL', 'APPROVED');
    const v1 = await detail('v1', id);
    const v2 = await detail('v2', id);
    expect(v1.capabilities).toEqual({ on_ramp: expect.any(Array), off_ramp: expect.any(Array) });
    expect(v2).not.toHaveProperty('capabilities');
    const { capabilities: _c, request_for_information: _r1, customer_status: _s1, ...v1Rest } = v1;
    const { request_for_information: _r2, customer_status: _s2, ...v2Rest } = v2;
    expect(v1Rest).toEqual(v2Rest);
  });

  it.each([
    ['INDIVIDUAL', 'PROCESSING', 'QUEUED'],
    ['INDIVIDUAL', 'IN_COMPLIANCE', 'ON_HOLD'],
    ['INDIVIDUAL', 'ACTION_REQUIRED', 'REINITIATE'],
    ['BUSINESS', 'PROCESSING', 'QUEUED'],
    ['BUSINESS', 'IN_COMPLIANCE', 'ON_HOLD'],
    ['BUSINESS', 'ACTION_REQUIRED', 'REINITIATE'],
  ] as const)('shows a V1-created %s in %s as %s on both versions', async (type, status, v1Name) => {
    const id = sim.dataset.findId(type, status, { createdVia: 'V1' });
    expect((await detail('v1', id)).customer_status).toBe(v1Name);
    expect((await detail('v2', id)).customer_status).toBe(v1Name);
    const row = expectStatus(await get(`/v2/customers?type=${type}&per_page=512`), 200).data.customers.find(
      (c: Json) => c.customer_id === id,
    );
    expect(row.customer_status).toBe(v1Name);
  });

  it.each([
    ['PROCESSING', 'QUEUED'],
    ['IN_COMPLIANCE', 'ON_HOLD'],
    ['ACTION_REQUIRED', 'REINITIATE'],
  ] as const)('shows a V2-created customer in %s with the V2 name on V2 and %s on V1', async (status, v1Name) => {
    const id = sim.dataset.findId('BUSINESS', status, { createdVia: 'V2' });
    expect((await detail('v2', id)).customer_status).toBe(status);
    expect((await detail('v1', id)).customer_status).toBe(v1Name);
  });

  it('fills rejection_reason on V2 for REJECTED and ACTION_REQUIRED, on V1 for REJECTED only', async () => {
    const expectations: [FinV2Status, boolean, boolean][] = [
      ['REJECTED', true, true],
      ['ACTION_REQUIRED', true, false],
      ['APPROVED', false, false],
      ['REVIEWING', false, false],
    ];
    for (const type of ['INDIVIDUAL', 'BUSINESS'] as const) {
      for (const [status, onV2, onV1] of expectations) {
        const id = sim.dataset.findId(type, status);
        expect((await detail('v2', id)).rejection_reason !== null, `${type} ${status} v2`).toBe(onV2);
        expect((await detail('v1', id)).rejection_reason !== null, `${type} ${status} v1`).toBe(onV1);
      }
    }
  });

  it('shows business RFI sections in the V1 vocabulary on V1 and the V2 vocabulary on V2', async () => {
    const ids = sim.dataset.findIds((r) => r.type === 'BUSINESS' && r.rfi.length > 0);
    const v1Sections = new Set<string>();
    const v2Sections = new Set<string>();
    for (const id of ids.slice(0, 30)) {
      for (const item of (await detail('v1', id)).request_for_information) v1Sections.add(item.section);
      for (const item of (await detail('v2', id)).request_for_information) v2Sections.add(item.section);
    }
    for (const s of v1Sections) {
      expect([
        'company_details',
        'ownership_structure',
        'legal_presence',
        'proof_of_identity',
        'proof_of_address',
      ]).toContain(s);
    }
    for (const s of v2Sections) {
      expect([
        'formation_documents',
        'ownership_documents',
        'supporting_documents',
        'identifying_documents',
        'tax_info',
        'address_documents',
      ]).toContain(s);
    }
  });
});
