import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

// The README's status table, row by row, through the graph against the simulated Fin.com (whose
// dataset holds every documented status, with V1-created customers still using V1 names).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const STATUS = `query($id: ID!) { customer(id: $id) { status providerStatus ... on BusinessCustomer {
  associatedParties { verification { status providerStatus } } } } }`;

type Row = {
  status: string;
  providerStatus: string;
  associatedParties?: { verification: { status: string; providerStatus: string } }[];
};

describe('Fin.com status mapping', () => {
  it.each([
    ['INDIVIDUAL', 'INCOMPLETE', 'INCOMPLETE'],
    ['INDIVIDUAL', 'PROCESSING', 'IN_REVIEW'],
    ['INDIVIDUAL', 'REVIEWING', 'IN_REVIEW'],
    ['INDIVIDUAL', 'APPROVED', 'APPROVED'],
    ['INDIVIDUAL', 'IN_COMPLIANCE', 'ON_HOLD'],
    ['INDIVIDUAL', 'ACTION_REQUIRED', 'ACTION_REQUIRED'],
    ['INDIVIDUAL', 'REJECTED', 'REJECTED'],
    ['BUSINESS', 'ASSOCIATED_PARTIES_REMAINING', 'INCOMPLETE'],
    ['BUSINESS', 'IN_COMPLIANCE', 'ON_HOLD'],
    ['BUSINESS', 'ACTION_REQUIRED', 'ACTION_REQUIRED'],
  ] as const)('%s %s maps to %s', async (type, finStatus, expected) => {
    const id = h.sims.fin.dataset.findId(type, finStatus, { createdVia: 'V2' });
    const { customer } = await h.data<{ customer: Row }>(STATUS, { id });
    expect(customer).toMatchObject({ status: expected, providerStatus: finStatus });
  });

  it.each([
    ['PROCESSING', 'IN_REVIEW'],
    ['IN_COMPLIANCE', 'ON_HOLD'],
    ['ACTION_REQUIRED', 'ACTION_REQUIRED'],
  ] as const)('translates the V1 name of %s for V1-created customers', async (v2Status, expected) => {
    const id = h.sims.fin.dataset.findId('INDIVIDUAL', v2Status, { createdVia: 'V1' });
    const { customer } = await h.data<{ customer: Row }>(STATUS, { id });
    expect(customer).toEqual({ status: expected, providerStatus: v2Status });
  });

  it('maps every associated-party verification status', async () => {
    const ids = h.sims.fin.dataset.businessIds.slice(0, 80);
    const data = await h.data<{ nodes: Row[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on BusinessCustomer { associatedParties { verification { status providerStatus } } } } }`,
      { ids },
    );
    const pairs = new Map<string, string>();
    for (const c of data.nodes) {
      for (const p of c.associatedParties ?? []) pairs.set(p.verification.providerStatus, p.verification.status);
    }
    expect(Object.fromEntries(pairs)).toEqual({
      INITIATED: 'INCOMPLETE',
      REVIEWING: 'IN_REVIEW',
      APPROVED: 'APPROVED',
      REJECTED: 'REJECTED',
    });
  });
});
