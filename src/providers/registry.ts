import type { Config } from '../config.js';
import type { Provider } from '../generated/resolvers.js';
import { assertNever, type ProviderName } from '../model/customer.js';
import type { Metrics } from '../observability/metrics.js';
import { withCircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { finModule } from './fin/index.js';
import type { ProviderCreateDeps, ProviderModule } from './module.js';
import { openFxModule } from './openfx/index.js';
import { spherePayModule } from './spherepay/index.js';
import type { CustomerProvider } from './types.js';

/**
 * Every provider this server speaks to, in the order they are listed and configured. A new
 * provider is its folder under `providers/` (and `simulator/`), its SDL `Provider` value, and one
 * entry here.
 */
export const PROVIDER_MODULES = [finModule, spherePayModule, openFxModule] as const satisfies readonly ProviderModule[];

/** One registered module. */
export type RegisteredModule = (typeof PROVIDER_MODULES)[number];
/** `fin`, `spherepay`, …: the keys of `Config['providers']` and `Config['webhookSecrets']`. */
export type ProviderKey = RegisteredModule['key'];
/** A module's configuration type (`FinConfig`, …) by key. */
export type ProviderConfigOf<K extends ProviderKey> =
  Extract<RegisteredModule, { key: K }> extends ProviderModule<ProviderName, K, infer C> ? C : never;

// The compiler's proof that the registry covers the SDL enum: a `Provider` value without a module
// fails here (and `defineProvider` refuses a name the enum lacks).
type Unregistered = Exclude<Provider, RegisteredModule['name']>;
const everyProviderRegistered: [Unregistered] extends [never] ? true : Unregistered = true;
void everyProviderRegistered;

/** Provider names in registry order (readiness, metrics). */
export const PROVIDER_NAMES: readonly ProviderName[] = PROVIDER_MODULES.map((m) => m.name);

/** The module of a provider name. */
export function providerModule(name: ProviderName): RegisteredModule {
  // The fallback is unreachable while `everyProviderRegistered` compiles (a name from outside the
  // type system fails as an unhandled switch case did).
  return PROVIDER_MODULES.find((m) => m.name === name) ?? assertNever(name as never);
}

/** Every provider by name; `null` where it is not configured (its fields answer PROVIDER_NOT_CONFIGURED). */
export type Providers = Readonly<Record<ProviderName, CustomerProvider | null>>;

/** What every provider is built with, besides its configuration. */
export interface ProviderDeps extends ProviderCreateDeps {
  /**
   * Circuit breaker settings of every provider (defaults in circuit-breaker.ts); `false` leaves the
   * providers unwrapped (only narrow tests want that).
   */
  breaker?: CircuitBreakerOptions | false;
  /** Keeps the `circuitState` gauge current between requests; otherwise calls' `call.metrics` is used. */
  metrics?: Metrics;
}

/**
 * Builds the configured providers once per process; they hold the connection pools, tokens, retry
 * budgets and circuit breakers. Every provider is wrapped in its own circuit breaker.
 */
export function createProviders(config: Config['providers'], deps: ProviderDeps = {}): Providers {
  const { breaker, metrics, ...rest } = deps;
  const guard = (provider: CustomerProvider) =>
    breaker === false ? provider : withCircuitBreaker(provider, { metrics, ...breaker });
  return byProvider((name) => {
    // Widened to `unknown` config: the registry pairs each module with its own key's section.
    const module: ProviderModule = providerModule(name);
    const own = config[module.key as ProviderKey];
    if (!own) return null;
    // Per-provider settings from the environment, then the caller's (tests shorten timeouts).
    return guard(module.create(own, { ...rest, pool: { ...own.pool, ...rest.pool } }));
  });
}

/** A value per registered provider, keyed by name, in registry order. */
export function byProvider<T>(value: (name: ProviderName) => T): Readonly<Record<ProviderName, T>> {
  return Object.fromEntries(PROVIDER_NAMES.map((name) => [name, value(name)])) as Record<ProviderName, T>;
}

/** Closes every provider's pools (and stops their breakers' timers). */
export async function closeProviders(providers: Providers): Promise<void> {
  await Promise.all(Object.values(providers).map((p) => p?.close()));
}
