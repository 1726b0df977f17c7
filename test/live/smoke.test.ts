import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { hexHmac } from '../../src/webhooks/signature.js';
import { collect, until, wsClient } from './ws-client.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: { webhookSecrets: { fin: 'fin-secret', spherepay: null, openfx: null } } });
});
afterAll(() => h.close());

describe('smoke', () => {
  it('delivers', async () => {
    const id = h.sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING');
    const client = wsClient(h.url);
    const sub = collect(client, 'subscription($ids:[ID!]){ customerUpdated(ids:$ids){ id providerId status } }', { ids: [id] });
    await until(() => h.live.subscriptions.clientCount() === 1, 'socket');
    await new Promise((r) => setTimeout(r, 100));
    const body = JSON.stringify({ event: { id: 'e1', event_reference_id: id, type: 'customer.status' }, data: {} });
    const res = await h.http('/webhooks/fin', { method: 'POST', headers: { 'content-type': 'application/json', 'x-fin-signature': hexHmac('sha256', 'fin-secret', body) }, body });
    expect(res.status).toBe(200);
    await until(() => sub.results.length === 1, 'message');
    console.log(JSON.stringify(sub.results), sub.error);
    const bad = await h.http('/webhooks/fin', { method: 'POST', headers: { 'x-fin-signature': 'ab' }, body });
    expect(bad.status).toBe(401);
    const httpSub = await h.gql('subscription { customerUpdated { id } }');
    console.log(httpSub.status, JSON.stringify(httpSub.body));
    await client.dispose();
  });
});
