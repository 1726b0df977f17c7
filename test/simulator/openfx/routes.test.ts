import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOpenFxSimulator, type OpenFxSimulator } from '../../../src/simulator/openfx/index.js';
import { show, signedGet, type RawResponse } from './signed-request.js';
import { openfx } from '../../fixtures/index.js';

const NOW_MS = Date.UTC(2026, 2, 1, 12, 0, 30);
const NOW_S = NOW_MS / 1000;

// The documented example, byte for byte as
// https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer prints it (whitespace removed).
const SEED_JSON =
  '{"id":"cus_01953e1a5f4b7000","entityId":"ent_01953e1a5f4b7100","type":"business","status":"active",' +
  '"kybStatus":"approved","capabilities":["accounts","payments","fx","crypto"],"metadata":{},' +
  '"createdAt":"2026-02-23T12:00:00Z","updatedAt":"2026-02-23T13:00:00Z"}';

interface ListBody {
  items: { id: string }[];
  pagination: { hasMore: boolean; nextCursor: string | null };
}

describe('OpenFX simulator customer routes', () => {
  let sim: OpenFxSimulator;
  const get = (path: string) => signedGet(sim, { path }, NOW_S);
  const list = async (query: string): Promise<ListBody> => {
    const res = await get(`/v1/customers${query}`);
    expect(res.status, show(res)).toBe(200);
    return res.json as ListBody;
  };
  const expectInvalid = (res: RawResponse, field: string) => {
    expect(res.status, show(res)).toBe(400);
    expect(res.json, show(res)).toMatchObject({
      error: {
        type: 'invalid_request_error',
        status: 400,
        retryable: false,
        fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]),
      },
    });
  };

  beforeAll(async () => {
    sim = await startOpenFxSimulator({ now: () => NOW_MS });
  });
  beforeEach(() => {
    sim.faults.clear();
    sim.log.reset();
  });
  afterAll(() => sim.close());

  it('serves the documented example verbatim as a bare Customer', async () => {
    const res = await get(`/v1/customers/${openfx.activeBusiness.id}`);
    expect(res.status, show(res)).toBe(200);
    expect(res.text).toBe(SEED_JSON);
  });

  it('answers an unknown customer with a 404 not_found_error envelope', async () => {
    const res = await get(`/v1/customers/${openfx.unknownId}`);
    expect(res.status, show(res)).toBe(404);
    expect(res.json).toEqual({
      error: {
        type: 'not_found_error',
        code: 'resource_not_found',
        message: expect.any(String),
        status: 404,
        requestId: expect.stringMatching(/^req_/),
        retryable: false,
      },
    });
  });

  it('answers a malformed customer id with a 400 and field errors', async () => {
    expectInvalid(await get('/v1/customers/ent_01953e1a5f4b7100'), 'customerId');
    expectInvalid(await get('/v1/customers/cus_abc-def'), 'customerId');
  });

  it('puts X-RateLimit headers on every response, including errors and injected faults', async () => {
    sim.faults.add({ route: 'GET /v1/customers/:id', match: ['cus_0fault'], status: 503 });
    sim.faults.add({ route: 'GET /v1/customers/:id', match: ['cus_0limit'], status: 429 });
    const responses = [
      await get(`/v1/customers/${openfx.activeBusiness.id}`),
      await get(`/v1/customers/${openfx.unknownId}`),
      await get('/v1/customers?limit=0'),
      await signedGet(sim, { path: '/v1/customers', apiKey: 'wrong' }, NOW_S),
      await get('/v1/nothing-here'),
      await get('/v1/customers/cus_0fault'),
      await get('/v1/customers/cus_0limit'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 400, 401, 404, 503, 429]);
    for (const res of responses) {
      expect(res.headers['x-ratelimit-limit'], show(res)).toBe('1000');
      expect(Number(res.headers['x-ratelimit-remaining']), show(res)).toBeGreaterThanOrEqual(0);
      // Seconds until the window resets, not an epoch: NOW is 30 s into a minute.
      // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/rate-limiting
      expect(res.headers['x-ratelimit-reset'], show(res)).toBe('30');
    }
    const limited = responses[6] as RawResponse;
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.json).toMatchObject({
      error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', retryable: true },
    });
    expect((responses[5] as RawResponse).json).toMatchObject({ error: { status: 503, retryable: true } });
  });

  it('lists 50 customers newest first by default', async () => {
    const body = await list('');
    expect(body.items.map((c) => c.id)).toEqual(sim.dataset.ids.slice(0, 50));
    expect(body.pagination).toEqual({ hasMore: true, nextCursor: sim.dataset.ids[49] });
  });

  it('walks the whole list with starting_after = nextCursor until hasMore is false', async () => {
    const seen: string[] = [];
    let query = '?limit=200';
    for (;;) {
      const body = await list(query);
      seen.push(...body.items.map((c) => c.id));
      if (!body.pagination.hasMore) {
        expect(body.pagination.nextCursor).toBeNull();
        break;
      }
      query = `?limit=200&starting_after=${body.pagination.nextCursor}`;
    }
    expect(seen).toEqual(sim.dataset.ids);
    expect(sim.log.count('GET /v1/customers')).toBe(Math.ceil(sim.dataset.ids.length / 200));
  });

  it('pages backwards with ending_before', async () => {
    const ids = sim.dataset.ids;
    const body = await list(`?limit=5&ending_before=${ids[12]}`);
    expect(body.items.map((c) => c.id)).toEqual(ids.slice(7, 12));
    expect(body.pagination).toEqual({ hasMore: true, nextCursor: ids[7] });
    const start = await list(`?limit=5&ending_before=${ids[3]}`);
    expect(start.items.map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(start.pagination).toEqual({ hasMore: false, nextCursor: null });
  });

  it.each(['0', '201', '-1', 'abc', '1.5', ''])('refuses limit=%s', async (limit) => {
    expectInvalid(await get(`/v1/customers?limit=${limit}`), 'limit');
  });

  it('accepts limit 1 and 200', async () => {
    expect((await list('?limit=1')).items).toHaveLength(1);
    expect((await list('?limit=200')).items).toHaveLength(200);
  });

  it('refuses starting_after together with ending_before', async () => {
    const [a, b] = sim.dataset.ids;
    expectInvalid(await get(`/v1/customers?starting_after=${a}&ending_before=${b}`), 'ending_before');
  });

  it('refuses a cursor that is not a customer in the list', async () => {
    expectInvalid(await get('/v1/customers?starting_after=cus_ffffffffffffffff'), 'starting_after');
    expectInvalid(await get('/v1/customers?ending_before=nonsense'), 'ending_before');
  });
});
