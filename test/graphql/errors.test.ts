import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { fin, spherepay } from '../fixtures/index.js';

// Malformed ids never reach a provider; unknown ids are null with NOT_FOUND; a disabled provider
// answers PROVIDER_NOT_CONFIGURED while the others keep working.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ without: ['spherepay'] });
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

describe('malformed ids', () => {
  it.each([
    'not-an-id',
    fin.malformedId,
    'customer_XYZ',
    'cus_../../v1/customers',
    'cus_%2e%2e',
    'cus_1?x=1',
    'cus_1#frag',
    'cus_1@evil.example',
    'cus_1\r\nHost: evil',
    'ent_01953e1a5f4b7100',
    'x'.repeat(10_000),
  ])('%j gives BAD_USER_INPUT and sends nothing upstream', async (id) => {
    const res = await h.gql(`query($id: ID!) { customer(id: $id) { id } }`, { id });
    expect(res.body.data).toEqual({ customer: null });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: ['customer'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    expect(h.sims.requestCount()).toBe(0);
  });

  it('nulls only the bad entries of nodes', async () => {
    const res = await h.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [fin.actionRequiredIndividual.id, 'garbage'],
    });
    expect((res.body.data as { nodes: unknown[] }).nodes[0]).not.toBeNull();
    expect((res.body.data as { nodes: unknown[] }).nodes[1]).toBeNull();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: ['nodes', 1], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });
});

describe('unknown ids', () => {
  it('answer null with NOT_FOUND', async () => {
    const res = await h.gql(`{ customer(id: "${fin.unknownId}") { id } }`);
    expect(res.body.data).toEqual({ customer: null });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: ['customer'], extensions: { code: 'NOT_FOUND', provider: 'FIN' } }),
    ]);
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
  });
});

describe('a provider that is not configured', () => {
  it('answers PROVIDER_NOT_CONFIGURED for its ids only', async () => {
    const res = await h.gql(`{
      a: customer(id: "${spherepay.individual.id}") { id }
      b: customer(id: "${fin.actionRequiredIndividual.id}") { status }
    }`);
    expect(res.body.data).toEqual({ a: null, b: { status: 'ACTION_REQUIRED' } });
    expect(res.body.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['a'], { code: 'PROVIDER_NOT_CONFIGURED', provider: 'SPHEREPAY' }],
    ]);
    const list = await h.gql(`{ customers(provider: SPHEREPAY, first: 1) { totalCount } }`);
    expect(list.body.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['customers'], { code: 'PROVIDER_NOT_CONFIGURED', provider: 'SPHEREPAY' }],
    ]);
    expect(h.sims.spherepay.log.count()).toBe(0);
  });
});
