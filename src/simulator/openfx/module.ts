import { createPrivateKey } from 'node:crypto';
import type { Config } from '../../config.js';
import type { SimulatorModule } from '../module.js';
import { startOpenFxSimulator, type OpenFxSimulator, type OpenFxSimulatorOptions } from './index.js';

/** Where the OpenFX simulator listens, its dev API key and the dev signing key (PKCS#8 PEM). */
export interface OpenFxAnnouncement {
  readonly url: string;
  readonly apiKey: string;
  readonly privateKeyPem: string;
}

/** The simulated OpenFX, as the simulator registry loops over it. */
export const openFxSimulatorModule: SimulatorModule<
  'openfx',
  'OPENFX',
  OpenFxSimulatorOptions,
  OpenFxSimulator,
  OpenFxAnnouncement,
  NonNullable<Config['providers']['openfx']>
> = {
  key: 'openfx',
  provider: 'OPENFX',
  webhookPath: '/webhooks/openfx',
  start: startOpenFxSimulator,
  announce: ({ url, apiKey, privateKeyPem }) => ({ url, apiKey, privateKeyPem }),
  providerConfig: ({ url, apiKey, privateKeyPem }) => ({ url, apiKey, privateKey: createPrivateKey(privateKeyPem) }),
  env: ({ url, apiKey, privateKeyPem }) => ({
    OPENFX_API_URL: url,
    OPENFX_API_KEY: apiKey,
    OPENFX_PRIVATE_KEY: privateKeyPem,
  }),
};
