import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hexHmac } from '../../src/webhooks/signature.js';
import { toGlobalId } from '../../src/model/global-id.js';
import type { Harness } from '../helpers/harness.js';
import { changeCustomer, SECRETS, startLiveHarness, type CountingBus } from './live-harness.js';
import { collect, until, wsClient } from './ws-client.js';

const FIELDS = 'id provider providerId status providerStatus requestForInformation { __typename }';
const BY_IDS = `subscription Watch($ids: [ID!], $provider: Provider) { customerUpdated(ids: $ids, provider: $provider) { ${FIELDS} } }`;
const READ = `query Read($id: ID!) { customer(id: $id) { ${FIELDS} } }`;

interface Updated {
  customerUpdated: {
    id: string;
    provider: string;
    providerId: string;
    status: string;
    providerStatus: string;
    requestForInformation: unknown[];
  };
}

let h: Harness & { bus: CountingBus };
/** Bus subscriptions with no client connected (the cache's own invalidation listener). */
let baseline: number;
beforeAll(async () => {
  h = await startLiveHarness();
  baseline = h.bus.listeners();
});
afterAll(() => h.close());

/** Closes clients and waits until the server has released every socket and bus subscription. */
async function closeAll(...clients: { dispose(): void | Promise<void> }[]) {
  for (const c of clients) await c.dispose();
  await until(
    () => h.live.subscriptions.clientCount() === 0 && h.bus.listeners() === baseline,
    'sockets to be released',
  );
}

/** Opens a subscription and waits until the server has subscribed it to the bus. */
async function subscribe(variables: Record<string, unknown>, query = BY_IDS) {
  const before = h.bus.listeners();
  const client = wsClient(h.url);
  const sub = collect<Updated>(client, query, variables);
  await until(
    () => h.bus.listeners() === before + 1 || sub.results.length > 0 || sub.completed,
    'the subscription to start',
  );
  return { client, sub };
}

