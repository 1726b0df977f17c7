// Live-status benchmark: latency from a provider's webhook to the subscriber's message under a burst of
// signed webhooks, and server heap per open subscription. Run: `npx tsx bench/live.ts [events] [subscriptions]`.
// The server runs in its own process (as `npm start` would, against the simulators in this process), so
// its heap is measured apart from this client's.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import { request } from 'undici';
import WebSocket from 'ws';
import { simulatorAnnouncement, simulatorEnv, startSimulators } from '../src/simulator/index.js';
import { hexHmac } from '../src/webhooks/signature.js';
import { freePort, killAllChildren, spawnNode, waitForHttp } from './processes.js';

const EVENTS = Number(process.argv[2] ?? 1000);
const SUBSCRIPTIONS = Number(process.argv[3] ?? 2000);
const CONCURRENCY = 50;
const SECRET = 'whsec-bench';

const sims = await startSimulators();
const port = await freePort();
const server = spawnNode('server', ['--import', 'tsx', 'src/main.ts'], {
  ...process.env,
  ...simulatorEnv(simulatorAnnouncement(sims)),
  PORT: String(port),
  ALLOW_UNAUTHENTICATED: 'true',
  LOG_LEVEL: 'warn',
  FIN_WEBHOOK_SECRET: SECRET,
  OPENFX_WEBHOOK_SECRET: SECRET,
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitForHttp(`${base}/healthz`, server);
  const heap = async () => {
    const text = await (await request(`${base}/metrics`)).body.text();
    const line = text.split('\n').find((l) => l.startsWith('customer_graph_nodejs_heap_size_used_bytes'));
    return Number(line?.split(' ').pop());
  };
  const client = (i = 0) =>
    createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { i },
    });

  // 1. Latency: one subscriber for every customer; EVENTS webhooks, each for a distinct customer.
  const customers = [
    ...sims.fin.dataset.customers.map((c) => ({ provider: 'fin' as const, id: c.id })),
    ...sims.openfx.dataset.customers.map((c) => ({ provider: 'openfx' as const, id: c.id })),
  ].slice(0, EVENTS);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const watcher = client();
  watcher.subscribe<{ customerUpdated: { providerId: string } }>(
    { query: 'subscription { customerUpdated { providerId status } }' },
    {
      next: (r) => {
        const at = sentAt.get(r.data?.customerUpdated.providerId ?? '');
        if (at !== undefined) latencies.push(performance.now() - at);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await sleep(300);
  const post = async ({ provider, id }: (typeof customers)[number]) => {
    const eventId = randomUUID();
    const body =
      provider === 'fin'
        ? JSON.stringify({ event: { id: eventId, event_reference_id: id, type: 'customer.status' }, data: {} })
        : JSON.stringify({
            id: `whd_${eventId}`,
            type: 'customer.updated',
            data: { resourceType: 'customer', resourceId: id },
          });
    const headers: Record<string, string> =
      provider === 'fin'
        ? { 'x-fin-signature': hexHmac('sha256', SECRET, body) }
        : {
            'x-openfx-signature': hexHmac('sha256', SECRET, body),
            'x-openfx-timestamp': String(Math.floor(Date.now() / 1000)),
            'x-openfx-event-id': `evt_${eventId}`,
          };
    sentAt.set(id, performance.now());
    const res = await request(`${base}/webhooks/${provider}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    await res.body.dump();
    if (res.statusCode !== 200) throw new Error(`webhook answered ${res.statusCode}`);
  };
  const started = performance.now();
  const queue = [...customers];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await post(next);
    }),
  );
  const acked = performance.now() - started;
  const deadline = Date.now() + 30_000;
  while (latencies.length < customers.length && Date.now() < deadline) await sleep(20);
  const total = performance.now() - started;
  latencies.sort((a, b) => a - b);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
  console.log(
    `burst of ${customers.length} webhooks (${CONCURRENCY} concurrent): all acknowledged in ${acked.toFixed(0)} ms, ` +
      `${latencies.length} messages delivered in ${total.toFixed(0)} ms; webhook sent → message delivered ` +
      `p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`,
  );
  await watcher.dispose();

  // 2. Memory: SUBSCRIPTIONS open subscriptions over 20 sockets, server heap before and after.
  await sleep(500);
  const before = await heap();
  const sockets = Array.from({ length: 20 }, (_, i) => client(i + 1));
  const per = Math.ceil(SUBSCRIPTIONS / sockets.length);
  for (const s of sockets) {
    for (let i = 0; i < per; i++) {
      s.subscribe(
        { query: 'subscription { customerUpdated(provider: FIN) { id status } }' },
        { next() {}, error() {}, complete() {} },
      );
    }
  }
  const open = async () => {
    const text = await (await request(`${base}/metrics`)).body.text();
    return Number(
      text
        .split('\n')
        .find((l) => l.startsWith('customer_graph_open_subscriptions'))
        ?.split(' ')
        .pop(),
    );
  };
  while ((await open()) < per * sockets.length) await sleep(50);
  await sleep(500);
  const during = await heap();
  console.log(
    `${per * sockets.length} open subscriptions on ${sockets.length} sockets: server heap ${(before / 1048576).toFixed(1)} → ` +
      `${(during / 1048576).toFixed(1)} MB, ≈ ${((during - before) / (per * sockets.length) / 1024).toFixed(1)} KiB per subscription (no forced GC: an upper bound)`,
  );
  await Promise.all(sockets.map((s) => s.dispose()));
  while ((await open()) > 0) await sleep(50);
  console.log(
    `after closing every socket: ${await open()} open subscriptions, server heap ${((await heap()) / 1048576).toFixed(1)} MB`,
  );
} finally {
  await server.stop();
  await sims.close();
  killAllChildren();
}
