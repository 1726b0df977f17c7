import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIN_V1_STATUSES, type FinSimulator } from '../../../src/simulator/fin/index.js';
import { call, expectStatus, startWithToken, type Json } from './helpers.js';

let sim: FinSimulator;
let token: string;
beforeAll(async () => {
  ({ sim, token } = await startWithToken());
});
afterAll(() => sim.close());

const list = (query: string, version: 'v1' | 'v2' = 'v2') =>
  call(sim, 'GET', `/${version}/customers${query}`, { token });
const page = async (query: string, version: 'v1' | 'v2' = 'v2') => expectStatus(await list(query, version), 200).data;

const SUMMARY_INDIVIDUAL = [
  'customer_id',
  'type',
  'first_name',
  'last_name',
  'email',
  'phone',
  'country_of_residence',
  'customer_status',
  'tos_policies_url',
  'created_at',
  'updated_at',
];
const SUMMARY_BUSINESS = [
  'customer_id',
  'type',
  'business_name',
  'email',
  'phone',
  'country_of_incorporation',
  'customer_status',
  'tos_policies_url',
  'created_at',
  'updated_at',
];

describe('GET /v2/customers paging', () => {
  it('defaults to page 1 of 10 and reports totals for the type', async () => {
    const data = await page('?type=INDIVIDUAL');
    const total = sim.dataset.individualIds.length;
    expect(data.pagination).toEqual({ current_page: 1, per_page: 10, total_page: Math.ceil(total / 10), total });
    expect(data.customers.map((c: Json) => c.customer_id)).toEqual(sim.dataset.individualIds.slice(0, 10));
  });

  it('splits the list into consecutive pages that cover every customer exactly once', async () => {
    const total = sim.dataset.businessIds.length;
    const perPage = 37;
    const first = await page(`?type=BUSINESS&per_page=${perPage}`);
    expect(first.pagination.total_page).toBe(Math.ceil(total / perPage));
    const seen: string[] = [];
    for (let p = 1; p <= first.pagination.total_page; p++) {
      const data = await page(`?type=BUSINESS&per_page=${perPage}&current_page=${p}`);
      expect(data.pagination).toEqual({
        current_page: p,
        per_page: perPage,
        total_page: first.pagination.total_page,
        total,
      });
      const expectedSize = p < first.pagination.total_page ? perPage : total - perPage * (p - 1);
      expect(data.customers).toHaveLength(expectedSize);
      seen.push(...data.customers.map((c: Json) => c.customer_id));
    }
    expect(seen).toEqual(sim.dataset.businessIds);
    expect(new Set(seen).size).toBe(total);
  });

  it('answers an empty page past the last one, with the real totals', async () => {
    const total = sim.dataset.individualIds.length;
    const data = await page('?type=INDIVIDUAL&per_page=100&current_page=99');
    expect(data).toEqual({
      pagination: { current_page: 99, per_page: 100, total_page: Math.ceil(total / 100), total },
      customers: [],
    });
  });

  it('serves up to 512 rows a page', async () => {
    const data = await page('?type=INDIVIDUAL&per_page=512');
    expect(data.pagination.total_page).toBe(Math.ceil(sim.dataset.individualIds.length / 512));
    expect(data.customers).toHaveLength(Math.min(512, sim.dataset.individualIds.length));
  });

  it('orders newest created first, the same on every call', async () => {
    const a = (await page('?type=BUSINESS&per_page=512')).customers;
    const b = (await page('?type=BUSINESS&per_page=512')).customers;
    expect(a).toEqual(b);
    const times = a.map((c: Json) => Date.parse(c.created_at));
    for (let i = 1; i < times.length; i++) expect(times[i - 1]).toBeGreaterThanOrEqual(times[i]);
  });

  it('serves only the requested type', async () => {
    const individuals = (await page('?type=INDIVIDUAL&per_page=512')).customers;
    const businesses = (await page('?type=BUSINESS&per_page=512')).customers;
    expect(new Set(individuals.map((c: Json) => c.type))).toEqual(new Set(['INDIVIDUAL']));
    expect(new Set(businesses.map((c: Json) => c.type))).toEqual(new Set(['BUSINESS']));
  });
});