describe('customerUpdated', () => {
  it.each([
    [
      'FIN',
      () => h.sims.fin,
      () => h.sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING'),
      'APPROVED',
      'APPROVED',
      'APPROVED',
    ],
    [
      'SPHEREPAY',
      () => h.sims.spherepay,
      () => h.sims.spherepay.dataset.findId((d) => d.verificationProfiles.some((p) => p.status === 'pending')),
      'rejected',
      'REJECTED',
      'rejected',
    ],
    [
      'OPENFX',
      () => h.sims.openfx,
      () => h.sims.openfx.dataset.where((c) => c.status === 'under_review')[0]!.id,
      'suspended',
      'SUSPENDED',
      'suspended',
    ],
  ] as const)(
    '%s: a provider webhook reaches the subscriber with the new status, and the next read shows it despite the cache',
    async (provider, sim, pickId, providerWord, status, providerStatus) => {
      const id = pickId();
      // Warm the cache (one hour TTL): only the webhook's invalidation can make the next read fresh.
      const before = await h.data<{ customer: Updated['customerUpdated'] }>(READ, { id });
      expect(before.customer.status).not.toBe(status);
      const { client, sub } = await subscribe({ ids: [id] });
      const started = Date.now();
      await changeCustomer(sim().url, id, { status: providerWord });
      await until(() => sub.results.length === 1, 'the update');
      const latencyMs = Date.now() - started;
      expect(sub.results[0]?.errors).toBeUndefined();
      expect(sub.results[0]?.data?.customerUpdated).toMatchObject({ provider, providerId: id, status, providerStatus });
      h.sims.resetCounters();
      const after = await h.data<{ customer: Updated['customerUpdated'] }>(READ, { id });
      expect(after.customer).toMatchObject({ status, providerStatus });
      // The webhook's re-fetch refilled the cache: the read cost no upstream call.
      expect(h.sims.requestCount()).toBe(0);
      console.log(`${provider}: change → subscriber in ${latencyMs} ms (control call included)`);
      await closeAll(client);
    },
  );

  it('carries a new request for information, and its resolution', async () => {
    const id = h.sims.fin.dataset.findId('INDIVIDUAL', 'PROCESSING');
    const { client, sub } = await subscribe({ ids: [toGlobalId({ provider: 'FIN', providerId: id })] });
    await changeCustomer(h.sims.fin.url, id, { rfi: 'requested' });
    // Fin sends two events for an RFI (customer.rfi, then customer.status): one message each.
    await until(() => sub.results.length === 2, 'both RFI updates');
    const requested = sub.results.at(-1)?.data?.customerUpdated;
    expect(requested?.status).toBe('ACTION_REQUIRED');
    expect(requested?.requestForInformation.length).toBeGreaterThan(0);
    const count = sub.results.length;
    await changeCustomer(h.sims.fin.url, id, { rfi: 'resolved' });
    await until(() => sub.results.length > count, 'the resolution');
    expect(sub.results.at(-1)?.data?.customerUpdated).toMatchObject({ status: 'IN_REVIEW', requestForInformation: [] });
    await closeAll(client);
  });

  it("reads the simulator's other documented SpherePay envelope (evt_… with type) the same way", async () => {
    const id = h.sims.spherepay.dataset.findId((d) => d.verificationProfiles.some((p) => p.status === 'incomplete'));
    const { client, sub } = await subscribe({ ids: [id] });
    h.sims.spherepay.webhookEnvelope = 'evt';
    try {
      await changeCustomer(h.sims.spherepay.url, id, { rfi: 'requested' });
      await until(() => sub.results.length === 1, 'the update');
    } finally {
      h.sims.spherepay.webhookEnvelope = 'event';
    }
    expect(sub.results[0]?.data?.customerUpdated).toMatchObject({
      status: 'ACTION_REQUIRED',
      providerStatus: 'resubmission_required',
    });
    await closeAll(client);
  });

  it('delivers only what the filter names; no filter means every customer', async () => {
    const [watched, other] = h.sims.openfx.dataset.where((c) => c.status === 'submitted').map((c) => c.id);
    const narrow = await subscribe({ ids: [watched] });
    const byProvider = await subscribe({ provider: 'FIN' });
    const all = await subscribe({});
    await changeCustomer(h.sims.openfx.url, other!, { status: 'active' });
    await changeCustomer(h.sims.openfx.url, watched!, { status: 'active' });
    await until(() => narrow.sub.results.length === 1 && all.sub.results.length === 2, 'both updates');
    expect(narrow.sub.results[0]?.data?.customerUpdated.providerId).toBe(watched);
    expect(byProvider.sub.results).toEqual([]);
    await closeAll(narrow.client, byProvider.client, all.client);
  });

  it('turns the same event delivered twice into one re-fetch and one message', async () => {
    const id = h.sims.fin.dataset.findId('INDIVIDUAL', 'INCOMPLETE');
    const { client, sub } = await subscribe({ ids: [id] });
    const body = JSON.stringify({
      event: { id: randomUUID(), event_reference_id: id, type: 'customer.status' },
      data: {},
    });
    const headers = { 'content-type': 'application/json', 'x-fin-signature': hexHmac('sha256', SECRETS.fin, body) };
    h.sims.resetCounters();
    expect((await h.http('/webhooks/fin', { method: 'POST', headers, body })).status).toBe(200);
    expect((await h.http('/webhooks/fin', { method: 'POST', headers, body })).status).toBe(200);
    await until(() => sub.results.length === 1, 'the update');
    await h.live.processor.idle();
    expect(sub.results).toHaveLength(1);
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
    await closeAll(client);
  });

  it('refuses malformed ids with BAD_USER_INPUT before subscribing', async () => {
    const before = h.bus.listeners();
    const client = wsClient(h.url);
    const sub = collect(client, BY_IDS, { ids: ['not-an-id'] });
    await until(() => sub.results.length > 0 || sub.error !== null || sub.completed, 'the refusal');
    const errors = sub.results[0]?.errors ?? (sub.error as { extensions?: unknown }[]);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(h.bus.listeners()).toBe(before);
    await closeAll(client);
  });

  it('holds subscription documents to the query limits', async () => {
    const client = wsClient(h.url);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const sub = collect(client, `subscription { customerUpdated { ${aliases} } }`);
    await until(() => sub.error !== null, 'the refusal');
    expect(sub.error).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' }),
      }),
    ]);
    await closeAll(client);
  });

  it('answers a subscription sent over plain HTTP with a client error naming the WebSocket endpoint', async () => {
    const res = await h.gql('subscription { customerUpdated { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(res.body.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('publishes nothing and survives when the provider is down at re-fetch; the next event recovers', async () => {
    const id = h.sims.fin.dataset.findId('BUSINESS', 'REVIEWING');
    const { client, sub } = await subscribe({ ids: [id] });
    h.sims.fin.faults.set([{ route: 'GET /v2/customers/:id', status: 503 }]);
    const delivered = h.sims.fin.webhooks.stats.delivered;
    await changeCustomer(h.sims.fin.url, id, { status: 'REJECTED' });
    await until(() => h.sims.fin.webhooks.stats.delivered > delivered, 'the webhook delivery');
    await h.live.processor.idle();
    expect(sub.results).toEqual([]);
    expect(h.logs.some((l) => l.msg === 'customer re-fetch after a webhook failed; nothing published')).toBe(true);
    h.sims.fin.faults.clear();
    await changeCustomer(h.sims.fin.url, id, { status: 'APPROVED' });
    await until(() => sub.results.length === 1, 'the recovered update');
    expect(sub.results[0]?.data?.customerUpdated.status).toBe('APPROVED');
    await closeAll(client);
  });
});
