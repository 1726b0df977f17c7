import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { startServer } from '../helpers/server-process.js';
import { changeCustomer } from './live-harness.js';
import { collect, until, wsClient } from './ws-client.js';

// WORKERS=2 without Redis: a webhook accepted by either worker reaches a subscriber on either worker
// (the bus relays through the cluster primary).

const SECRET = 'whsec-workers';
let sims: Simulators;
let server: ReturnType<typeof startServer>;
let port: number;

beforeAll(async () => {
  sims = await startSimulators();
  server = startServer(sims, { WORKERS: '2', FIN_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'info' });
  const ready = (n: number) => server.lines.filter((l) => l.includes('customer-graph ready')).length >= n;
  await until(() => ready(2), 'both workers', 30_000);
  port = JSON.parse(server.lines.find((l) => l.includes('customer-graph ready')) as string).port as number;
  sims.fin.webhooks.target = { url: `http://127.0.0.1:${port}/webhooks/fin`, secret: SECRET };
}, 60_000);

afterAll(async () => {
  server?.proc.kill('SIGKILL');
  await sims?.close();
});

describe('WORKERS=2 without Redis', () => {
  it('loses no event: every webhook, whichever worker takes it, reaches subscribers on both workers', async () => {
    // Several sockets, so the kernel spreads them (and the webhooks) over both workers.
    const clients = Array.from({ length: 4 }, () => wsClient(`http://127.0.0.1:${port}`));
    const subs = clients.map((c) =>
      collect<{ customerUpdated: { providerId: string } }>(
        c,
        'subscription { customerUpdated(provider: FIN) { providerId } }',
      ),
    );
    // Subscriptions are live once a first event arrives on each; prime with one change and wait.
    const ids = sims.fin.dataset.findIds((r) => r.type === 'INDIVIDUAL' && r.status === 'REVIEWING').slice(0, 9);
    let toggle = 0;
    await until(
      async () => {
        await changeCustomer(sims.fin.url, ids[0]!, { status: toggle++ % 2 ? 'REVIEWING' : 'PROCESSING' });
        await new Promise((r) => setTimeout(r, 200));
        return subs.every((s) => s.results.length > 0);
      },
      'every subscription to be live',
      20_000,
    );
    const changed = ids.slice(1);
    // Late copies of the priming change may still arrive: count only the changed customers.
    const received = (s: (typeof subs)[number]) =>
      s.results.map((r) => r.data?.customerUpdated.providerId).filter((id) => changed.includes(id as string));
    for (const id of changed) await changeCustomer(sims.fin.url, id, { status: 'APPROVED' });
    await until(() => subs.every((s) => received(s).length >= changed.length), 'every event on every socket', 20_000);
    for (const s of subs) expect(received(s).sort()).toEqual([...changed].sort());
    const workersThatServed = new Set(
      server.lines
        .map((l) => JSON.parse(l) as { msg?: string; worker?: number })
        .filter((l) => l.msg === 'webhook event received')
        .map((l) => l.worker),
    );
    console.log(`webhooks were received by worker(s) ${[...workersThatServed].join(', ')}`);
    await Promise.all(clients.map((c) => c.dispose()));
  }, 60_000);
});
