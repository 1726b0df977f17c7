import { createPrivateKey } from 'node:crypto';
import type { Config } from '../config.js';
import { startFinSimulator, type FinSimulator, type FinSimulatorOptions } from './fin/index.js';
import { startOpenFxSimulator, type OpenFxSimulator, type OpenFxSimulatorOptions } from './openfx/index.js';
import { startSpherePaySimulator, type SpherePaySimulator, type SpherePaySimulatorOptions } from './spherepay/index.js';

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
  /** Clears every request counter. */
  resetCounters(): void;
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
    resetCounters() {
      for (const s of [fin, spherepay, openfx]) s.log.reset();
    },
    async close() {
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
