import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFinDataset,
  FIN_BUSINESS_COUNT,
  FIN_INDIVIDUAL_COUNT,
  renderV1Detail,
  renderV2Detail,
  startFinSimulator,
  type FinSimulator,
} from '../../../src/simulator/fin/index.js';
import { expectFullCoverage } from './coverage.js';
import { call, expectStatus, login, startWithToken, type Json } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the default Fin dataset, as served', () => {
  let sim: FinSimulator;
  let token: string;
  const v1Docs: Json[] = [];
  const v2Docs: Json[] = [];

  beforeAll(async () => {
    ({ sim, token } = await startWithToken());
    const ids = [...sim.dataset.individualIds, ...sim.dataset.businessIds];
    // Fetch every customer over HTTP in modest parallel batches.
    for (let i = 0; i < ids.length; i += 50) {
      const batch = ids.slice(i, i + 50);
      const [v1, v2] = await Promise.all([
        Promise.all(batch.map((id) => call(sim, 'GET', `/v1/customers/${id}`, { token }))),
        Promise.all(batch.map((id) => call(sim, 'GET', `/v2/customers/${id}`, { token }))),
      ]);
      v1Docs.push(...v1.map((r) => expectStatus(r, 200).data));
      v2Docs.push(...v2.map((r) => expectStatus(r, 200).data));
    }
  });
  afterAll(() => sim.close());

  it('holds hundreds of customers: 600 individuals (more than one 512-row page) and 200 businesses with unique UUIDs', () => {
    expect(FIN_INDIVIDUAL_COUNT).toBe(600);
    expect(FIN_BUSINESS_COUNT).toBe(200);
    expect(v2Docs.filter((d) => d.type === 'INDIVIDUAL')).toHaveLength(600);
    expect(v2Docs.filter((d) => d.type === 'BUSINESS')).toHaveLength(200);
    const ids = v2Docs.map((d) => d.customer_id);
    expect(new Set(ids).size).toBe(800);
    for (const id of ids) expect(id).toMatch(UUID);
    const partyIds = v2Docs.flatMap((d) => (d.associated_parties ?? []).map((p: Json) => p.id));
    expect(new Set(partyIds).size).toBe(partyIds.length);
  });

  it('covers every documented status, party status, RFI section, data type, field status, label and format', () => {
    expectFullCoverage(v1Docs, v2Docs);
  });

  it('finds ids by type and V2 status, optionally by creating API version', () => {
    const { dataset } = sim;
    const id = dataset.findId('BUSINESS', 'ASSOCIATED_PARTIES_REMAINING');
    expect(v2Docs.find((d) => d.customer_id === id)?.customer_status).toBe('ASSOCIATED_PARTIES_REMAINING');
    const v1Made = dataset.findId('INDIVIDUAL', 'IN_COMPLIANCE', { createdVia: 'V1' });
    expect(v2Docs.find((d) => d.customer_id === v1Made)?.customer_status).toBe('ON_HOLD');
    expect(Object.values(dataset.seedIds)).not.toContain(dataset.findId('INDIVIDUAL', 'IN_COMPLIANCE'));
    expect(dataset.findId('INDIVIDUAL', 'IN_COMPLIANCE', { createdVia: 'V1', includeSeeds: true })).toBeTruthy();
    expect(() => dataset.findId('INDIVIDUAL', 'ASSOCIATED_PARTIES_REMAINING')).toThrow(/no INDIVIDUAL customer/);
  });
});

describe('dataset determinism', () => {
  it('builds the same customers for the same seed and different ones for another seed', () => {
    const a = createFinDataset(42);
    const b = createFinDataset(42);
    const c = createFinDataset(43);
    expect(JSON.stringify(a.customers)).toBe(JSON.stringify(b.customers));
    expect(a.individualIds).not.toEqual(c.individualIds);
    // The documented customers are the same whatever the seed.
    expect(a.seedIds).toEqual(c.seedIds);
    expect(renderV2Detail(a.get(a.seedIds.v2Business)!)).toEqual(renderV2Detail(c.get(c.seedIds.v2Business)!));
  });

  it('serves identical pages from two simulators started with the same seed', async () => {
    const [s1, s2] = await Promise.all([startFinSimulator({ seed: 7 }), startFinSimulator({ seed: 7 })]);
    try {
      const [t1, t2] = await Promise.all([login(s1), login(s2)]);
      const path = '/v2/customers?type=BUSINESS&per_page=50&current_page=2';
      const p1 = expectStatus(await call(s1, 'GET', path, { token: t1 }), 200);
      const p2 = expectStatus(await call(s2, 'GET', path, { token: t2 }), 200);
      expect(p1).toEqual(p2);
    } finally {
      await Promise.all([s1.close(), s2.close()]);
    }
  });

  it.each([1, 2, 99, 123456])('covers every documented value for seed %i too', (seed) => {
    const dataset = createFinDataset(seed);
    expectFullCoverage(dataset.customers.map(renderV1Detail), dataset.customers.map(renderV2Detail));
  });
});
