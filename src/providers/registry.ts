import type { Config } from '../config.js';
import type { ProviderName } from '../model/customer.js';
import type { Metrics } from '../observability/metrics.js';
import { withCircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { createFinProvider } from './fin/index.js';
import type { PoolOptions } from './http.js';
import { createOpenFxProvider } from './openfx/index.js';
import type { RetryOptions } from './retry.js';
import { createSpherePayProvider } from './spherepay/index.js';
import type { CustomerProvider } from './types.js';

/** Every provider by name; `null` where it is not configured (its fields answer PROVIDER_NOT_CONFIGURED). */
export type Providers = Readonly<Record<ProviderName, CustomerProvider | null>>;

export interface ProviderDeps {
  /** Clock for Fin token expiry and OpenFX signature timestamps. Default `Date.now`. */
  now?: () => number;
  /** Overrides every provider's pool settings from the environment (tests shorten timeouts). */
  pool?: PoolOptions;
  /** Retry policy of every provider's idempotent GETs (defaults in retry.ts). */
  retry?: RetryOptions;
  /**
   * Circuit breaker settings of every provider (defaults in circuit-breaker.ts); `false` leaves the
   * providers unwrapped (only narrow tests want that).
   */
  breaker?: CircuitBreakerOptions | false;
  /** Total deadline of one Fin.com token renewal, ms (default in fin/token.ts). */
  tokenTimeoutMs?: number;
  /** Keeps the `circuitState` gauge current between requests; otherwise calls' `call.metrics` is used. */
  metrics?: Metrics;
}

/**
 * Builds the configured providers once per process; they hold the connection pools, tokens, retry
 * budgets and circuit breakers. Every provider is wrapped in its own circuit breaker.
 */
export function createProviders(config: Config['providers'], deps: ProviderDeps = {}): Providers {
  const { breaker, metrics, ...rest } = deps;
  // Per-provider settings from the environment, then the caller's (tests shorten timeouts).
  const with_ = (own: PoolOptions | undefined) => ({ ...rest, pool: { ...own, ...rest.pool } });
  const guard = (provider: CustomerProvider) =>
    breaker === false ? provider : withCircuitBreaker(provider, { metrics, ...breaker });
  return {
    FIN: config.fin ? guard(createFinProvider(config.fin, with_(config.fin.pool))) : null,
    SPHEREPAY: config.spherepay ? guard(createSpherePayProvider(config.spherepay, with_(config.spherepay.pool))) : null,
    OPENFX: config.openfx ? guard(createOpenFxProvider(config.openfx, with_(config.openfx.pool))) : null,
  };
}

/** Closes every provider's pools (and stops their breakers' timers). */
export async function closeProviders(providers: Providers): Promise<void> {
  await Promise.all(Object.values(providers).map((p) => p?.close()));
}
