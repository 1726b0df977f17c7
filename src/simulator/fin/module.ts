import type { Config } from '../../config.js';
import type { SimulatorModule } from '../module.js';
import { startFinSimulator, type FinSimulator, type FinSimulatorOptions } from './index.js';

/** Where the Fin.com simulator listens and its dev OAuth client. */
export interface FinAnnouncement {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** The simulated Fin.com, as the simulator registry loops over it. */
export const finSimulatorModule: SimulatorModule<
  'fin',
  'FIN',
  FinSimulatorOptions,
  FinSimulator,
  FinAnnouncement,
  NonNullable<Config['providers']['fin']>
> = {
  key: 'fin',
  provider: 'FIN',
  webhookPath: '/webhooks/fin',
  start: startFinSimulator,
  announce: ({ url, clientId, clientSecret }) => ({ url, clientId, clientSecret }),
  providerConfig: ({ url, clientId, clientSecret }) => ({ url, clientId, clientSecret }),
  env: ({ url, clientId, clientSecret }) => ({
    FIN_API_URL: url,
    FIN_CLIENT_ID: clientId,
    FIN_CLIENT_SECRET: clientSecret,
  }),
};
