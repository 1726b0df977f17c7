import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

// One request id under one key: Fastify's own lines (an auth failure) and the GraphQL layer's lines
// (an operation, its upstream calls) carry the same `requestId`, and nothing writes `reqId`.

const KEY = 'request-id-test-key-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { apiKeys: [KEY] } });
});
afterAll(() => h.close());

const query = () => `query RequestIdProbe { customer(id: "${h.sims.spherepay.dataset.individualIds[0]}") { id } }`;

describe('request id in logs', () => {
  it('is the incoming x-request-id on an auth failure and on an operation, under `requestId`', async () => {
    const denied = await h.gql(query(), undefined, { 'x-request-id': 'rid-auth-1' });
    expect(denied.status).toBe(401);
    const ok = await h.gql(query(), undefined, { 'x-request-id': 'rid-op-1', authorization: `Bearer ${KEY}` });
    expect(ok.body.errors, JSON.stringify(ok.body)).toBeUndefined();

    expect(h.logs.find((l) => l.msg === 'client authentication failed')).toMatchObject({ requestId: 'rid-auth-1' });
    expect(h.logs.find((l) => l.msg === 'graphql operation')).toMatchObject({ requestId: 'rid-op-1' });
    expect(h.logs.filter((l) => l.requestId === 'rid-op-1').map((l) => l.msg)).toContain('upstream call');
  });

  it('is made up, one per request, when the incoming one is missing or not sane', async () => {
    const before = h.logs.length;
    await h.gql(query(), undefined, { 'x-request-id': 'has spaces; and=odd' });
    await h.gql(query(), undefined, { authorization: `Bearer ${KEY}`, 'x-request-id': 'x'.repeat(65) });
    const [denied, op] = [
      h.logs.slice(before).find((l) => l.msg === 'client authentication failed'),
      h.logs.slice(before).find((l) => l.msg === 'graphql operation'),
    ];
    expect(denied?.requestId).toMatch(UUID);
    expect(op?.requestId).toMatch(UUID);
    expect(op?.requestId).not.toBe(denied?.requestId);
  });

  it('is never logged as reqId', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.filter((l) => 'reqId' in l)).toEqual([]);
  });
});
