import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/server/create-server.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startServer } from '../helpers/server-process.js';
import { changeCustomer } from './live-harness.js';
import { until } from './ws-client.js';

// Two server processes sharing one real Redis, Hive Gateway in front of replica A (subscriptions to
// the subgraph over graphql-ws), and the provider's webhook delivered to replica B.

const SECRET = 'whsec-replicas';
let redis: RedisServer;
let sims: Simulators;
let replicas: { port: number; kill: () => void }[];
let gateway: Server;
let gatewayUrl: string;

async function startReplica() {
  const server = startServer(sims, { REDIS_URL: redis.url, FIN_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'info' });
  const ready = await server.logLine(
    (l) => typeof l.msg === 'string' && l.msg.startsWith('customer-graph ready'),
    30_000,
  );
  return { port: ready.port as number, kill: () => server.proc.kill('SIGKILL') };
}

async function metric(port: number, name: string, labels = ''): Promise<number> {
  const res = await request(`http://127.0.0.1:${port}/metrics`);
  const text = await res.body.text();
  const line = text.split('\n').find((l) => l.startsWith(name) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : 0;
}

beforeAll(async () => {
  redis = await startRedis();
  sims = await startSimulators();
  replicas = await Promise.all([startReplica(), startReplica()]);
  const [a] = replicas;
  const { supergraphSdl, errors } = composeServices([
    {
      name: 'customers',
      typeDefs: parse(printSubgraphSchema(createSchema())),
      url: `http://127.0.0.1:${a!.port}/graphql`,
    },
  ]);
  if (errors) throw new Error(errors.map((e) => e.message).join('\n'));
  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl as string,
    logging: false,
    transportEntries: { customers: { options: { subscriptions: { kind: 'ws', location: '/graphql' } } } },
  });
  gateway = createServer(runtime);
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
}, 60_000);

afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((resolve) => gateway?.close(resolve));
  for (const r of replicas ?? []) r.kill();
  await sims?.close();
  await redis?.stop();
});

describe('two replicas behind Hive Gateway', () => {
  it('a subscription opened through the gateway on replica A receives an event POSTed to replica B', async () => {
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const id = sims.fin.dataset.findId('INDIVIDUAL', 'REVIEWING');
    // Client → gateway over SSE (GraphQL over HTTP's event stream); gateway → replica A over graphql-ws.
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription ($ids: [ID!]) { customerUpdated(ids: $ids) { providerId status providerStatus } }',
        variables: { ids: [id] },
      }),
    });
    expect(res.statusCode).toBe(200);
    const events: { data?: { customerUpdated?: Record<string, unknown> }; errors?: unknown[] }[] = [];
    let buffer = '';
    res.body.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data:'));
        if (block.startsWith('event: next') && data) events.push(JSON.parse(data.slice(5)) as (typeof events)[number]);
      }
    });
    await until(
      async () => (await metric(a.port, 'customer_graph_open_subscriptions')) === 1,
      'the subscription on A',
      15_000,
    );
    expect(await metric(b.port, 'customer_graph_open_subscriptions')).toBe(0);

    sims.fin.webhooks.target = { url: `http://127.0.0.1:${b.port}/webhooks/fin`, secret: SECRET };
    await changeCustomer(sims.fin.url, id, { status: 'APPROVED' });
    await until(() => events.length === 1, 'the event through the gateway', 10_000);
    expect(events[0]).toEqual({
      data: { customerUpdated: { providerId: id, status: 'APPROVED', providerStatus: 'APPROVED' } },
    });
    expect(await metric(b.port, 'customer_graph_webhook_requests_total', 'outcome="processed"')).toBe(1);
    expect(await metric(a.port, 'customer_graph_webhook_requests_total', 'outcome="processed"')).toBe(0);
    res.body.destroy();
    await until(
      async () => (await metric(a.port, 'customer_graph_open_subscriptions')) === 0,
      'A to release the subscription',
      15_000,
    );
  }, 60_000);
});
