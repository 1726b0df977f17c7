import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SPHEREPAY_DEV_API_KEY,
  SPHEREPAY_SEED_BUSINESS_ID,
  SPHEREPAY_SEED_DOCUMENTS,
  SPHEREPAY_SEED_INDIVIDUAL_ID,
  startSpherePaySimulator,
  type SpherePayCustomerDocument,
  type SpherePaySimulator,
} from '../../../src/simulator/spherepay/index.js';
import { createSpherePayDataset } from '../../../src/simulator/spherepay/dataset.js';
import { spherepay } from '../../fixtures/index.js';

const HEX32 = /^[0-9a-f]{32}$/;

interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** GET against the simulator; `key: null` sends no Authorization header. */
async function get(sim: SpherePaySimulator, path: string, key: string | null = sim.apiKey): Promise<Reply> {
  const res = await fetch(`${sim.url}${path}`, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Asserts the status, printing the whole reply when it differs. */
function expectStatus(reply: Reply, status: number): void {
  expect(reply.status, JSON.stringify(reply.body, null, 2)).toBe(status);
}

describe('SpherePay simulator', () => {
  let sim: SpherePaySimulator;
  beforeAll(async () => {
    sim = await startSpherePaySimulator();
  });
  afterAll(() => sim.close());
  afterEach(() => {
    sim.faults.clear();
    sim.log.reset();
  });

  describe('authentication', () => {
    it('uses the dev API key by default', () => {
      expect(sim.apiKey).toBe(SPHEREPAY_DEV_API_KEY);
    });

    it.each([
      ['no Authorization header', null],
      ['a wrong key', 'secret_wrong'],
      ['an empty key', ''],
    ])('answers 401 ProblemDetails for %s', async (_, key) => {
      const reply = await get(sim, `/v2/customer/${SPHEREPAY_SEED_INDIVIDUAL_ID}`, key);
      expectStatus(reply, 401);
      expect(reply.body).toEqual({
        status: 401,
        detail: 'Invalid or missing API key.',
        code: 'unauthorized',
        correlationId: expect.stringMatching(HEX32),
      });
    });

    it('rejects the right key under another scheme', async () => {
      const res = await fetch(`${sim.url}/v2/customer`, { headers: { authorization: `Basic ${sim.apiKey}` } });
      expect(res.status).toBe(401);
    });

    it('checks the key on unknown paths before answering 404', async () => {
      expectStatus(await get(sim, '/v2/nothing-here', null), 401);
      const reply = await get(sim, '/v2/nothing-here');
      expectStatus(reply, 404);
      expect(reply.body).toMatchObject({ status: 404, code: 'resource/not-found' });
    });

    it('answers 403 Forbidden resource when configured like the current docs', async () => {
      const strict = await startSpherePaySimulator({ authFailureStatus: 403, apiKey: 'sk_live_custom' });
      try {
        const reply = await get(strict, '/v2/customer', 'secret_wrong');
        expectStatus(reply, 403);
        expect(reply.body).toEqual({ status: 403, detail: 'Forbidden resource', correlationId: expect.any(String) });
        expect(reply.body.correlationId).toMatch(HEX32);
        expectStatus(await get(strict, '/v2/customer', 'sk_live_custom'), 200);
      } finally {
        await strict.close();
      }
    });

    it('issues a fresh correlation id per response', async () => {
      const a = await get(sim, '/v2/customer', null);
      const b = await get(sim, '/v2/customer', null);
      expect(a.body.correlationId).toMatch(HEX32);
      expect(b.body.correlationId).not.toBe(a.body.correlationId);
    });
  });

  describe('GET /v2/customer/:id', () => {
    it('serves the documented Individual example verbatim and unwrapped', async () => {
      const reply = await get(sim, `/v2/customer/${SPHEREPAY_SEED_INDIVIDUAL_ID}`);
      expectStatus(reply, 200);
      expect(reply.body).toEqual(SPHEREPAY_SEED_DOCUMENTS.individual);
      expect(reply.body).toMatchObject({
        id: 'customer_f31121c389624d3697cbf3ea8830b7a4',
        email: 'jane.smith@example.com',
        firstName: 'Jane',
        tosStatus: 'incomplete',
        createdAt: '2026-03-09T20:46:31.305Z',
      });
      expect(sim.log.count('GET /v2/customer/:id')).toBe(1);
    });

    it('serves the documented Business example under its second id', async () => {
      const reply = await get(sim, `/v2/customer/${SPHEREPAY_SEED_BUSINESS_ID}`);
      expectStatus(reply, 200);
      expect(reply.body).toEqual(SPHEREPAY_SEED_DOCUMENTS.business);
      expect(reply.body).toMatchObject({
        type: 'business',
        businessLegalName: 'Acme Corporation Inc.',
        businessTradeName: 'Acme Corp',
      });
    });

    it('answers 404 resource/not-found for a well-formed unknown id', async () => {
      const reply = await get(sim, `/v2/customer/${spherepay.unknownId}`);
      expectStatus(reply, 404);
      expect(reply.body).toEqual({
        status: 404,
        detail: 'Resource not found',
        code: 'resource/not-found',
        correlationId: expect.stringMatching(HEX32),
      });
    });

    it.each(['customer_ABC', 'cus_123', 'customer_', 'customer_a%2Fb'])(
      'answers 422 for the malformed id %s',
      async (id) => {
        const reply = await get(sim, `/v2/customer/${id}`);
        expectStatus(reply, 422);
        expect(reply.body).toEqual({
          status: 422,
          detail: 'Validation failed',
          code: 'validation/failed',
          correlationId: expect.stringMatching(HEX32),
          errors: [{ detail: 'Invalid customer id', pointer: '/id' }],
        });
      },
    );
  });

  describe('GET /v2/customer', () => {
    it('defaults to page 1 of 10 in served order', async () => {
      const reply = await get(sim, '/v2/customer');
      expectStatus(reply, 200);
      expect(reply.body.customers.map((c: SpherePayCustomerDocument) => c.id)).toEqual(sim.dataset.ids.slice(0, 10));
      expect(reply.body.pagination).toEqual({
        page: 1,
        limit: 10,
        total: 250,
        totalPages: 25,
        hasNext: true,
        hasPrevious: false,
      });
    });

    it('serves full documents, identical to the detail endpoint', async () => {
      const reply = await get(sim, '/v2/customer?limit=3');
      for (const row of reply.body.customers as SpherePayCustomerDocument[]) {
        expect(row).toEqual((await get(sim, `/v2/customer/${row.id}`)).body);
      }
    });

    it('walks every customer exactly once with the largest limit', async () => {
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        const reply = await get(sim, `/v2/customer?page=${page}&limit=100`);
        expectStatus(reply, 200);
        seen.push(...reply.body.customers.map((c: SpherePayCustomerDocument) => c.id));
        expect(reply.body.pagination.hasPrevious).toBe(page > 1);
        if (!reply.body.pagination.hasNext) break;
      }
      expect(seen).toEqual(sim.dataset.ids);
      expect(sim.log.count('GET /v2/customer')).toBe(3);
    });

    it('answers an empty page past the end', async () => {
      const reply = await get(sim, '/v2/customer?page=30&limit=10');
      expectStatus(reply, 200);
      expect(reply.body.customers).toEqual([]);
      expect(reply.body.pagination).toMatchObject({ page: 30, total: 250, hasNext: false, hasPrevious: true });
    });

    it.each([
      ['limit above the simulator maximum of 100', 'limit=101', 'limit'],
      ['limit 0', 'limit=0', 'limit'],
      ['a non-numeric page', 'page=two', 'page'],
      ['page 0', 'page=0', 'page'],
      ['an unknown type', 'type=robot', 'type'],
      ['an unknown status', 'status=done', 'status'],
      ['an empty search', 'search=', 'search'],
    ])('answers 422 validation/failed for %s', async (_, qs, parameter) => {
      const reply = await get(sim, `/v2/customer?${qs}`);
      expectStatus(reply, 422);
      expect(reply.body).toMatchObject({ status: 422, code: 'validation/failed' });
      expect(reply.body.errors).toEqual([{ detail: expect.any(String), parameter }]);
    });

    it('filters by type', async () => {
      const reply = await get(sim, '/v2/customer?type=business&limit=100');
      expect(reply.body.pagination.total).toBe(100);
      expect(reply.body.customers.every((c: SpherePayCustomerDocument) => c.type === 'business')).toBe(true);
      expect(reply.body.customers.map((c: SpherePayCustomerDocument) => c.id)).toEqual(sim.dataset.businessIds);
      expect((await get(sim, '/v2/customer?type=individual')).body.pagination.total).toBe(150);
    });

    it('filters by status on any profile', async () => {
      const reply = await get(sim, '/v2/customer?status=resubmission_required&limit=100');
      const expected = sim.dataset.filterIds((d) =>
        d.verificationProfiles.some((p) => p.status === 'resubmission_required'),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(reply.body.customers.map((c: SpherePayCustomerDocument) => c.id)).toEqual(expected);
    });

    it('searches names and email case-insensitively, and matches email exactly', async () => {
      const acme = await get(sim, '/v2/customer?search=acme%20CORP');
      expect(acme.body.customers.map((c: SpherePayCustomerDocument) => c.id)).toEqual([SPHEREPAY_SEED_BUSINESS_ID]);
      const byEmail = await get(sim, '/v2/customer?email=jane.smith%40example.com');
      expect(byEmail.body.customers.map((c: SpherePayCustomerDocument) => c.id).sort()).toEqual(
        [SPHEREPAY_SEED_INDIVIDUAL_ID, SPHEREPAY_SEED_BUSINESS_ID].sort(),
      );
      const partialEmail = await get(sim, '/v2/customer?email=jane.smith');
      expect(partialEmail.body.customers).toEqual([]);
      const smith = await get(sim, '/v2/customer?search=smith&type=individual');
      expect(smith.body.customers.map((c: SpherePayCustomerDocument) => c.id)).toContain(SPHEREPAY_SEED_INDIVIDUAL_ID);
    });
  });

  describe('fault injection', () => {
    it.each([
      [429, 'rate-limit/exceeded'],
      [500, 'server/error'],
      [503, 'server/error'],
    ])('answers an injected %i with SpherePay ProblemDetails', async (status, code) => {
      sim.faults.add({ route: 'GET /v2/customer/:id', status, times: 1 });
      const reply = await get(sim, `/v2/customer/${SPHEREPAY_SEED_INDIVIDUAL_ID}`);
      expectStatus(reply, status);
      expect(reply.body).toMatchObject({ status, code, detail: expect.any(String) });
      expect(reply.body.correlationId).toMatch(HEX32);
      expectStatus(await get(sim, `/v2/customer/${SPHEREPAY_SEED_INDIVIDUAL_ID}`), 200);
    });
  });
});

describe('SpherePay simulator dataset', () => {
  const dataset = createSpherePayDataset(1);
  const profiles = dataset.customers.flatMap((c) => c.verificationProfiles);

  it('holds 150 individuals and 100 businesses with unique customer_<32 hex> ids', () => {
    expect(dataset.individualIds).toHaveLength(150);
    expect(dataset.businessIds).toHaveLength(100);
    expect(new Set(dataset.ids).size).toBe(250);
    for (const id of dataset.ids) expect(id).toMatch(/^customer_[0-9a-f]{32}$/);
  });

  it('includes both documented examples', () => {
    expect(dataset.get(SPHEREPAY_SEED_INDIVIDUAL_ID)).toEqual(SPHEREPAY_SEED_DOCUMENTS.individual);
    expect(dataset.get(SPHEREPAY_SEED_BUSINESS_ID)).toEqual(SPHEREPAY_SEED_DOCUMENTS.business);
  });

  it('is identical for a seed and differs between seeds', () => {
    expect(createSpherePayDataset(1).customers).toEqual(dataset.customers);
    const other = createSpherePayDataset(2);
    expect(other.ids).not.toEqual(dataset.ids);
  });

  it('orders customers newest first with ISO timestamps carrying milliseconds', () => {
    const created = dataset.customers.map((c) => c.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    for (const c of dataset.customers) {
      expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(c.updatedAt >= c.createdAt).toBe(true);
    }
  });

  it.each([1, 2, 3, 42])('covers every documented enum value with seed %i', (seed) => {
    const d = createSpherePayDataset(seed);
    const ps = d.customers.flatMap((c) => c.verificationProfiles);
    const individuals = d.customers.filter((c) => c.type === 'individual');
    const info = individuals.map((c) => c.personalInformation ?? {});
    const values = <T>(xs: T[]) => [...new Set(xs)].sort();
    expect(values(ps.map((p) => p.name))).toEqual(
      [
        'kyb_profile_a',
        'kyb_profile_b',
        'kyb_profile_c',
        'kyc_profile_a',
        'kyc_profile_b',
        'kyc_profile_c',
        'ubo_kyc_profile_a',
        'ubo_kyc_profile_c',
      ].sort(),
    );
    expect(values(ps.map((p) => p.status))).toEqual(
      ['approved', 'incomplete', 'pending', 'rejected', 'resubmission_required'].sort(),
    );
    expect(values(d.customers.map((c) => c.tosStatus))).toEqual(['approved', 'incomplete', 'pending']);
    expect(values(info.flatMap((i) => (i.gender ? [i.gender] : [])))).toEqual(['female', 'male', 'other']);
    expect(values(info.flatMap((i) => (i.sourceOfFunds ? [i.sourceOfFunds] : [])))).toEqual(
      ['salary', 'business_income', 'investment_returns', 'inheritance', 'gift', 'savings', 'other'].sort(),
    );
  });

  it('has customers with several profiles, and a few with none', () => {
    const layouts = dataset.customers.map((c) => c.verificationProfiles.map((p) => p.name).join('+'));
    expect(layouts).toContain('kyb_profile_a+ubo_kyc_profile_a');
    expect(layouts).toContain('kyb_profile_c+ubo_kyc_profile_c');
    expect(layouts).toContain('kyc_profile_a+kyc_profile_b');
    const none = dataset.filterIds((c) => c.verificationProfiles.length === 0);
    expect(none.length).toBeGreaterThanOrEqual(3);
    expect(none.length).toBeLessThanOrEqual(10);
  });

  it('fills each criteria array somewhere, with errors both with and without detail', () => {
    for (const key of ['complete', 'pending', 'required', 'errors'] as const) {
      expect(profiles.some((p) => p.criteria[key].length > 0)).toBe(true);
    }
    const errors = profiles.flatMap((p) => p.criteria.errors);
    expect(errors.some((e) => typeof e.detail === 'string')).toBe(true);
    expect(errors.some((e) => e.detail === undefined)).toBe(true);
    // A criterion both required and in error (the mapper must show it once).
    expect(profiles.some((p) => p.criteria.errors.some((e) => p.criteria.required.includes(e.name)))).toBe(true);
    // Approved profiles owe nothing.
    for (const p of profiles.filter((x) => x.status === 'approved')) {
      expect(p.criteria.required).toEqual([]);
      expect(p.criteria.errors).toEqual([]);
    }
  });

  it('has not-started customers: every profile untouched and ToS incomplete', () => {
    const id = dataset.findId(
      (c) =>
        c.verificationProfiles.length > 0 &&
        c.tosStatus === 'incomplete' &&
        c.verificationProfiles.every(
          (p) => p.status === 'incomplete' && p.criteria.complete.length === 0 && p.criteria.pending.length === 0,
        ),
    );
    expect(id).toMatch(/^customer_/);
  });

  it('fills every personalInformation field somewhere and leaves it out for some', () => {
    const individuals = dataset.customers.filter((c) => c.type === 'individual');
    const fields = new Set(individuals.flatMap((c) => Object.keys(c.personalInformation ?? {})));
    expect([...fields].sort()).toEqual(
      [
        'taxIdentificationNumberType',
        'taxIdentificationNumberCountry',
        'taxIdentificationNumberDescription',
        'gender',
        'countryOfBirth',
        'nationality',
        'middleName',
        'occupationSocCode',
        'residencyCountry',
        'sourceOfFunds',
      ].sort(),
    );
    expect(individuals.some((c) => c.personalInformation === undefined)).toBe(true);
  });

  it('has meta with string, number and null values, and customers without meta', () => {
    const values = dataset.customers.flatMap((c) => Object.values(c.meta ?? {}));
    expect(values.some((v) => typeof v === 'string')).toBe(true);
    expect(values.some((v) => typeof v === 'number')).toBe(true);
    expect(values.some((v) => v === null)).toBe(true);
    expect(dataset.customers.some((c) => c.meta === undefined)).toBe(true);
  });

  it('gives businesses legal and trade names', () => {
    const businesses = dataset.customers.filter((c) => c.type === 'business');
    expect(businesses.every((b) => typeof b.businessLegalName === 'string')).toBe(true);
    expect(businesses.some((b) => typeof b.businessTradeName === 'string')).toBe(true);
  });

  it('findId throws when nothing matches', () => {
    expect(() => dataset.findId(() => false)).toThrow(/no customer matches/);
  });
});
