import { createPrivateKey, type KeyObject } from 'node:crypto';
import { createLogger } from '../../../src/logger.js';
import type { PoolOptions } from '../../../src/providers/http.js';
import { createOpenFxProvider } from '../../../src/providers/openfx/index.js';
import type { CallContext, CustomerProvider } from '../../../src/providers/types.js';
import {
  startOpenFxSimulator,
  type OpenFxSimulator,
  type OpenFxSimulatorOptions,
} from '../../../src/simulator/openfx/index.js';

/** A settable clock (ms since epoch) shared by the simulator and the client. */
export interface Clock {
  ms: number;
  readonly now: () => number;
}

/** A backoff wait on a fake clock: moves it on by `ms` at once; `true` when `signal` had aborted. */
export function advance(clock: Clock, ms: number, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  clock.ms += ms;
  return false;
}

export function createClock(ms = Date.UTC(2026, 2, 1, 12, 0, 0)): Clock {
  const clock = { ms, now: () => clock.ms };
  return clock;
}

/** A CallContext whose logger keeps every line (all levels) for leak checks. */
export function capturingCall(requestId = 'test-request'): CallContext & { readonly lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => void lines.push(line) } });
  return { requestId, logger, lines };
}

export interface Pair {
  readonly sim: OpenFxSimulator;
  readonly provider: CustomerProvider;
  readonly clock: Clock;
  /** Separate clock for the client when a test needs skew; defaults to `clock`. */
  readonly clientClock: Clock;
  close(): Promise<void>;
}

/**
 * The simulator on port 0 and a provider pointed at it, signing with `privateKey` (default: the
 * simulator's dev key) and sending `apiKey` (default: the simulator's).
 */
export async function startPair(
  options: {
    sim?: Omit<OpenFxSimulatorOptions, 'now'>;
    privateKey?: KeyObject;
    apiKey?: string;
    clientClock?: Clock;
    pool?: PoolOptions;
  } = {},
): Promise<Pair> {
  const clock = createClock();
  const clientClock = options.clientClock ?? clock;
  const sim = await startOpenFxSimulator({ ...options.sim, now: clock.now });
  const provider = createOpenFxProvider(
    {
      url: sim.url,
      apiKey: options.apiKey ?? sim.apiKey,
      privateKey: options.privateKey ?? createPrivateKey(sim.privateKeyPem),
    },
    // Backoff advances the shared fake clock instead of sleeping, so a 429's `Retry-After: 1` costs no real time.
    { now: clientClock.now, pool: options.pool, retry: { sleep: async (ms, signal) => advance(clock, ms, signal) } },
  );
  return {
    sim,
    provider,
    clock,
    clientClock,
    async close() {
      await provider.close();
      await sim.close();
    },
  };
}
