import { Writable } from 'node:stream';
import { request } from 'undici';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { closeProviders, createProviders, type Providers } from '../../src/providers/registry.js';
import { createServer } from '../../src/server/create-server.js';
import {
  simulatorProviderConfig,
  startSimulators,
  type SimulatorOptions,
  type Simulators,
} from '../../src/simulator/index.js';
import type { Config } from '../../src/config.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

export interface Harness {
  readonly sims: Simulators;
  readonly url: string;
  readonly providers: Providers;
  readonly metrics: Metrics;
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  /** POSTs an operation to /graphql. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test with the whole response when it carries errors. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Every raw response body and log line of the suite, for the secret/PII scan. */
export const transcript: string[] = [];

/**
 * Starts the three simulated providers and the real server on ephemeral loopback ports, wired
 * exactly as `npm start` wires them.
 */
export async function startHarness(
  options: {
    now?: () => number;
    simulators?: SimulatorOptions;
    /** Drop providers to test PROVIDER_NOT_CONFIGURED. */
    without?: ('fin' | 'spherepay' | 'openfx')[];
    /** Alters the provider configuration (e.g. wrong credentials). */
    configure?: (providers: Config['providers']) => Config['providers'];
    config?: Partial<Pick<Config, 'introspection' | 'production' | 'apiKeys' | 'requestTimeoutMs'>>;
  } = {},
): Promise<Harness> {
  const sims = await startSimulators({ now: options.now, ...options.simulators });
  const providerConfig = { ...simulatorProviderConfig(sims) };
  for (const name of options.without ?? []) providerConfig[name] = null;
  const providers = createProviders(options.configure?.(providerConfig) ?? providerConfig, { now: options.now });
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        transcript.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const metrics = createMetrics();
  const { app } = await createServer({
    config: { introspection: true, production: false, apiKeys: null, requestTimeoutMs: 10_000, ...options.config },
    providers,
    logger,
    metrics,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  async function gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const res = await request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.body.text();
    transcript.push(text);
    return { status: res.statusCode, headers: res.headers, body: JSON.parse(text) } as GraphQLResponse<T>;
  }

  return {
    sims,
    url,
    providers,
    metrics,
    logs,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const res = await gql<T>(query, variables);
      if (res.body.errors?.length || !res.body.data) {
        throw new Error(`GraphQL request failed:\n${JSON.stringify(res.body, null, 2)}`);
      }
      return res.body.data;
    },
    async close() {
      await app.close();
      await closeProviders(providers);
      await sims.close();
    },
  };
}

/** A clock tests move by hand (ms since epoch). */
export function manualClock(start = Date.parse('2026-11-21T12:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
