import { createPrivateKey, randomBytes } from 'node:crypto';
import type { Config, WebhookSecrets } from '../config.js';
import { startFinSimulator, type FinSimulator, type FinSimulatorOptions } from './fin/index.js';
import { startOpenFxSimulator, type OpenFxSimulator, type OpenFxSimulatorOptions } from './openfx/index.js';
import { startSpherePaySimulator, type SpherePaySimulator, type SpherePaySimulatorOptions } from './spherepay/index.js';
import type { WebhookTarget } from './webhooks.js';

export type { CustomerChange, WebhookTarget } from './webhooks.js';

export type { FinSimulator, OpenFxSimulator, SpherePaySimulator };

export interface SimulatorOptions {
  host?: string;
  /** Clock shared by the three simulators (ms since epoch); tests inject one. */
  now?: () => number;
  fin?: Omit<FinSimulatorOptions, 'host' | 'now'>;
  spherepay?: Omit<SpherePaySimulatorOptions, 'host' | 'now'>;
  openfx?: Omit<OpenFxSimulatorOptions, 'host' | 'now'>;
}

/** The three simulated providers, each a real HTTP server on loopback. */
export interface Simulators {
  readonly fin: FinSimulator;
  readonly spherepay: SpherePaySimulator;
  readonly openfx: OpenFxSimulator;
  /** Requests the three have served so far (every route; counters cleared by `resetCounters`). */
  requestCount(): number;
  /** Clears every request counter. */
  resetCounters(): void;
  /** Where each provider sends its signed customer webhooks (`null` stops them). */
  setWebhookTargets(targets: Partial<Record<'fin' | 'spherepay' | 'openfx', WebhookTarget | null>>): void;
  close(): Promise<void>;
}

/** Starts all three simulated providers on loopback (ephemeral ports unless given). */
export async function startSimulators(options: SimulatorOptions = {}): Promise<Simulators> {
  const common = { host: options.host ?? '127.0.0.1', now: options.now };
  const [fin, spherepay, openfx] = await Promise.all([
    startFinSimulator({ ...common, ...options.fin }),
    startSpherePaySimulator({ ...common, ...options.spherepay }),
    startOpenFxSimulator({ ...common, ...options.openfx }),
  ]);
  return {
    fin,
    spherepay,
    openfx,
    requestCount: () => fin.log.count() + spherepay.log.count() + openfx.log.count(),
    resetCounters() {
      for (const s of [fin, spherepay, openfx]) s.log.reset();
    },
    setWebhookTargets(targets) {
      for (const [name, sim] of [
        ['fin', fin],
        ['spherepay', spherepay],
        ['openfx', openfx],
      ] as const) {
        if (name in targets) sim.webhooks.target = targets[name] ?? null;
      }
    },
    async close() {
      await Promise.all([fin.webhooks.idle(), spherepay.webhooks.idle(), openfx.webhooks.idle()]);
      await Promise.all([fin.close(), spherepay.close(), openfx.close()]);
    },
  };
}

/** Provider configuration that points every provider at the running simulators. */
export function simulatorProviderConfig(sims: Simulators): Config['providers'] {
  return {
    fin: { url: sims.fin.url, clientId: sims.fin.clientId, clientSecret: sims.fin.clientSecret },
    spherepay: { url: sims.spherepay.url, apiKey: sims.spherepay.apiKey },
    openfx: {
      url: sims.openfx.url,
      apiKey: sims.openfx.apiKey,
      privateKey: createPrivateKey(sims.openfx.privateKeyPem),
    },
  };
}

/** Where the simulators listen and their (dev) credentials: what the standalone simulator announces. */
export interface SimulatorAnnouncement {
  fin: { url: string; clientId: string; clientSecret: string };
  spherepay: { url: string; apiKey: string };
  openfx: { url: string; apiKey: string; privateKeyPem: string };
}

/** The environment (the contract's variable names) that points a server process at the simulators. */
export function simulatorEnv(s: SimulatorAnnouncement): Record<string, string> {
  return {
    FIN_API_URL: s.fin.url,
    FIN_CLIENT_ID: s.fin.clientId,
    FIN_CLIENT_SECRET: s.fin.clientSecret,
    SPHEREPAY_API_URL: s.spherepay.url,
    SPHEREPAY_API_KEY: s.spherepay.apiKey,
    OPENFX_API_URL: s.openfx.url,
    OPENFX_API_KEY: s.openfx.apiKey,
    OPENFX_PRIVATE_KEY: s.openfx.privateKeyPem,
  };
}

/**
 * Webhook secrets for a server fronting the embedded simulator: the configured ones, and a random one
 * per provider where none is configured (so `npm start` serves signed webhooks with no setup).
 */
export function simulatorWebhookSecrets(configured: WebhookSecrets): WebhookSecrets {
  const generate = () => randomBytes(24).toString('hex');
  return {
    fin: configured.fin ?? generate(),
    spherepay: configured.spherepay ?? generate(),
    openfx: configured.openfx ?? generate(),
  };
}

/** Points each simulated provider's webhooks at the server's `/webhooks/<provider>` on `origin`. */
export function wireSimulatorWebhooks(sims: Simulators, origin: string, secrets: WebhookSecrets): void {
  const target = (name: 'fin' | 'spherepay' | 'openfx') => {
    const secret = secrets[name];
    return secret ? { url: `${origin}/webhooks/${name}`, secret } : null;
  };
  sims.setWebhookTargets({ fin: target('fin'), spherepay: target('spherepay'), openfx: target('openfx') });
}
