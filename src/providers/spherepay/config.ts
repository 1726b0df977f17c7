import { required } from '../../env-vars.js';
import type { PoolOptions } from '../http.js';
import { providerConfig } from '../module.js';

/** SpherePay: a static API key sent as bearer auth. */
export interface SpherePayConfig {
  readonly url: string;
  readonly pool?: PoolOptions;
  readonly apiKey: string;
}

/** `SPHEREPAY_API_URL`, `SPHEREPAY_API_KEY` and the `SPHEREPAY_*` pool settings. */
export const spherePayConfig = providerConfig({
  prefix: 'SPHEREPAY',
  settings: { SPHEREPAY_API_KEY: required('SPHEREPAY_API_KEY') },
  build: (env): SpherePayConfig => ({ url: env.url, pool: env.pool, apiKey: env.SPHEREPAY_API_KEY }),
});
