import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Harness } from '../helpers/harness.js';
import { startLiveHarness, type CountingBus } from './live-harness.js';
import { collect, until, wsClient } from './ws-client.js';

const SUBSCRIPTION = 'subscription { customerUpdated { id status } }';

describe('WebSocket authentication with API_KEYS', () => {
  let h: Harness & { bus: CountingBus };
  beforeAll(async () => {
    h = await startLiveHarness({ apiKeys: ['live-key'] });
  });
  afterAll(() => h.close());

  /** Opens a raw graphql-ws socket, sends connection_init, and reports the close code and anything received. */
  async function rawConnect(payload: unknown, headers: Record<string, string> = {}) {
    const socket = new WebSocket(`${h.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    const received: string[] = [];
    socket.on('message', (m: Buffer) => received.push(m.toString('utf8')));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    const code = await new Promise<number>((resolve) => {
      socket.once('close', (c: number) => resolve(c));
      socket.once('message', () => setTimeout(() => socket.close(1000), 50));
    });
    return { code, received };
  }

  it('closes with 4403 and sends nothing without a key or with a wrong one', async () => {
    expect(await rawConnect(undefined)).toEqual({ code: 4403, received: [] });
    expect(await rawConnect({ authorization: 'Bearer wrong-key' })).toEqual({ code: 4403, received: [] });
    expect(await rawConnect({}, { authorization: 'Bearer wrong-key' })).toEqual({ code: 4403, received: [] });
  });

  it('accepts the key in the connection_init payload or in the upgrade Authorization header', async () => {
    const viaPayload = await rawConnect({ authorization: 'Bearer live-key' });
    expect(viaPayload.received.map((m) => JSON.parse(m) as { type: string })).toEqual([{ type: 'connection_ack' }]);
    const viaHeader = await rawConnect(undefined, { authorization: 'Bearer live-key' });
    expect(viaHeader.received.map((m) => JSON.parse(m) as { type: string })).toEqual([{ type: 'connection_ack' }]);
    const client = wsClient(h.url, { connectionParams: { authorization: 'Bearer live-key' } });
    const sub = collect(client, SUBSCRIPTION);
    await until(() => h.live.subscriptions.clientCount() >= 1, 'the subscription');
    expect(sub.error).toBeNull();
    await client.dispose();
  });
});

describe('closed sockets leave nothing behind', () => {
  let h: Harness & { bus: CountingBus };
  beforeAll(async () => {
    h = await startLiveHarness();
  });
  afterAll(() => h.close());

  it('opens and closes 1,000 subscriptions: bus listeners, sockets and the gauge return to their start, heap stays flat', async () => {
    const gc = exposeGc();
    const gauge = async () => (await h.metrics.openSubscriptions.get()).values[0]?.value ?? 0;
    const start = { listeners: h.bus.listeners(), sockets: h.live.subscriptions.clientCount(), gauge: await gauge() };
    const heapAtStart = heapUsed(gc);
    const SOCKETS = 20;
    const PER_SOCKET = 50;
    for (let round = 0; round < 2; round++) {
      const clients = Array.from({ length: SOCKETS }, () => wsClient(h.url));
      for (const client of clients) for (let i = 0; i < PER_SOCKET; i++) collect(client, SUBSCRIPTION);
      await until(
        () => h.bus.listeners() === start.listeners + SOCKETS * PER_SOCKET,
        '1,000 open subscriptions',
        20_000,
      );
      expect(await gauge()).toBe(start.gauge + SOCKETS * PER_SOCKET);
      const heapOpen = heapUsed(gc);
      await Promise.all(clients.map((c) => c.dispose()));
      await until(
        () => h.bus.listeners() === start.listeners && h.live.subscriptions.clientCount() === start.sockets,
        'every subscription to be released',
        20_000,
      );
      expect(await gauge()).toBe(start.gauge);
      const heapClosed = heapUsed(gc);
      console.log(
        `round ${round + 1}: heap at start ${mb(heapAtStart)}, with 1,000 open ${mb(heapOpen)} ` +
          `(${Math.round((heapOpen - heapAtStart) / 1000 / 1024)} KiB per subscription, client and server sides together), ` +
          `after closing ${mb(heapClosed)}`,
      );
      // Loose bound: a leak of 1,000 subscriptions' contexts and loaders would be several MB per round.
      if (gc) expect(heapClosed - heapAtStart).toBeLessThan(8 * 1024 * 1024);
    }
  });
});

function exposeGc(): (() => void) | null {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : null;
}
function heapUsed(gc: (() => void) | null): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
