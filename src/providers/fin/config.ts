import { required } from '../../env-vars.js';
import type { PoolOptions } from '../http.js';
import { providerConfig } from '../module.js';

/** Fin.com: OAuth client credentials for the token endpoint. */
export interface FinConfig {
  readonly url: string;
  /** Sockets and timeouts for this provider's origin (defaults in providers/http.ts). */
  readonly pool?: PoolOptions;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** `FIN_API_URL`, `FIN_CLIENT_ID`, `FIN_CLIENT_SECRET` and the `FIN_*` pool settings. */
export const finConfig = providerConfig({
  prefix: 'FIN',
  settings: { FIN_CLIENT_ID: required('FIN_CLIENT_ID'), FIN_CLIENT_SECRET: required('FIN_CLIENT_SECRET') },
  build: (env): FinConfig => ({
    url: env.url,
    pool: env.pool,
    clientId: env.FIN_CLIENT_ID,
    clientSecret: env.FIN_CLIENT_SECRET,
  }),
});
