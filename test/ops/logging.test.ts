import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function linesOf(requestId: string, msg?: string): Record<string, unknown>[] {
  return h.logs.filter((l) => l.requestId === requestId && (msg === undefined || l.msg === msg));
}

function upstreamRequestIds(): string[] {
  return [h.sims.fin, h.sims.spherepay, h.sims.openfx].flatMap((s) =>
    s.log.entries.map((e) => String(e.headers['x-request-id'])),
  );
}

describe('structured logs', () => {
  it('writes one line per operation with its name, outcome, duration and error codes, under the request id', async () => {
    const requestId = 'ops-log-partial-1';
    const fin = h.sims.fin.dataset.individualIds[0] as string;
    const res = await h.gql(
      `query LogPartial { a: customer(id: "${fin}") { id } b: customer(id: "cus_doesnotexist002") { id } }`,
      undefined,
      { 'x-request-id': requestId },
    );
    expect(res.body.errors?.length, JSON.stringify(res.body)).toBe(1);
    const ops = linesOf(requestId, 'graphql operation');
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      level: 30,
      service: 'customer-graph',
      graphql: { operation: 'LogPartial', type: 'query', outcome: 'partial', errorCount: 1, errorCodes: ['NOT_FOUND'] },
    });
    const { durationMs } = (ops[0] as { graphql: { durationMs: unknown } }).graphql;
    expect(typeof durationMs === 'number' && durationMs >= 0).toBe(true);
  });

  it('sends the request id to every provider and writes it on every upstream call line', async () => {
    h.sims.resetCounters();
    const requestId = 'ops-log-upstream-1';
    await h.gql(
      `query LogUpstream {
        a: customer(id: "${h.sims.fin.dataset.individualIds[1]}") { id }
        b: customer(id: "${h.sims.spherepay.dataset.individualIds[1]}") { id }
        c: customer(id: "${h.sims.openfx.dataset.ids[1]}") { id }
      }`,
      undefined,
      { 'x-request-id': requestId },
    );
    for (const sim of [h.sims.fin, h.sims.spherepay, h.sims.openfx]) {
      expect(sim.log.count()).toBeGreaterThan(0);
      for (const entry of sim.log.entries) expect(entry.headers['x-request-id'], entry.route).toBe(requestId);
    }
    const upstream = linesOf(requestId, 'upstream call');
    const providers = upstream.map((l) => (l.upstream as { provider: string }).provider);
    expect(new Set(providers)).toEqual(new Set(['FIN', 'SPHEREPAY', 'OPENFX']));
  });

  it('makes up a request id when the client sends none or a malformed one, and uses it upstream too', async () => {
    h.sims.resetCounters();
    const before = h.logs.length;
    await h.gql(`query LogNoId { customer(id: "${h.sims.spherepay.dataset.individualIds[2]}") { id } }`, undefined, {
      'x-request-id': 'not ok: spaces and a very long tail '.repeat(4),
    });
    const op = h.logs.slice(before).find((l) => l.msg === 'graphql operation');
    expect(op?.requestId).toMatch(UUID);
    expect(upstreamRequestIds()).toEqual([op?.requestId]);
  });

  it('never logs variables or the query text, even when a variable is a malformed id holding an email', async () => {
    const doc = h.sims.spherepay.dataset.customers.find((c) => c.email);
    const email = doc?.email as string;
    const before = h.logs.length;
    const res = await h.gql(
      'query LogVariables($id: ID!, $probe: ID!) { a: customer(id: $id) { id email } b: customer(id: $probe) { id } }',
      { id: doc?.id, probe: email },
    );
    expect((res.body.data?.a as { email?: string } | null)?.email, JSON.stringify(res.body)).toBe(email);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.body.errors).includes(email)).toBe(false);
    const lines = JSON.stringify(h.logs.slice(before));
    expect(lines).toContain('LogVariables');
    expect(lines.includes(email)).toBe(false);
    expect(lines.includes('$probe')).toBe(false);
  });
});
