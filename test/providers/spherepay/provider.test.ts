import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerModel, CustomerType } from '../../../src/model/customer.js';
import { ProviderError, UserInputError } from '../../../src/model/errors.js';
import { encodeCursor } from '../../../src/providers/cursor.js';
import { planPages } from '../../../src/providers/paging.js';
import { createSpherePayProvider, SPHEREPAY_MAX_LIMIT } from '../../../src/providers/spherepay/index.js';
import type { CustomerPage, CustomerProvider } from '../../../src/providers/types.js';
import {
  SPHEREPAY_SEED_BUSINESS_ID,
  SPHEREPAY_SEED_DOCUMENTS,
  SPHEREPAY_SEED_INDIVIDUAL_ID,
  startSpherePaySimulator,
  type SpherePaySimulator,
} from '../../../src/simulator/spherepay/index.js';
import { failure } from '../../helpers/failure.js';
import { capturingCall, silentCall } from './call-context.js';
import { expectedModels, stampedOnArrival } from '../../fixtures/expected-models.js';
import { spherepay } from '../../fixtures/index.js';
import { skipBackoff } from '../../helpers/backoff.js';

const GET_ONE = 'GET /v2/customer/:id';
const LIST = 'GET /v2/customer';

function expectProviderError(error: Error, code: string): ProviderError {
  expect(error, String(error.stack)).toBeInstanceOf(ProviderError);
  const e = error as ProviderError;
  expect({ code: e.code, provider: e.provider }).toEqual({ code, provider: 'SPHEREPAY' });
  return e;
}

