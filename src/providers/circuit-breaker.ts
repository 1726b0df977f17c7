import CircuitBreaker from 'opossum';
import type { Logger } from '../logger.js';
import { ProviderError, providerUnavailable } from '../model/errors.js';
import type { Metrics } from '../observability/metrics.js';
import type { CallContext, CircuitState, CustomerProvider } from './types.js';

/**
 * Circuit breaker settings of one provider. The defaults are for production: the circuit opens when
 * at least 10 calls in the last 10 s were made and more than half of them failed, stays open 10 s,
 * then lets one probe through. Tests inject small values.
 */
export interface CircuitBreakerOptions {
  /** Calls within the rolling window before the circuit may open at all. Default 10. */
  volumeThreshold?: number;
  /** Share of failed calls (%) within the window above which the circuit opens. Default 50. */
  errorThresholdPercentage?: number;
  /** The rolling statistics window, ms. Default 10 000. */
  rollingWindowMs?: number;
  /** How long the circuit stays open before a probe (half-open), ms. Default 10 000. */
  resetTimeoutMs?: number;
  /** Where the `circuitState` gauge lives; otherwise the gauge of the last call's `call.metrics`. */
  metrics?: Metrics;
  /** Where state changes are logged; otherwise the last call's logger. */
  logger?: Logger;
}

/** `customer_graph_circuit_state` values (observability/metrics.ts). */
const GAUGE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * Whether a failure says something about the provider's health. Only "the provider did not answer
 * usefully" counts: unavailable (5xx, timeouts, broken bodies, the deadline), rate limited, and an
 * auth failure marked `persistent` (Fin refusing a token it has just issued, or our client
 * credentials: every further call would be refused too). NOT_FOUND, BAD_USER_INPUT and other AUTH
 * failures are answers; a client that went away, or an operation past its byte budget, is not the
 * provider's fault; anything else (our own bug) is not either.
 */
export function tripsCircuit(err: unknown): boolean {
  if (!(err instanceof ProviderError)) return false;
  if (err.code === 'PROVIDER_AUTH_FAILED') return err.detail.persistent === true;
  if (err.code !== 'PROVIDER_UNAVAILABLE' && err.code !== 'PROVIDER_RATE_LIMITED') return false;
  // The operation's own byte budget (byte-budget.ts) is our limit, not the provider's failure.
  const cause = err.detail.cause;
  return cause !== 'aborted' && cause !== 'operation_bytes' && err.detail.circuit === undefined;
}

/**
 * Wraps a provider in one circuit breaker (opossum 9) shared by all its methods: after repeated
 * failures (see `tripsCircuit`) calls are refused at once with `PROVIDER_UNAVAILABLE` and make no
 * upstream request; after `resetTimeoutMs` one call is let through as a probe (half-open) and its
 * outcome closes or re-opens the circuit. Opossum's own action timeout is off: upstream time is
 * already bounded by the pool's timeouts and the request deadline.
 *
 * Opossum trips on a failure *rate* over a rolling window once `volumeThreshold` calls were made
 * (Hystrix-style), not on N consecutive failures; its window is not reset on close, so a provider
 * that fails again right after a successful probe re-opens quickly, which is what we want.
 *
 * `health()` reports the state for readiness; the `circuitState` gauge follows every change.
 * `close()` stops the breaker's timers, then closes the provider.
 */
export function withCircuitBreaker(provider: CustomerProvider, options: CircuitBreakerOptions = {}): CustomerProvider {
  const name = provider.name;
  const breaker = new CircuitBreaker<[() => Promise<unknown>], unknown>((run) => run(), {
    name: `${name.toLowerCase()}-provider`,
    timeout: false,
    volumeThreshold: options.volumeThreshold ?? 10,
    errorThresholdPercentage: options.errorThresholdPercentage ?? 50,
    rollingCountTimeout: options.rollingWindowMs ?? 10_000,
    rollingCountBuckets: 10,
    resetTimeout: options.resetTimeoutMs ?? 10_000,
    // Counted as a success when it returns true: answers such as NOT_FOUND must not trip the circuit.
    errorFilter: (err: unknown) => !tripsCircuit(err),
    rollingPercentilesEnabled: false,
    enableSnapshots: false,
  });
  let metrics = options.metrics;
  let logger = options.logger;

  const state = (): CircuitState => (breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed');
  const publish = () => metrics?.circuitState.set({ provider: name }, GAUGE[state()]);
  const changed = (level: 'warn' | 'info') => () => {
    publish();
    logger?.[level]({ provider: name, circuit: state() }, 'circuit state changed');
  };
  breaker.on('open', changed('warn'));
  breaker.on('halfOpen', changed('info'));
  breaker.on('close', changed('info'));
  publish();

  async function guarded<T>(call: CallContext, run: () => Promise<T>): Promise<T> {
    if (!options.logger) logger = call.logger;
    if (!options.metrics && call.metrics && call.metrics !== metrics) {
      metrics = call.metrics;
      publish();
    }
    try {
      return (await breaker.fire(run)) as T;
    } catch (err) {
      // Opossum refuses with its own errors (open, or shut down): no request was made.
      if (CircuitBreaker.isOurError(err as Error)) {
        throw providerUnavailable(name, { circuit: state() });
      }
      throw err;
    }
  }

  return {
    name,
    getCustomer: (id, call) => guarded(call, () => provider.getCustomer(id, call)),
    getCapabilities: (id, call) => guarded(call, () => provider.getCapabilities(id, call)),
    listCustomers: (query, call) => guarded(call, () => provider.listCustomers(query, call)),
    health: () => ({ circuit: state() }),
    // Readiness asks the provider directly: the probe must see an open circuit's provider too.
    ...(provider.ready ? { ready: (call: CallContext) => provider.ready!(call) } : {}),
    async close() {
      breaker.shutdown();
      await provider.close();
    },
  };
}
