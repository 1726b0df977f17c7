import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIN_SEED_DOCUMENTS } from '../../src/simulator/fin/seeds/documents.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin } from '../fixtures/index.js';

// Timestamps reach clients at the provider's own precision, in UTC; a timestamp that is no real time
// (outside the years RFC 3339 can write, or an impossible date) is null, not a field error.

const FIN_INDIVIDUAL = fin.actionRequiredIndividual.id;
const QUERY = `{ customer(id: "${FIN_INDIVIDUAL}") { status createdAt updatedAt statusUpdatedAt } }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.fin.faults.clear());

describe('DateTime fields', () => {
  it('keep microseconds the provider sent', async () => {
    // Fin's V2 individual example: last_status_updated_at "2026-05-04T12:44:42.707598Z".
    // See https://developer.fin.com/api-reference/customers/get-customer-details-v2
    const data = await h.data(QUERY);
    expect(data).toEqual({
      customer: {
        status: 'ACTION_REQUIRED',
        createdAt: '2026-05-04T12:40:03.000Z',
        updatedAt: '2026-05-04T12:47:50.000Z',
        statusUpdatedAt: '2026-05-04T12:44:42.707598Z',
      },
    });
  });

  it('move nanoseconds in another offset to UTC, keeping them', async () => {
    h.sims.fin.faults.add({
      route: 'GET /v2/customers/:id',
      match: [FIN_INDIVIDUAL],
      status: 200,
      body: { data: { ...FIN_SEED_DOCUMENTS.v2Individual, updated_at: '2026-05-04T14:47:50.123456789+02:00' } },
    });
    const data = await h.data<{ customer: { updatedAt: string } }>(QUERY);
    expect(data.customer.updatedAt).toBe('2026-05-04T12:47:50.123456789Z');
  });

  it.each([
    ['past the last JavaScript date', '+275760-09-13T00:00:00.001Z'],
    ['a year RFC 3339 cannot write', '+010000-01-01T00:00:00Z'],
    ['an impossible date', '2026-02-30T10:00:00Z'],
  ])('are null, without an error, for %s', async (_, value) => {
    h.sims.fin.faults.add({
      route: 'GET /v2/customers/:id',
      match: [FIN_INDIVIDUAL],
      status: 200,
      body: { data: { ...FIN_SEED_DOCUMENTS.v2Individual, created_at: value, last_status_updated_at: value } },
    });
    const res = await h.gql(QUERY);
    expect(res.body).toEqual({
      data: {
        customer: {
          status: 'ACTION_REQUIRED',
          createdAt: null,
          updatedAt: '2026-05-04T12:47:50.000Z',
          statusUpdatedAt: null,
        },
      },
    });
  });
});
