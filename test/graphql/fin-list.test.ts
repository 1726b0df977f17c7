import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

// The Relay connection over Fin's page-numbered list.
// See https://developer.fin.com/api-reference/customers/list-customers-v2

const LIST = 'GET /v2/customers';
const PAGE = `query($type: CustomerType, $first: Int, $after: String) {
  customers(provider: FIN, type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { providerId type } }
  }
}`;

interface Page {
  customers: {
    totalCount: number | null;
    pageInfo: { hasNextPage: boolean; endCursor: string | null; startCursor: string | null };
    edges: { cursor: string; node: { providerId: string; type: string } }[];
  };
}

let h: Harness;
let allIndividuals: string[];
let allBusinesses: string[];
beforeAll(async () => {
  h = await startHarness();
  const ids = async (type: string) => {
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await h.data<Page>(PAGE, { type, first: 512, after });
      all.push(...page.customers.edges.map((e) => e.node.providerId));
      after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
    } while (after);
    return all;
  };
  allIndividuals = await ids('INDIVIDUAL');
  allBusinesses = await ids('BUSINESS');
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

async function walk(type: string | null, first: number) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: Page = await h.data<Page>(PAGE, { type, first, after });
    pages++;
    seen.push(...page.customers.edges.map((e) => e.node.providerId));
    expect(page.customers.edges.length).toBeLessThanOrEqual(first);
    if (!page.customers.pageInfo.hasNextPage) break;
    after = page.customers.pageInfo.endCursor;
    if (pages > 200) throw new Error('runaway paging');
  }
  return { seen, pages };
}

describe('customers(provider: FIN)', () => {
  it('serves a dataset of hundreds of customers of both types', () => {
    expect(allIndividuals.length).toBeGreaterThan(100);
    expect(allBusinesses.length).toBeGreaterThan(100);
    expect(allIndividuals.length).toBeGreaterThan(512);
  });

  it.each([13, 100, 512])('walks every individual with first=%i, one upstream page per page', async (first) => {
    const { seen, pages } = await walk('INDIVIDUAL', first);
    expect(seen).toEqual(allIndividuals);
    expect(h.sims.fin.log.count(LIST)).toBe(pages);
  });

  it('walks individuals then businesses when no type is given', async () => {
    const { seen } = await walk(null, 197);
    expect(seen).toEqual([...allIndividuals, ...allBusinesses]);
  });

  it('fetches no more upstream pages than a window needs', async () => {
    const head = await h.data<Page>(PAGE, { type: 'BUSINESS', first: 5 });
    h.sims.resetCounters();
    const page = await h.data<Page>(PAGE, { type: 'BUSINESS', first: 512, after: head.customers.pageInfo.endCursor });
    expect(page.customers.edges.map((e) => e.node.providerId)).toEqual(allBusinesses.slice(5));
    expect(page.customers.pageInfo.hasNextPage).toBe(false);
    expect(h.sims.fin.log.count(LIST)).toBe(1);
  });

  it('reports totalCount from Fin pagination, asking for the other type only when selected', async () => {
    const typed = await h.data<Page>(PAGE, { type: 'INDIVIDUAL', first: 3 });
    expect(typed.customers.totalCount).toBe(allIndividuals.length);
    h.sims.resetCounters();
    const both = await h.data<Page>(PAGE, { first: 3 });
    expect(both.customers.totalCount).toBe(allIndividuals.length + allBusinesses.length);
    expect(h.sims.fin.log.count(LIST)).toBe(2);
    h.sims.resetCounters();
    await h.data(`{ customers(provider: FIN, first: 3) { edges { cursor } } }`);
    expect(h.sims.fin.log.count(LIST)).toBe(1);
  });

  it('keeps cursors opaque and refuses one made for another type', async () => {
    const page = await h.data<Page>(PAGE, { type: 'INDIVIDUAL', first: 2 });
    const cursor = page.customers.pageInfo.endCursor as string;
    expect(cursor).not.toMatch(/INDIVIDUAL|offset/);
    h.sims.resetCounters();
    const res = await h.gql(PAGE, { type: 'BUSINESS', first: 2, after: cursor });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(h.sims.fin.log.count()).toBe(0);
  });

  it('refuses a cursor altered to walk a type its filter excludes, before asking Fin', async () => {
    const page = await h.data<Page>(PAGE, { type: 'INDIVIDUAL', first: 2 });
    const cursor = page.customers.pageInfo.endCursor as string;
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...state, s: 'BUSINESS' }), 'utf8').toString('base64url');
    h.sims.resetCounters();
    const res = await h.gql(PAGE, { type: 'INDIVIDUAL', first: 2, after: forged });
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Invalid cursor for FIN: it comes from another list or was altered.',
      extensions: { code: 'BAD_USER_INPUT', provider: 'FIN' },
    });
    expect(h.sims.fin.log.count()).toBe(0);
  });

  it.each([0, -1, 513])('refuses first=%i before asking Fin', async (first) => {
    const res = await h.gql(PAGE, { type: 'INDIVIDUAL', first });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(h.sims.fin.log.count()).toBe(0);
  });
});
