import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatorControl } from '../../bench/simulator-control.js';
import { finWebhook } from '../../src/providers/fin/webhook.js';
import { openFxWebhook } from '../../src/providers/openfx/webhook.js';
import { spherePayWebhook } from '../../src/providers/spherepay/webhook.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import type { ProviderWebhook } from '../../src/webhooks/types.js';
import { until } from './ws-client.js';

// The simulators' outgoing webhooks, driven over their HTTP control endpoints as another process
// would, checked by the server's own verifiers: documented headers, signature over the exact bytes,
// documented envelope naming the changed customer.

let sims: Simulators;
let receiver: Server;
let receiverUrl: string;
const received: { path: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];

beforeAll(async () => {
  sims = await startSimulators();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sims.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('simulated provider webhooks', () => {
  it.each([
    ['fin', finWebhook, () => sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING'), { status: 'APPROVED' }],
    ['spherepay', spherePayWebhook, () => sims.spherepay.dataset.individualIds[7] as string, { status: 'approved' }],
    ['openfx', openFxWebhook, () => sims.openfx.dataset.ids[3] as string, { rfi: 'requested' as const }],
  ] as const)(
    '%s: a change sends a delivery the server verifies and parses',
    async (name, module: ProviderWebhook, pickId, change) => {
      const control = new SimulatorControl({
        fin: { url: sims.fin.url, clientId: '', clientSecret: '' },
        spherepay: { url: sims.spherepay.url, apiKey: '' },
        openfx: { url: sims.openfx.url, apiKey: '', privateKeyPem: '' },
      });
      const secret = `secret-${name}`;
      await control.setWebhook(name, { url: `${receiverUrl}/webhooks/${name}`, secret });
      const before = received.length;
      const id = pickId();
      await control.changeCustomer(name, id, change);
      await until(() => received.length > before, 'the delivery');
      const delivery = received.at(-1)!;
      expect(delivery.path).toBe(`/webhooks/${name}`);
      const parsed = { rawBody: delivery.body, headers: delivery.headers, receivedAt: Date.now() };
      expect(module.verify(parsed, secret)).toBeNull();
      expect(module.verify(parsed, 'another secret')).toBe('bad_signature');
      expect(module.parse(parsed)).toMatchObject({ kind: 'customer', customerId: id });
      await control.setWebhook(name, null);
    },
  );

  it('refuses a status outside the provider vocabulary (422) and an unknown customer (404), sending nothing', async () => {
    const before = received.length;
    const post = (url: string, body: unknown) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const id = sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING');
    expect((await post(`${sims.fin.url}/__simulator/customers/${id}/changes`, { status: 'approved' })).status).toBe(
      422,
    );
    expect((await post(`${sims.fin.url}/__simulator/customers/${id}/changes`, { rfi: 'maybe' })).status).toBe(422);
    expect((await post(`${sims.openfx.url}/__simulator/customers/cus_nope/changes`, { status: 'active' })).status).toBe(
      404,
    );
    expect(received.length).toBe(before);
  });

  it('refuses a webhook target that is not a JSON object (400), keeping the current one', async () => {
    const target = { url: `${receiverUrl}/webhooks/fin`, secret: 'kept' };
    sims.fin.webhooks.target = target;
    for (const body of ['null', '[]', '5', '"url"']) {
      const res = await fetch(`${sims.fin.url}/__simulator/webhook`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: 'Body must be a JSON object: `{"url", "secret"}`, or `{}` to stop.',
      });
    }
    expect(sims.fin.webhooks.target).toBe(target);
    sims.fin.webhooks.target = null;
  });
});
