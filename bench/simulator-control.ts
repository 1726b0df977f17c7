import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorAnnouncement } from '../src/simulator/index.js';
import { SIMULATORS, type SimulatorKey } from '../src/simulator/registry.js';

/** The standalone simulator's announcement (its first stdout line). */
export type SimulatorInfo = SimulatorAnnouncement;

export type ProviderName = keyof SimulatorInfo;
export const PROVIDERS: readonly ProviderName[] = SIMULATORS.map((m) => m.key as SimulatorKey);

/** Requests per route, per provider, from each simulator's `GET /__simulator/counters`. */
export type Counters = Record<ProviderName, Record<string, number>>;

// Fin's OAuth routes: token traffic, reported apart from customer reads.
// See https://developer.fin.com/api-reference/authentication/issue-a-token
const TOKEN_ROUTES = new Set(['POST /v1/oauth/token', 'POST /v1/oauth/refresh-token']);

/** Upstream calls in `counters`: customer reads (`calls`) and Fin token calls (`tokenCalls`). */
export function totals(counters: Counters): { calls: number; tokenCalls: number } {
  let calls = 0;
  let tokenCalls = 0;
  for (const provider of PROVIDERS) {
    for (const [route, n] of Object.entries(counters[provider])) {
      if (TOKEN_ROUTES.has(route)) tokenCalls += n;
      else calls += n;
    }
  }
  return { calls, tokenCalls };
}

/** Drives the simulators' control endpoints over HTTP (they run in another process). */
export class SimulatorControl {
  constructor(private readonly info: SimulatorInfo) {}

  /** Clears counters AND faults on every provider (the simulator resets both together). */
  async reset(): Promise<void> {
    await Promise.all(PROVIDERS.map((p) => this.call(p, 'POST', '/__simulator/reset')));
  }

  /** Sets a fixed latency on every route of every provider (0 clears the rules). */
  async setLatency(latencyMs: number): Promise<void> {
    const body = JSON.stringify({ rules: latencyMs > 0 ? [{ latencyMs }] : [], seed: 1 });
    await Promise.all(PROVIDERS.map((p) => this.call(p, 'PUT', '/__simulator/faults', body)));
  }

  /** Zeroes the counters and keeps the given latency in place. */
  async resetCounters(latencyMs: number): Promise<void> {
    await this.reset();
    await this.setLatency(latencyMs);
  }

  async counters(): Promise<Counters> {
    const read = await Promise.all(
      PROVIDERS.map(
        async (p) => [p, (await (await this.call(p, 'GET', '/__simulator/counters')).json()) ?? {}] as const,
      ),
    );
    return Object.fromEntries(read) as Counters;
  }

  /**
   * Waits until the counters stop moving (two equal reads `intervalMs` apart), so requests the load
   * generator abandoned when its window closed have finished upstream before anything is read or reset.
   */
  async settle(intervalMs = 250, timeoutMs = 15_000): Promise<Counters> {
    const deadline = Date.now() + timeoutMs;
    let previous = await this.counters();
    for (;;) {
      await sleep(intervalMs);
      const current = await this.counters();
      if (JSON.stringify(current) === JSON.stringify(previous) || Date.now() > deadline) return current;
      previous = current;
    }
  }

  /** Sends `provider`'s signed customer webhooks to `url` (`null` stops them): `PUT /__simulator/webhook`. */
  async setWebhook(provider: ProviderName, target: { url: string; secret: string } | null): Promise<void> {
    await this.call(provider, 'PUT', '/__simulator/webhook', JSON.stringify(target ?? {}));
  }

  /**
   * Changes a customer at its simulated provider (status in the provider's word, an RFI requested or
   * resolved); the GET then shows it and the provider's signed webhook goes out.
   */
  async changeCustomer(
    provider: ProviderName,
    id: string,
    change: { status?: string; rfi?: 'requested' | 'resolved' },
  ): Promise<void> {
    await this.call(
      provider,
      'POST',
      `/__simulator/customers/${encodeURIComponent(id)}/changes`,
      JSON.stringify(change),
    );
  }

  /** A Fin access token, for calling the simulator's REST API directly (the ceiling scenario). */
  async finToken(): Promise<string> {
    const res = await fetch(`${this.info.fin.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: this.info.fin.clientId, client_secret: this.info.fin.clientSecret }),
    });
    // The standalone simulator answers with the flat pair (no `data` envelope).
    const token = ((await res.json()) as { access_token?: string }).access_token;
    if (!res.ok || !token) throw new Error(`Fin simulator token call answered ${res.status}`);
    return token;
  }

  private async call(provider: ProviderName, method: string, path: string, body?: string): Promise<Response> {
    const res = await fetch(`${this.info[provider].url}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body,
    });
    if (!res.ok) throw new Error(`${provider} simulator: ${method} ${path} answered ${res.status}`);
    return res;
  }
}