describe('SpherePay provider', () => {
  let sim: SpherePaySimulator;
  let provider: CustomerProvider;
  const call = silentCall();

  beforeAll(async () => {
    sim = await startSpherePaySimulator();
    provider = createSpherePayProvider(
      { url: sim.url, apiKey: sim.apiKey },
      { pool: { headersTimeout: 500 }, retry: { sleep: skipBackoff } },
    );
  });
  afterAll(async () => {
    await provider.close();
    await sim.close();
  });
  afterEach(() => {
    sim.faults.clear();
    sim.log.reset();
  });

  describe('getCustomer', () => {
    it('maps the documented Individual example field by field', async () => {
      const customer = await provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call);
      expect(customer).toEqual(expectedModels.spherepay.individual(stampedOnArrival));
      expect(sim.log.count(GET_ONE)).toBe(1);
    });

    it('maps the documented Business example field by field', async () => {
      const customer = await provider.getCustomer(SPHEREPAY_SEED_BUSINESS_ID, call);
      expect(customer).toEqual(expectedModels.spherepay.business(stampedOnArrival));
      expect(SPHEREPAY_SEED_DOCUMENTS.business.businessLegalName).toBe('Acme Corporation Inc.');
    });

    it('maps meta, personal information and criteria errors of generated customers', async () => {
      const id = sim.dataset.findId(
        (d) =>
          d.type === 'individual' &&
          d.meta !== undefined &&
          Object.values(d.meta).includes(null) &&
          d.verificationProfiles.some((p) => p.criteria.errors.length > 0),
      );
      const doc = sim.dataset.get(id);
      const customer = await provider.getCustomer(id, call);
      if (doc?.type !== 'individual' || customer?.type !== 'INDIVIDUAL') throw new Error('expected an individual');
      expect(customer.metadata).toEqual(
        Object.entries(doc.meta ?? {}).map(([key, v]) => ({
          key,
          value: v === null ? null : typeof v === 'string' ? v : JSON.stringify(v),
        })),
      );
      expect(customer.countryOfResidence).toBe(doc.personalInformation?.residencyCountry ?? null);
      expect(customer.verificationProfiles.flatMap((p) => p.errors)).toEqual(
        doc.verificationProfiles.flatMap((p) =>
          p.criteria.errors.map((e) => ({ criterion: e.name, detail: e.detail ?? null })),
        ),
      );
      expect(customer.requestForInformation.length).toBeGreaterThan(0);
    });

    it('answers null for a customer SpherePay does not know', async () => {
      expect(await provider.getCustomer(spherepay.unknownId, call)).toBeNull();
      expect(sim.log.count(GET_ONE)).toBe(1);
    });

    it.each(['cus_123', 'customer_ABC', 'customer_../../v1/webhook', '', 'customer_' + 'a'.repeat(65)])(
      'refuses the malformed id %j without calling SpherePay',
      async (id) => {
        const error = await failure(provider.getCustomer(id, call));
        expect(error).toBeInstanceOf(UserInputError);
        expect(sim.log.count()).toBe(0);
      },
    );

    it('sends the API key as a bearer token', async () => {
      await provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call);
      expect(sim.log.entries[0]?.headers.authorization).toBe(`Bearer ${sim.apiKey}`);
      expect(sim.log.entries[0]?.headers['x-request-id']).toBe(call.requestId);
    });

    it('refuses a document for a different customer than asked', async () => {
      sim.faults.add({ route: GET_ONE, status: 200, body: SPHEREPAY_SEED_DOCUMENTS.business });
      const error = await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call));
      expect(expectProviderError(error, 'PROVIDER_UNAVAILABLE').detail).toEqual({ invalidPaths: ['id'] });
    });
  });

  describe('getCapabilities', () => {
    it('is empty for a known customer and null for an unknown one', async () => {
      expect(await provider.getCapabilities(SPHEREPAY_SEED_INDIVIDUAL_ID, call)).toEqual([]);
      expect(await provider.getCapabilities(spherepay.unknownId, call)).toBeNull();
    });
  });

  describe('error classification', () => {
    it.each([401, 403] as const)('reports PROVIDER_AUTH_FAILED when a wrong key gets %i', async (status) => {
      const strict = await startSpherePaySimulator({ authFailureStatus: status });
      const wrong = createSpherePayProvider({ url: strict.url, apiKey: 'secret_wrong' });
      try {
        const { call: capturing, lines } = capturingCall();
        const error = await failure(wrong.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, capturing));
        const e = expectProviderError(error, 'PROVIDER_AUTH_FAILED');
        expect(e.detail).toMatchObject({ status, correlationId: expect.stringMatching(/^[0-9a-f]{32}$/) });
        expect(lines.some((l) => (l.upstream as { status?: number } | undefined)?.status === status)).toBe(true);
        expect(JSON.stringify(lines)).not.toContain('secret_wrong');
        expectProviderError(
          await failure(wrong.listCustomers({ type: null, first: 5, after: null }, call)),
          'PROVIDER_AUTH_FAILED',
        );
      } finally {
        await wrong.close();
        await strict.close();
      }
    });

    it.each([422, 400])('reports BAD_USER_INPUT for an injected %i', async (status) => {
      sim.faults.add({ status });
      expectProviderError(await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call)), 'BAD_USER_INPUT');
      expectProviderError(
        await failure(provider.listCustomers({ type: null, first: 5, after: null }, call)),
        'BAD_USER_INPUT',
      );
    });

    it('reports PROVIDER_RATE_LIMITED for 429', async () => {
      sim.faults.add({ status: 429 });
      expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call)),
        'PROVIDER_RATE_LIMITED',
      );
    });

    it.each([500, 502, 503])('reports PROVIDER_UNAVAILABLE for %i', async (status) => {
      sim.faults.add({ status });
      expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call)),
        'PROVIDER_UNAVAILABLE',
      );
    });

    it.each(['shape', 'truncated'] as const)('reports PROVIDER_UNAVAILABLE for a %s body', async (malformed) => {
      sim.faults.add({ malformed });
      expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call)),
        'PROVIDER_UNAVAILABLE',
      );
      expectProviderError(
        await failure(provider.listCustomers({ type: null, first: 5, after: null }, call)),
        'PROVIDER_UNAVAILABLE',
      );
    });

    it('reports PROVIDER_UNAVAILABLE when SpherePay never answers', async () => {
      sim.faults.add({ hang: true });
      expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, call)),
        'PROVIDER_UNAVAILABLE',
      );
    });

    it('logs the correlation id with the status at warn level, never in the message or with the body', async () => {
      sim.faults.add({ status: 503 });
      const { call: capturing, lines } = capturingCall();
      const error = expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, capturing)),
        'PROVIDER_UNAVAILABLE',
      );
      const warn = lines.find((l) => l.level === 40);
      const upstream = warn?.upstream as { status: number; correlationId: string } | undefined;
      expect(upstream, JSON.stringify(lines, null, 2)).toMatchObject({
        provider: 'SPHEREPAY',
        status: 503,
        correlationId: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(error.detail.correlationId).toBe(upstream?.correlationId);
      expect(error.message).not.toContain(upstream?.correlationId);
      // The body's own words never reach a log line or the message.
      expect(JSON.stringify(lines)).not.toContain('Internal server error');
      expect(error.message).not.toContain('Internal server error');
    });

    it('logs only the failing paths of a body that breaks the schema', async () => {
      sim.faults.add({ status: 200, body: { ...SPHEREPAY_SEED_DOCUMENTS.individual, tosStatus: 'signed!' } });
      const { call: capturing, lines } = capturingCall();
      const error = expectProviderError(
        await failure(provider.getCustomer(SPHEREPAY_SEED_INDIVIDUAL_ID, capturing)),
        'PROVIDER_UNAVAILABLE',
      );
      expect(error.detail).toEqual({ invalidPaths: ['tosStatus'] });
      expect(JSON.stringify(lines)).not.toContain('jane.smith@example.com');
      expect(JSON.stringify(lines)).not.toContain('signed');
    });
  });

  describe('listCustomers', () => {
    /** Walks a whole list with `first`, checking order, cursors and the upstream pages of every step. */
    async function walk(type: CustomerType | null, first: number) {
      const ids: string[] = [];
      const pages: CustomerPage[] = [];
      let after: string | null = null;
      do {
        const page = await provider.listCustomers({ type, first, after }, call);
        pages.push(page);
        ids.push(...page.rows.map((r) => r.customer.providerId));
        after = page.rows.at(-1)?.cursor ?? null;
        if (!page.hasNextPage) break;
      } while (pages.length < 100);
      return { ids, pages };
    }

    const expectedIds = (type: CustomerType | null) =>
      type === 'INDIVIDUAL'
        ? sim.dataset.individualIds
        : type === 'BUSINESS'
          ? sim.dataset.businessIds
          : sim.dataset.ids;

    it.each([
      // [type, first, expected upstream requests for the whole walk]
      [null, 7, 36], // 250 / 7: 36 windows, each exactly one page of 7
      ['INDIVIDUAL', 13, 12], // 150 / 13: 12 windows, each one page of 13
      ['BUSINESS', 100, 1], // one page of 100, and `total` says there is no more
      [null, 100, 3],
      [null, 512, 3], // planned 6 pages of 100, only 3 can hold rows
      ['INDIVIDUAL', 512, 2],
    ] as const)('walks the %s list with first=%i in order with %i upstream pages', async (type, first, requests) => {
      const { ids, pages } = await walk(type, first);
      expect(ids).toEqual(expectedIds(type));
      expect(sim.log.count(LIST)).toBe(requests);
      expect(pages.at(-1)?.hasNextPage).toBe(false);
      expect(pages.slice(0, -1).every((p) => p.hasNextPage && p.rows.length === first)).toBe(true);
      expect(pages.every((p) => p.totalCount === expectedIds(type).length)).toBe(true);
    });

    it('crosses an upstream page boundary with the fewest pages', async () => {
      const head = await provider.listCustomers({ type: null, first: 7, after: null }, call);
      sim.log.reset();
      // Rows 7..19: one page of 20 covers them.
      const thirteen = await provider.listCustomers(
        { type: null, first: 13, after: head.rows.at(-1)?.cursor ?? null },
        call,
      );
      expect(sim.log.paths(LIST)).toEqual(['/v2/customer?page=1&limit=20']);
      expect(thirteen.rows.map((r) => r.customer.providerId)).toEqual(sim.dataset.ids.slice(7, 20));
      sim.log.reset();
      // Rows 7..106 need two pages whatever the size, since SpherePay is asked for at most 100 rows.
      const hundred = await provider.listCustomers(
        { type: null, first: 100, after: head.rows.at(-1)?.cursor ?? null },
        call,
      );
      expect(sim.log.count(LIST)).toBe(2);
      const plan = planPages(7, 100, SPHEREPAY_MAX_LIMIT);
      expect(plan.perPage).toBeLessThanOrEqual(100);
      expect(sim.log.paths(LIST).sort()).toEqual(plan.pages.map((p) => `/v2/customer?page=${p}&limit=${plan.perPage}`));
      expect(hundred.rows.map((r) => r.customer.providerId)).toEqual(sim.dataset.ids.slice(7, 107));
      expect(hundred.hasNextPage).toBe(true);
    });

    it('gives every row a cursor that continues right after it', async () => {
      const page = await provider.listCustomers({ type: 'BUSINESS', first: 10, after: null }, call);
      const from4 = await provider.listCustomers(
        { type: 'BUSINESS', first: 3, after: page.rows[3]?.cursor ?? null },
        call,
      );
      expect(from4.rows.map((r) => r.customer.providerId)).toEqual(sim.dataset.businessIds.slice(4, 7));
    });

    it('filters by type upstream and returns full documents equal to getCustomer', async () => {
      const page = await provider.listCustomers({ type: 'BUSINESS', first: 5, after: null }, call);
      expect(sim.log.paths(LIST)).toEqual(['/v2/customer?page=1&limit=5&type=business']);
      expect(page.rows.every((r) => r.customer.type === 'BUSINESS' && r.customer.detail === 'full')).toBe(true);
      const first = page.rows[0]?.customer as CustomerModel;
      // The same document; only the time it was answered differs.
      expect(await provider.getCustomer(first.providerId, call)).toEqual({ ...first, fetchedAt: expect.any(String) });
    });

    it('stops exactly at the end and answers an empty page past it', async () => {
      const { pages } = await walk('BUSINESS', 50);
      expect(pages).toHaveLength(2);
      sim.log.reset();
      const beyond = encodeCursor('SPHEREPAY', { o: 400, t: 'BUSINESS' });
      const page = await provider.listCustomers({ type: 'BUSINESS', first: 10, after: beyond }, call);
      expect(page).toMatchObject({ rows: [], hasNextPage: false, totalCount: 100 });
      expect(sim.log.count(LIST)).toBe(1);
    });

    it.each([
      ['garbage', 'not-a-cursor!'],
      ['another provider', encodeCursor('FIN', { o: 1, t: null })],
      ['an altered offset', encodeCursor('SPHEREPAY', { o: -3, t: null })],
      ['another type', encodeCursor('SPHEREPAY', { o: 5, t: 'INDIVIDUAL' })],
    ])('refuses a cursor from %s without calling SpherePay', async (_, after) => {
      const error = await failure(provider.listCustomers({ type: 'BUSINESS', first: 5, after }, call));
      expect(error).toBeInstanceOf(UserInputError);
      expect(sim.log.count()).toBe(0);
    });

    it('refuses a cursor made without a type when a type is asked', async () => {
      const page = await provider.listCustomers({ type: null, first: 2, after: null }, call);
      const error = await failure(
        provider.listCustomers({ type: 'INDIVIDUAL', first: 2, after: page.rows[1]?.cursor ?? null }, call),
      );
      expect(error).toBeInstanceOf(UserInputError);
    });

    it.each([0, 513, 1.5])('refuses first=%s', async (first) => {
      expect(await failure(provider.listCustomers({ type: null, first, after: null }, call))).toBeInstanceOf(
        UserInputError,
      );
      expect(sim.log.count()).toBe(0);
    });
  });
});
