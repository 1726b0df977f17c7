import { request } from 'undici';
import { createBus, type Bus } from '../../src/bus/bus.js';
import { wireSimulatorWebhooks, type CustomerChange } from '../../src/simulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { silentLogger } from '../helpers/silent-logger.js';

export const SECRETS = { fin: 'whsec-fin-live', spherepay: 'secret_live', openfx: 'whsec_live' } as const;

/** A bus that counts its live subscriptions (subscribe minus unsubscribe), for leak checks. */
export type CountingBus = Bus & { listeners(): number };

export function countingBus(bus: Bus): CountingBus {
  let open = 0;
  return {
    publish: (channel, message) => bus.publish(channel, message),
    subscribe(channel, handler) {
      open++;
      const unsubscribe = bus.subscribe(channel, handler);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        open--;
        unsubscribe();
      };
    },
    close: () => bus.close(),
    listeners: () => open,
  };
}

/**
 * The harness wired as `npm start` wires it for live status: a customer cache (one hour TTL, so only
 * an invalidation can make a read fresh), a counting in-process bus, and the simulators sending
 * signed webhooks to the server's own endpoints.
 */
export async function startLiveHarness(config: { apiKeys?: string[] } = {}): Promise<Harness & { bus: CountingBus }> {
  const quiet = silentLogger();
  // Live events on their own counted bus; the cache keeps its own for invalidations.
  const bus = countingBus(createBus({ redisUrl: null, logger: quiet }));
  const h = await startHarness({
    live: { webhookSecrets: SECRETS },
    bus,
    cache: { ttlSeconds: 3600 },
    config: { apiKeys: config.apiKeys ?? null },
  });
  wireSimulatorWebhooks(h.sims, h.url, SECRETS);
  const close = h.close.bind(h);
  return Object.assign(h, {
    bus,
    async close() {
      await close();
      await bus.close();
    },
  });
}

/** `POST /__simulator/customers/{id}/changes` on a simulated provider, as the README's curl does. */
export async function changeCustomer(simUrl: string, id: string, change: CustomerChange): Promise<unknown> {
  const res = await request(`${simUrl}/__simulator/customers/${encodeURIComponent(id)}/changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change),
  });
  const body = (await res.body.json()) as unknown;
  if (res.statusCode !== 200) throw new Error(`change refused (${res.statusCode}): ${JSON.stringify(body)}`);
  return body;
}