describe('GET /v2/customers rows', () => {
  it('carry exactly the summary fields, none of the detail-only ones', async () => {
    const individuals = (await page('?type=INDIVIDUAL&per_page=512')).customers;
    const businesses = (await page('?type=BUSINESS&per_page=512')).customers;
    for (const row of individuals) expect(Object.keys(row)).toEqual(SUMMARY_INDIVIDUAL);
    for (const row of businesses) expect(Object.keys(row)).toEqual(SUMMARY_BUSINESS);
    for (const row of [...individuals, ...businesses]) {
      for (const detailOnly of [
        'verification_type',
        'associated_parties',
        'capabilities',
        'rejection_reason',
        'request_for_information',
        'last_status_updated_at',
      ]) {
        expect(row).not.toHaveProperty(detailOnly);
      }
    }
  });

  it('agree with the V2 detail of the same customer', async () => {
    const rows = (await page('?type=BUSINESS&per_page=25&current_page=3')).customers;
    for (const row of rows) {
      const detail = expectStatus(await call(sim, 'GET', `/v2/customers/${row.customer_id}`, { token }), 200).data;
      for (const [key, value] of Object.entries(row)) expect(detail[key], key).toEqual(value);
    }
  });
});

describe('GET /v1/customers', () => {
  it('lists the same customers in the same order with V1 status names', async () => {
    const v1 = (await page('?type=INDIVIDUAL&per_page=512', 'v1')).customers;
    const v2 = (await page('?type=INDIVIDUAL&per_page=512', 'v2')).customers;
    expect(v1.map((c: Json) => c.customer_id)).toEqual(v2.map((c: Json) => c.customer_id));
    const statuses = new Set(v1.map((c: Json) => c.customer_status));
    for (const s of statuses) expect(FIN_V1_STATUSES).toContain(s);
    for (const v2Only of ['PROCESSING', 'IN_COMPLIANCE', 'ACTION_REQUIRED']) expect(statuses.has(v2Only)).toBe(false);
    for (const s of ['QUEUED', 'ON_HOLD', 'REINITIATE']) expect(statuses.has(s)).toBe(true);
  });
});

describe('list validation', () => {
  it.each([
    ['', { type: 'The type field is required.' }],
    ['?type=', { type: 'The type field is required.' }],
    ['?type=individual', { type: 'The selected type is invalid.' }],
    ['?type=PERSON', { type: 'The selected type is invalid.' }],
    ['?type=INDIVIDUAL&per_page=0', { per_page: 'The per page must be between 1 and 512.' }],
    ['?type=INDIVIDUAL&per_page=513', { per_page: 'The per page must be between 1 and 512.' }],
    ['?type=INDIVIDUAL&per_page=ten', { per_page: 'The per page must be an integer.' }],
    ['?type=INDIVIDUAL&per_page=2.5', { per_page: 'The per page must be an integer.' }],
    ['?type=INDIVIDUAL&current_page=0', { current_page: 'The current page must be at least 1.' }],
    ['?type=INDIVIDUAL&current_page=-1', { current_page: 'The current page must be at least 1.' }],
    ['?type=INDIVIDUAL&current_page=x', { current_page: 'The current page must be an integer.' }],
  ])('answers 422 for %s', async (query, error) => {
    for (const version of ['v1', 'v2'] as const) {
      expect(expectStatus(await list(query, version), 422)).toEqual({
        message: 'The given data was invalid.',
        errors: [error],
      });
    }
  });

  it('reports every invalid parameter at once', async () => {
    const body = expectStatus(await list('?per_page=0&current_page=0'), 422);
    expect(body.errors).toEqual([
      { type: 'The type field is required.' },
      { per_page: 'The per page must be between 1 and 512.' },
      { current_page: 'The current page must be at least 1.' },
    ]);
  });

  it('needs a bearer token', async () => {
    const res = await call(sim, 'GET', '/v2/customers?type=INDIVIDUAL');
    expect(expectStatus(res, 401)).toEqual({ message: 'Authentication failed' });
  });
});
