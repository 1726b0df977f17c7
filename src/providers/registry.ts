import type { Config } from '../config.js';
import type { ProviderName } from '../model/customer.js';
import { createFinProvider } from './fin/index.js';
import type { PoolOptions } from './http.js';
import { createOpenFxProvider } from './openfx/index.js';
import { createSpherePayProvider } from './spherepay/index.js';
import type { CustomerProvider } from './types.js';

/** Every provider by name; `null` where it is not configured (its fields answer PROVIDER_NOT_CONFIGURED). */
export type Providers = Readonly<Record<ProviderName, CustomerProvider | null>>;

export interface ProviderDeps {
  /** Clock for Fin token expiry and OpenFX signature timestamps. Default `Date.now`. */
  now?: () => number;
  pool?: PoolOptions;
}

/** Builds the configured providers once per process; they hold the connection pools and tokens. */
export function createProviders(config: Config['providers'], deps: ProviderDeps = {}): Providers {
  // Per-provider settings from the environment, then the caller's (tests shorten timeouts).
  const with_ = (own: PoolOptions | undefined) => ({ ...deps, pool: { ...own, ...deps.pool } });
  return {
    FIN: config.fin ? createFinProvider(config.fin, with_(config.fin.pool)) : null,
    SPHEREPAY: config.spherepay ? createSpherePayProvider(config.spherepay, with_(config.spherepay.pool)) : null,
    OPENFX: config.openfx ? createOpenFxProvider(config.openfx, with_(config.openfx.pool)) : null,
  };
}

/** Closes every provider's pools. */
export async function closeProviders(providers: Providers): Promise<void> {
  await Promise.all(Object.values(providers).map((p) => p?.close()));
}
