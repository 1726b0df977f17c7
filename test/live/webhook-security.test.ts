import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hexHmac } from '../../src/webhooks/signature.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const SECRETS = { fin: 'whsec-fin-test', spherepay: 'secret_0123456789abcdef0123456789abcdef', openfx: 'whsec_openfx' };

let h: Harness;
let finId: string;
let sphereId: string;
let openFxId: string;

beforeAll(async () => {
  h = await startHarness({ live: { webhookSecrets: SECRETS } });
  finId = h.sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING');
  sphereId = h.sims.spherepay.dataset.individualIds[3] as string;
  openFxId = h.sims.openfx.dataset.ids[5] as string;
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

function post(provider: string, body: string, headers: Record<string, string>) {
  return h.http(`/webhooks/${provider}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}
const finBody = (eventId: string, customerId = finId, type = 'customer.status') =>
  JSON.stringify({
    event: {
      id: eventId,
      event_reference_id: customerId,
      type,
      created_at: '2026-12-02T10:00:00Z',
      sandbox_mode: true,
    },
    data: {},
  });
const finSigned = (body: string) => ({ 'x-fin-signature': hexHmac('sha256', SECRETS.fin, body) });
const openFxBody = (customerId = openFxId, type = 'customer.status_changed') =>
  JSON.stringify({
    id: 'whd_1',
    type,
    createdAt: '2026-12-02T10:00:00Z',
    data: { resourceType: 'customer', resourceId: customerId, snapshot: {} },
  });
const openFxHeaders = (body: string, eventId: string, at = Date.now()) => ({
  'x-openfx-signature': hexHmac('sha256', SECRETS.openfx, body),
  'x-openfx-timestamp': String(Math.floor(at / 1000)),
  'x-openfx-event-id': eventId,
});

/** Upstream customer reads since the last reset, once every started re-fetch has finished. */
async function upstreamReads(): Promise<number> {
  await h.live.processor.idle();
  return h.sims.requestCount();
}
const outcome = async (provider: string, value: string) => {
  const text = await h.metrics.registry.getSingleMetricAsString('customer_graph_webhook_requests_total');
  const line = text.split('\n').find((l) => l.includes(`provider="${provider}"`) && l.includes(`outcome="${value}"`));
  return line ? Number(line.split(' ').pop()) : 0;
};

describe('webhook authentication', () => {
  it('refuses a missing, forged or wrongly keyed signature with 401, without any provider call', async () => {
    const body = finBody('3f1c2a9e-0000-4000-8000-000000000001');
    expect((await post('fin', body, {})).status).toBe(401);
    expect((await post('fin', body, { 'x-fin-signature': 'deadbeef' })).status).toBe(401);
    expect((await post('fin', body, { 'x-fin-signature': hexHmac('sha256', 'not-the-secret', body) })).status).toBe(
      401,
    );
    // The signature of another body does not carry over.
    expect((await post('fin', body, finSigned(finBody('other')))).status).toBe(401);
    expect(
      (await post('spherepay', '{"id":"evt_1","type":"customer.update","data":{}}', { signature: 'ab'.repeat(32) }))
        .status,
    ).toBe(401);
    expect(await upstreamReads()).toBe(0);
    expect(await outcome('FIN', 'unauthorized')).toBeGreaterThanOrEqual(4);
  });

  it('accepts only the documented Fin algorithm (sha256, the default when the header is absent)', async () => {
    const body = finBody('alg-1');
    expect((await post('fin', body, { ...finSigned(body), 'x-fin-signature-algorithm': 'md5' })).status).toBe(401);
    expect((await post('fin', body, { ...finSigned(body), 'x-fin-signature-algorithm': 'SHA256' })).status).toBe(200);
    await upstreamReads();
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
  });

  it('refuses an OpenFX delivery outside the ±300 s replay window, or without a timestamp', async () => {
    const body = openFxBody();
    const stale = openFxHeaders(body, 'evt_stale', Date.now() - 301_000);
    expect((await post('openfx', body, stale)).status).toBe(401);
    const future = openFxHeaders(body, 'evt_future', Date.now() + 301_000);
    expect((await post('openfx', body, future)).status).toBe(401);
    const { 'x-openfx-timestamp': _omitted, ...noTimestamp } = openFxHeaders(body, 'evt_none');
    expect((await post('openfx', body, noTimestamp)).status).toBe(401);
    expect(await upstreamReads()).toBe(0);
  });

  it('logs one line per refusal, naming the reason and never the body or the signature', async () => {
    const body = finBody('log-check-7f3a');
    const signature = hexHmac('sha256', 'wrong', body);
    await post('fin', body, { 'x-fin-signature': signature });
    const lines = h.logs.filter((l) => l.msg === 'webhook rejected');
    expect(lines.at(-1)).toMatchObject({ provider: 'FIN', reason: 'bad_signature' });
    const text = JSON.stringify(h.logs);
    expect(text).not.toContain('log-check-7f3a');
    expect(text).not.toContain(signature);
  });

  it('is not behind API_KEYS (a provider cannot send our keys) and answers 404 where no secret is set', async () => {
    const open = await startHarness({
      config: { apiKeys: ['client-key'] },
      live: { webhookSecrets: { fin: SECRETS.fin, spherepay: null, openfx: null } },
    });
    try {
      const body = finBody('keys-1', open.sims.fin.dataset.findId('INDIVIDUAL', 'APPROVED'));
      const res = await open.http('/webhooks/fin', { method: 'POST', headers: finSigned(body), body });
      expect(res.status).toBe(200);
      expect((await open.http('/webhooks/spherepay', { method: 'POST', body: '{}' })).status).toBe(404);
      expect((await open.http('/graphql', { method: 'POST', body: '{}' })).status).toBe(401);
      await open.live.processor.idle();
    } finally {
      await open.close();
    }
  });
});

describe('webhook payloads', () => {
  it('answers 400 to a signed body that is not a documented envelope, and calls nobody', async () => {
    for (const body of [
      'not json',
      '[]',
      '{"event":{}}',
      JSON.stringify({ event: { id: 'x', type: 'customer.status' } }),
    ]) {
      expect((await post('fin', body, finSigned(body))).status, body).toBe(400);
    }
    const noEventId = openFxBody();
    const { 'x-openfx-event-id': _none, ...headers } = openFxHeaders(noEventId, 'unused');
    expect((await post('openfx', noEventId, headers)).status).toBe(400);
    expect(await upstreamReads()).toBe(0);
  });

  it('answers 400 to a customer id that is not well formed for its provider, before any call', async () => {
    const body = finBody('bad-id-1', '../../v1/oauth/token');
    expect((await post('fin', body, finSigned(body))).status).toBe(400);
    const sphere = JSON.stringify({ id: 'evt_9', type: 'customer.update', data: { id: 'cus_not_spherepay' } });
    expect((await post('spherepay', sphere, { signature: hexHmac('sha256', SECRETS.spherepay, sphere) })).status).toBe(
      400,
    );
    expect(await upstreamReads()).toBe(0);
  });

  it('acknowledges and ignores events about other resources and unknown types', async () => {
    const transaction = finBody('tx-1', finId, 'transaction.status');
    const unknown = finBody('unk-1', finId, 'customer.teleported');
    const wallet = JSON.stringify({ id: 'event_0123', name: 'wallet.create', data: { wallet: { id: 'wallet_1' } } });
    expect((await post('fin', transaction, finSigned(transaction))).status).toBe(200);
    expect((await post('fin', unknown, finSigned(unknown))).status).toBe(200);
    expect((await post('spherepay', wallet, { signature: hexHmac('sha256', SECRETS.spherepay, wallet) })).status).toBe(
      200,
    );
    expect(await upstreamReads()).toBe(0);
    expect(await outcome('FIN', 'ignored')).toBeGreaterThanOrEqual(2);
  });

  it('refuses bodies over 256 KiB with 413 before verifying anything', async () => {
    const body = JSON.stringify({ event: { id: 'big', type: 'customer.status' }, pad: 'x'.repeat(256 * 1024) });
    expect((await post('fin', body, finSigned(body))).status).toBe(413);
    expect(await upstreamReads()).toBe(0);
  });

  it('processes an event id once: a replayed or redelivered event costs no second re-fetch', async () => {
    const body = finBody('dup-1');
    expect((await post('fin', body, finSigned(body))).status).toBe(200);
    expect((await post('fin', body, finSigned(body))).status).toBe(200);
    // OpenFX de-duplicates on X-OpenFX-Event-Id: a retry has a new delivery id (body) but the same event id.
    const first = openFxBody();
    const retry = first.replace('whd_1', 'whd_2');
    expect((await post('openfx', first, openFxHeaders(first, 'evt_dup'))).status).toBe(200);
    expect((await post('openfx', retry, openFxHeaders(retry, 'evt_dup'))).status).toBe(200);
    await upstreamReads();
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(1);
    expect(h.sims.openfx.log.count('GET /v1/customers/:id')).toBe(1);
    expect(await outcome('FIN', 'duplicate')).toBeGreaterThanOrEqual(1);
  });

  it('reads both documented SpherePay envelopes, and a signature over the re-serialised JSON the docs sample', async () => {
    const a = JSON.stringify({
      id: 'event_aaaa',
      name: 'customer.kyc.successful',
      data: { customer: { id: sphereId } },
      webhookRecords: [],
    });
    const b = JSON.stringify({
      id: 'evt_bbbb',
      type: 'customer.update',
      createdAt: '2026-12-02T10:00:00Z',
      data: { id: sphereId },
    });
    const spaced = JSON.stringify(JSON.parse(b.replace('evt_bbbb', 'evt_cccc')), null, 2);
    const compactSignature = hexHmac('sha256', SECRETS.spherepay, JSON.stringify(JSON.parse(spaced)));
    expect((await post('spherepay', a, { signature: hexHmac('sha256', SECRETS.spherepay, a) })).status).toBe(200);
    expect((await post('spherepay', b, { signature: hexHmac('sha256', SECRETS.spherepay, b) })).status).toBe(200);
    expect((await post('spherepay', spaced, { signature: compactSignature })).status).toBe(200);
    await upstreamReads();
    expect(h.sims.spherepay.log.count('GET /v2/customer/:id')).toBe(3);
  });
});
