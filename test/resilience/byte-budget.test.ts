import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_BYTES } from '../../src/providers/byte-budget.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { POOL } from './helpers.js';

// One operation may hold only so many upstream bytes: `nodes` over customers whose documents are
// megabytes long answers the first ones and PROVIDER_UNAVAILABLE for the rest, and the process lives on.

const ROUTE = 'GET /v2/customer/:id';
const MiB = 2 ** 20;
const BUDGET = 4 * MiB;
const IDS = 10;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    providers: { pool: { ...POOL, headersTimeout: 5_000, bodyTimeout: 5_000, operationBytes: BUDGET } },
  });
});
afterAll(() => h.close());

describe('upstream byte budget per operation', () => {
  it('defaults to 64 MiB', () => {
    expect(MAX_OPERATION_BYTES).toBe(64 * MiB);
  });

  it('answers customers until the budget is spent, then PROVIDER_UNAVAILABLE without reading the rest', async () => {
    const docs = h.sims.spherepay.dataset.customers.slice(0, IDS);
    // Each document padded to about 1 MiB (the client drops the unknown field).
    for (const doc of docs) {
      h.sims.spherepay.faults.add({
        route: ROUTE,
        match: [doc.id],
        status: 200,
        body: { ...doc, padding: 'x'.repeat(MiB) },
      });
    }
    const ids = docs.map((d) => d.id);
    const res = await h.gql<{ nodes: ({ providerId: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { providerId } } }`,
      { ids },
    );
    const served = res.body.data?.nodes.filter((n) => n !== null) ?? [];
    // Whole bodies are reserved on arrival: exactly as many as fit, never a half-read one.
    expect(served).toHaveLength(Math.floor(BUDGET / (MiB + 2_000)));
    expect(res.body.errors).toHaveLength(IDS - served.length);
    for (const error of res.body.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'PROVIDER_UNAVAILABLE', provider: 'SPHEREPAY' });
      expect(error.message).toMatch(/has read its 4 MiB of provider responses/);
    }
    expect(h.sims.spherepay.log.count(ROUTE)).toBe(IDS);
    // The budget is the operation's own: the circuit is untouched and the next operation is served.
    expect(h.providers.SPHEREPAY?.health?.()).toEqual({ circuit: 'closed' });
    h.sims.spherepay.faults.clear();
    const next = await h.data<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(next.nodes.every((n) => n !== null)).toBe(true);
  });
});
