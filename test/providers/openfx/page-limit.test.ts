import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPENFX_MAX_PAGES } from '../../../src/providers/openfx/list.js';
import { capturingCall, startPair, type Pair } from './harness.js';

// A provider that says `hasMore: true` forever, or hands back a cursor that is not a customer id,
// costs a bounded number of pages and never gets its cursor sent back.

const LIST = 'GET /v1/customers';

describe('OpenFX list paging limits', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair();
  });
  beforeEach(() => {
    pair.sim.faults.clear();
    pair.sim.log.reset();
  });
  afterAll(() => pair.close());

  /** Every list page answers with `item` and `hasMore: true`, pointing at `nextCursor`. */
  const endless = (item: object, nextCursor: string) =>
    pair.sim.faults.add({
      route: LIST,
      status: 200,
      body: { items: [item], pagination: { hasMore: true, nextCursor } },
    });

  it('stops after OPENFX_MAX_PAGES pages of a list that never ends, with PROVIDER_UNAVAILABLE', async () => {
    const customer = pair.sim.dataset.customers[0]!;
    endless(customer, customer.id);
    const err = await pair.provider
      .listCustomers({ type: null, first: 20, after: null }, capturingCall())
      .catch((e) => e);
    expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX', detail: { cause: 'page_limit' } });
    expect(pair.sim.log.count(LIST)).toBe(OPENFX_MAX_PAGES);
    expect(OPENFX_MAX_PAGES).toBe(12);
  });

  it('answers the matches found within the limit when filtering by type', async () => {
    const business = pair.sim.dataset.customers.find((c) => c.type === 'business')!;
    endless(business, business.id);
    const page = await pair.provider.listCustomers({ type: 'BUSINESS', first: 500, after: null }, capturingCall());
    expect(page.rows).toHaveLength(OPENFX_MAX_PAGES);
    expect(page.hasNextPage).toBe(true);
    expect(pair.sim.log.count(LIST)).toBe(OPENFX_MAX_PAGES);
  });

  it('fails with PROVIDER_UNAVAILABLE when filtering finds nothing within the limit', async () => {
    const individual = pair.sim.dataset.customers.find((c) => c.type === 'individual')!;
    endless(individual, individual.id);
    const err = await pair.provider
      .listCustomers({ type: 'BUSINESS', first: 5, after: null }, capturingCall())
      .catch((e) => e);
    expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX' });
    expect(pair.sim.log.count(LIST)).toBe(OPENFX_MAX_PAGES);
  });

  it.each(['../../x?y=1', 'cus_a/../../b', 'cus_' + 'a'.repeat(65), ''])(
    'refuses the provider cursor %j as PROVIDER_UNAVAILABLE without sending it',
    async (nextCursor) => {
      endless(pair.sim.dataset.customers[0]!, nextCursor);
      const err = await pair.provider
        .listCustomers({ type: null, first: 20, after: null }, capturingCall())
        .catch((e) => e);
      expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX' });
      expect(pair.sim.log.paths(LIST)).toEqual(['/v1/customers?limit=20']);
    },
  );
});
