import type { Config } from '../../config.js';
import type { SimulatorModule } from '../module.js';
import { startSpherePaySimulator, type SpherePaySimulator, type SpherePaySimulatorOptions } from './index.js';

/** Where the SpherePay simulator listens and its dev API key. */
export interface SpherePayAnnouncement {
  readonly url: string;
  readonly apiKey: string;
}

/** The simulated SpherePay, as the simulator registry loops over it. */
export const spherePaySimulatorModule: SimulatorModule<
  'spherepay',
  'SPHEREPAY',
  SpherePaySimulatorOptions,
  SpherePaySimulator,
  SpherePayAnnouncement,
  NonNullable<Config['providers']['spherepay']>
> = {
  key: 'spherepay',
  provider: 'SPHEREPAY',
  webhookPath: '/webhooks/spherepay',
  start: startSpherePaySimulator,
  announce: ({ url, apiKey }) => ({ url, apiKey }),
  providerConfig: ({ url, apiKey }) => ({ url, apiKey }),
  env: ({ url, apiKey }) => ({ SPHEREPAY_API_URL: url, SPHEREPAY_API_KEY: apiKey }),
};
