import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerType } from '../../../src/model/customer.js';
import { UserInputError } from '../../../src/model/errors.js';
import { encodeCursor } from '../../../src/providers/cursor.js';
import type { CustomerPage } from '../../../src/providers/types.js';
import { capturingCall, startPair, type Pair } from './harness.js';
import { openfx } from '../../fixtures/index.js';

const LIST = 'GET /v1/customers';

describe('OpenFX provider listCustomers', () => {
  let pair: Pair;
  let ids: readonly string[];
  const list = (first: number, after: string | null = null, type: CustomerType | null = null) =>
    pair.provider.listCustomers({ type, first, after }, capturingCall());
  const idsOf = (page: CustomerPage) => page.rows.map((r) => r.customer.providerId);
  const lastCursor = (page: CustomerPage) => page.rows[page.rows.length - 1]?.cursor ?? null;
  /** Requests sent, as query strings, for exact-call assertions. */
  const queries = () => pair.sim.log.paths(LIST).map((p) => p.replace('/v1/customers?', ''));

  beforeAll(async () => {
    pair = await startPair();
    ids = pair.sim.dataset.ids;
  });
  beforeEach(() => {
    pair.sim.faults.clear();
    pair.sim.log.reset();
  });
  afterAll(() => pair.close());

  it('has a dataset large enough for these tests', () => {
    expect(ids.length).toBe(250);
  });

  it.each([7, 13])('returns first=%i rows with one request of exactly that limit', async (first) => {
    const page = await list(first);
    expect(idsOf(page)).toEqual(ids.slice(0, first));
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBeNull();
    expect(queries()).toEqual([`limit=${first}`]);
    expect(page.rows.every((r) => r.customer.detail === 'full')).toBe(true);
  });

  it('crosses an upstream page boundary for first=201 with two requests', async () => {
    const page = await list(201);
    expect(idsOf(page)).toEqual(ids.slice(0, 201));
    expect(page.hasNextPage).toBe(true);
    expect(queries()).toEqual(['limit=200', `limit=1&starting_after=${ids[199]}`]);
  });

  it('reads the whole list for first=512 with two requests and no next page', async () => {
    const page = await list(512);
    expect(idsOf(page)).toEqual(ids);
    expect(page.hasNextPage).toBe(false);
    expect(queries()).toEqual(['limit=200', `limit=200&starting_after=${ids[199]}`]);
  });

  it('says there is no next page when the last row is the last customer', async () => {
    const page = await list(250);
    expect(page.hasNextPage).toBe(false);
    expect(pair.sim.log.count(LIST)).toBe(2);
    expect((await list(249)).hasNextPage).toBe(true);
  });

  it('continues from a row cursor with starting_after = that row', async () => {
    const first = await list(201);
    pair.sim.log.reset();
    const second = await list(512, lastCursor(first));
    expect(idsOf(second)).toEqual(ids.slice(201));
    expect(second.hasNextPage).toBe(false);
    expect(queries()).toEqual([`limit=200&starting_after=${ids[200]}`]);
    // Any row's cursor resumes right after that row.
    pair.sim.log.reset();
    const fromMiddle = await list(3, first.rows[9]?.cursor ?? null);
    expect(idsOf(fromMiddle)).toEqual(ids.slice(10, 13));
  });

  it.each([7, 13])('walks the whole list in pages of %i, one request per page', async (first) => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: CustomerPage = await list(first, after);
      pages++;
      seen.push(...idsOf(page));
      if (!page.hasNextPage) break;
      after = lastCursor(page);
      if (pages > 100) throw new Error('paging does not end');
    }
    expect(seen).toEqual(ids);
    expect(pages).toBe(Math.ceil(ids.length / first));
    expect(pair.sim.log.count(LIST)).toBe(pages);
  });

  it.each(['BUSINESS', 'INDIVIDUAL'] as const)('filters %s rows client-side, reading pages of 200', async (type) => {
    const wanted = type === 'BUSINESS' ? 'business' : 'individual';
    const expected = pair.sim.dataset.where((c) => c.type === wanted).map((c) => c.id);
    const page = await list(13, null, type);
    expect(idsOf(page)).toEqual(expected.slice(0, 13));
    expect(page.rows.every((r) => r.customer.type === type)).toBe(true);
    expect(page.hasNextPage).toBe(true);
    expect(queries()).toEqual(['limit=200']);

    pair.sim.log.reset();
    const all = await list(512, null, type);
    expect(idsOf(all)).toEqual(expected);
    expect(all.hasNextPage).toBe(false);
    expect(queries()).toEqual(['limit=200', `limit=200&starting_after=${ids[199]}`]);
  });

  it('walks every business in pages of 50 and ends', async () => {
    const expected = pair.sim.dataset.where((c) => c.type === 'business').map((c) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: CustomerPage = await list(50, after, 'BUSINESS');
      seen.push(...idsOf(page));
      if (!page.hasNextPage) break;
      after = lastCursor(page);
    }
    expect(seen).toEqual(expected);
  });

  it('refuses a cursor made under another type filter, without calling OpenFX', async () => {
    const page = await list(3, null, 'BUSINESS');
    pair.sim.log.reset();
    await expect(list(3, lastCursor(page), 'INDIVIDUAL')).rejects.toBeInstanceOf(UserInputError);
    await expect(list(3, lastCursor(page), null)).rejects.toBeInstanceOf(UserInputError);
    expect(pair.sim.log.count()).toBe(0);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of nonsense', Buffer.from('hello').toString('base64url')],
    ['another provider', encodeCursor('FIN', { a: openfx.activeBusiness.id, t: null })],
    ['a malformed id', encodeCursor('OPENFX', { a: 'ent_1', t: null })],
  ])('refuses an invalid cursor (%s) without calling OpenFX', async (_what, cursor) => {
    await expect(list(5, cursor)).rejects.toBeInstanceOf(UserInputError);
    expect(pair.sim.log.count()).toBe(0);
  });

  it('reports a well-formed cursor for a customer OpenFX does not know as BAD_USER_INPUT', async () => {
    const forged = encodeCursor('OPENFX', { a: 'cus_ffffffffffffffff', t: null });
    await expect(list(5, forged)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', provider: 'OPENFX' });
    expect(pair.sim.log.count(LIST)).toBe(1);
  });

  it.each([0, 513, 1.5])('refuses first=%s without calling OpenFX', async (first) => {
    await expect(list(first)).rejects.toBeInstanceOf(UserInputError);
    expect(pair.sim.log.count()).toBe(0);
  });

  it('turns a malformed list body into PROVIDER_UNAVAILABLE', async () => {
    pair.sim.faults.add({ route: LIST, malformed: 'shape' });
    await expect(list(5)).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX' });
  });

  it('stops at hasMore with no items instead of looping', async () => {
    pair.sim.faults.add({
      route: LIST,
      status: 200,
      body: { items: [], pagination: { hasMore: true, nextCursor: null } },
    });
    await expect(list(5)).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(pair.sim.log.count(LIST)).toBe(1);
  });
});
