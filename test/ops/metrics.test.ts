import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { parseExposition, type Exposition } from './prom.js';

let h: Harness;
let ids: { fin: string[]; spherepay: string[]; openfx: string[] };

beforeAll(async () => {
  h = await startHarness();
  ids = {
    fin: h.sims.fin.dataset.individualIds.slice(0, 3),
    spherepay: h.sims.spherepay.dataset.individualIds.slice(0, 2) as string[],
    openfx: h.sims.openfx.dataset.ids.slice(0, 2) as string[],
  };
});
afterAll(() => h.close());

async function scrape(): Promise<Exposition> {
  const res = await h.http('/metrics');
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(res.text);
}

const OPS = 'customer_graph_graphql_operations_total';
const OP_SECONDS = 'customer_graph_graphql_operation_duration_seconds';
const BATCH = 'customer_graph_dataloader_batch_size';

describe('/metrics', () => {
  it('declares every metric family with its type', async () => {
    const m = await scrape();
    expect(Object.fromEntries(m.types)).toMatchObject({
      customer_graph_upstream_requests_total: 'counter',
      customer_graph_upstream_request_duration_seconds: 'histogram',
      customer_graph_upstream_retries_total: 'counter',
      customer_graph_circuit_state: 'gauge',
      [OPS]: 'counter',
      [OP_SECONDS]: 'histogram',
      [BATCH]: 'histogram',
      customer_graph_process_resident_memory_bytes: 'gauge',
    });
  });

  it('counts GraphQL operations by name and outcome, with a duration per name', async () => {
    const before = await scrape();
    const ok = `query OpsOk { a: customer(id: "${ids.fin[0]}") { id } b: customer(id: "${ids.spherepay[0]}") { id } }`;
    await h.data(ok);
    await h.data(ok);
    await h.data('{ __typename }');
    // A name longer than 64 characters is valid GraphQL but not a bounded label.
    await h.data(`query ${'L'.repeat(65)} { __typename }`);
    const partial = await h.gql(
      `query OpsPartial { a: customer(id: "${ids.openfx[0]}") { id } b: customer(id: "cus_doesnotexist000") { id } }`,
    );
    expect(
      partial.body.errors?.map((e) => e.extensions?.code),
      JSON.stringify(partial.body),
    ).toEqual(['NOT_FOUND']);
    const invalid = await h.gql('query OpsInvalid { noSuchField }');
    expect(invalid.status, JSON.stringify(invalid.body)).toBe(400);
    const broken = await h.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query OpsBroken { customer(', operationName: 'OpsBroken' }),
    });
    expect(broken.status, broken.text).toBe(400);

    const after = await scrape();
    const delta = (labels: Record<string, string>) => after.sum(OPS, labels) - before.sum(OPS, labels);
    expect(delta({ operation: 'OpsOk', outcome: 'ok' })).toBe(2);
    expect(delta({ operation: 'anonymous', outcome: 'ok' })).toBe(2);
    expect(delta({ operation: 'OpsPartial', outcome: 'partial' })).toBe(1);
    expect(delta({ operation: 'OpsInvalid', outcome: 'error' })).toBe(1);
    expect(delta({ operation: 'OpsBroken', outcome: 'error' })).toBe(1);
    expect(after.find(OPS).some((s) => s.labels.operation?.startsWith('LLL'))).toBe(false);
    expect(after.sum(`${OP_SECONDS}_count`, { operation: 'OpsOk' })).toBe(2);
    expect(after.sum(`${OP_SECONDS}_bucket`, { operation: 'OpsOk', le: '+Inf' })).toBe(2);
    expect(after.sum(`${OP_SECONDS}_sum`, { operation: 'OpsOk' })).toBeGreaterThan(0);
  });

  it('calls an operation whose every root field failed an error, not partial', async () => {
    const before = await scrape();
    const res = await h.gql('query OpsAllNull { customer(id: "cus_doesnotexist001") { id } }');
    expect(res.body.data, JSON.stringify(res.body)).toEqual({ customer: null });
    const after = await scrape();
    expect(after.sum(OPS, { operation: 'OpsAllNull', outcome: 'error' })).toBe(1);
    expect(before.sum(OPS, { operation: 'OpsAllNull' })).toBe(0);
  });

  it('observes DataLoader batch sizes per loader', async () => {
    const before = await scrape();
    const list = ids.fin.map((id) => `"${id}"`).join(', ');
    await h.data(`query OpsBatch { nodes(ids: [${list}]) { id ... on Customer { capabilities { __typename } } } }`);
    const after = await scrape();
    const delta = (name: string, loader: string) =>
      after.sum(`${BATCH}_${name}`, { loader }) - before.sum(`${BATCH}_${name}`, { loader });
    // Three distinct Fin customers: one batch of three keys for the document, one for capabilities.
    for (const loader of ['customer', 'detail', 'capabilities']) {
      expect(delta('count', loader), loader).toBe(1);
      expect(delta('sum', loader), loader).toBe(3);
    }
    expect(
      after.sum(`${BATCH}_bucket`, { loader: 'detail', le: '2' }) -
        before.sum(`${BATCH}_bucket`, { loader: 'detail', le: '2' }),
    ).toBe(0);
    expect(
      after.sum(`${BATCH}_bucket`, { loader: 'detail', le: '5' }) -
        before.sum(`${BATCH}_bucket`, { loader: 'detail', le: '5' }),
    ).toBe(1);
  });

  it('counts upstream requests by provider, endpoint and outcome, one per request the simulators served', async () => {
    h.sims.resetCounters();
    const before = await scrape();
    await h.data(
      `query OpsUpstream { a: customer(id: "${ids.fin[1]}") { id } b: customer(id: "${ids.spherepay[1]}") { id } c: customer(id: "${ids.openfx[1]}") { id } }`,
    );
    const after = await scrape();
    const UP = 'customer_graph_upstream_requests_total';
    const delta = (labels: Record<string, string>) => after.sum(UP, labels) - before.sum(UP, labels);
    expect(delta({ provider: 'FIN', endpoint: 'GET /v2/customers/:id' })).toBe(
      h.sims.fin.log.count('GET /v2/customers/:id'),
    );
    expect(delta({ provider: 'FIN' })).toBe(h.sims.fin.log.count());
    expect(delta({ provider: 'SPHEREPAY' })).toBe(h.sims.spherepay.log.count());
    expect(delta({ provider: 'OPENFX' })).toBe(h.sims.openfx.log.count());
    for (const provider of ['FIN', 'SPHEREPAY', 'OPENFX']) {
      expect(delta({ provider }), provider).toBeGreaterThan(0);
      for (const s of after.find(UP, { provider })) expect(s.labels.outcome, JSON.stringify(s)).toMatch(/^\w+$/);
      expect(after.sum('customer_graph_upstream_request_duration_seconds_count', { provider })).toBe(
        after.sum(UP, { provider }),
      );
    }
  });

  it('counts retries of a failed upstream attempt', async () => {
    const before = await scrape();
    h.sims.spherepay.faults.add({
      route: 'GET /v2/customer/:id',
      match: [ids.spherepay[0] as string],
      status: 503,
      times: 1,
    });
    try {
      await h.data(`query OpsRetry { customer(id: "${ids.spherepay[0]}") { id } }`);
    } finally {
      h.sims.spherepay.faults.clear();
    }
    const after = await scrape();
    const RETRIES = 'customer_graph_upstream_retries_total';
    expect(after.sum(RETRIES, { provider: 'SPHEREPAY' }) - before.sum(RETRIES, { provider: 'SPHEREPAY' })).toBe(1);
  });

  it('reports every configured circuit as closed (0) while providers answer', async () => {
    const m = await scrape();
    for (const provider of ['FIN', 'SPHEREPAY', 'OPENFX']) {
      expect(
        m.find('customer_graph_circuit_state', { provider }).map((s) => s.value),
        provider,
      ).toEqual([0]);
    }
  });
});
