import { randomBytes } from 'node:crypto';
import type { Config, WebhookSecrets } from '../config.js';
import type { ProviderSimulator } from './module.js';
import {
  perSimulator,
  SIMULATORS,
  type AnnouncementOf,
  type SimulatorKey,
  type SimulatorOf,
  type SimulatorOptionsOf,
} from './registry.js';
import type { WebhookTarget } from './webhooks.js';

export type { CustomerChange, WebhookTarget } from './webhooks.js';
export type { FinSimulator } from './fin/index.js';
export type { OpenFxSimulator } from './openfx/index.js';
export type { SpherePaySimulator } from './spherepay/index.js';
export type { ProviderSimulator } from './module.js';
export type { SimulatorKey } from './registry.js';

/** Options of `startSimulators`: shared ones, and each simulator's own under its key (`fin: {seed: 2}`). */
export type SimulatorOptions = {
  host?: string;
  /** Clock shared by every simulator (ms since epoch); tests inject one. */
  now?: () => number;
} & { [K in SimulatorKey]?: Omit<SimulatorOptionsOf<K>, 'host' | 'now'> };

/** The simulated providers, each a real HTTP server on loopback, by key (`sims.fin`) and as a list. */
export type Simulators = { readonly [K in SimulatorKey]: SimulatorOf<K> } & {
  /** Every simulator, in registry order. */
  readonly all: readonly ProviderSimulator[];
  /** Requests every simulator has served so far (every route; counters cleared by `resetCounters`). */
  requestCount(): number;
  /** Clears every request counter. */
  resetCounters(): void;
  /** Where each provider sends its signed customer webhooks (`null` stops them). */
  setWebhookTargets(targets: Partial<Record<SimulatorKey, WebhookTarget | null>>): void;
  close(): Promise<void>;
};

/** Starts every simulated provider on loopback (ephemeral ports unless given). */
export async function startSimulators(options: SimulatorOptions = {}): Promise<Simulators> {
  const common = { host: options.host ?? '127.0.0.1', now: options.now };
  const started = await Promise.all(
    SIMULATORS.map(async (m) => ({ key: m.key, sim: await m.start({ ...common, ...options[m.key] }) })),
  );
  const all = started.map(({ sim }) => sim);
  // Each simulator under its key; the registry's types say which is which (a loop cannot).
  const byKey = Object.fromEntries(started.map(({ key, sim }) => [key, sim])) as {
    readonly [K in SimulatorKey]: SimulatorOf<K>;
  };
  return {
    ...byKey,
    all,
    requestCount: () => all.reduce((sum, s) => sum + s.log.count(), 0),
    resetCounters() {
      for (const s of all) s.log.reset();
    },
    setWebhookTargets(targets) {
      for (const { key, sim } of started) {
        if (key in targets) sim.webhooks.target = targets[key] ?? null;
      }
    },
    async close() {
      await Promise.all(all.map((s) => s.webhooks.idle()));
      await Promise.all(all.map((s) => s.close()));
    },
  };
}

/** Where the simulators listen and their (dev) credentials: what the standalone simulator announces. */
export type SimulatorAnnouncement = { [K in SimulatorKey]: AnnouncementOf<K> };

/** The announcement of running simulators. */
export function simulatorAnnouncement(sims: Simulators): SimulatorAnnouncement {
  // Each module announces its own simulator; the registry's types say which shape is whose.
  return perSimulator((m) => m.announce(sims[m.key])) as SimulatorAnnouncement;
}

/** Provider configuration that points every provider at the running simulators. */
export function simulatorProviderConfig(sims: Simulators): Config['providers'] {
  const announced = simulatorAnnouncement(sims);
  return perSimulator((m) => m.providerConfig(announced[m.key])) as Config['providers'];
}

/** The environment (the contract's variable names) that points a server process at the simulators. */
export function simulatorEnv(s: SimulatorAnnouncement): Record<string, string> {
  return Object.assign({}, ...SIMULATORS.map((m) => m.env(s[m.key]))) as Record<string, string>;
}

/**
 * Webhook secrets for a server fronting the embedded simulator: the configured ones, and a random one
 * per provider where none is configured (so `npm start` serves signed webhooks with no setup).
 */
export function simulatorWebhookSecrets(configured: WebhookSecrets): WebhookSecrets {
  return perSimulator((m) => configured[m.key] ?? randomBytes(24).toString('hex'));
}

/** Points each simulated provider's webhooks at the server's `/webhooks/<provider>` on `origin`. */
export function wireSimulatorWebhooks(sims: Simulators, origin: string, secrets: WebhookSecrets): void {
  sims.setWebhookTargets(
    perSimulator((m) => {
      const secret = secrets[m.key];
      return secret ? { url: `${origin}${m.webhookPath}`, secret } : null;
    }),
  );
}
