import { Writable } from 'node:stream';
import { request } from 'undici';
import { createCacheRuntime, type CacheRuntime } from '../../src/cache/runtime.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { closeProviders, createProviders, type ProviderDeps, type Providers } from '../../src/providers/registry.js';
import { createServer } from '../../src/server/create-server.js';
import {
  simulatorProviderConfig,
  startSimulators,
  type SimulatorOptions,
  type SimulatorKey,
  type Simulators,
} from '../../src/simulator/index.js';
import type { Config } from '../../src/config.js';
import type { HttpTimeouts } from '../../src/server/http-timeouts.js';
import type { Live, LiveOptions } from '../../src/subscriptions/live.js';
import type { Bus } from '../../src/bus/bus.js';
import type { LoggedRequest } from '../../src/simulator/request-log.js';
import {
  configSecretNeedles,
  describeLeaks,
  LeakScanner,
  scanTranscript,
  simulatorNeedles,
  type Leak,
} from './leak-scan.js';

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
  /** Webhooks, bus and subscriptions of the server. */
  readonly live: Live;
  /** Redis, bus and customer cache when started with `cache`; `null` otherwise (cache off, today's counts). */
  readonly freshness: CacheRuntime | null;
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  /** What the secret/PII scan in `close()` reads: raw server log lines and response bodies. */
  readonly leakTranscript: { readonly logs: string[]; readonly responses: string[] };
  /** Runs the secret/PII scan over everything so far (`close()` runs it too, and fails on a leak). */
  leaks(): Leak[];
  /** POSTs an operation to /graphql. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /**
   * Any other HTTP request to the server (ops routes, GET /graphql, raw bodies); the response text
   * joins the secret/PII scan like every `gql` response.
   */
  http(
    path: string,
    init?: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS'; headers?: Record<string, string>; body?: string },
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>;
  /** Like gql, but fails the test with the whole response when it carries errors. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * Stops server, providers and simulators, then runs the secret/PII scan over every log line and
   * response of this harness (test/helpers/leak-scan.ts) and fails, naming kind and place, on a leak.
   */
  close(): Promise<void>;
}

/**
 * Starts the three simulated providers and the real server on ephemeral loopback ports, wired
 * exactly as `npm start` wires them.
 */
export async function startHarness(
  options: {
    now?: () => number;
    simulators?: SimulatorOptions;
    /** Drop providers to test PROVIDER_NOT_CONFIGURED. */
    without?: SimulatorKey[];
    /** Alters the provider configuration (e.g. wrong credentials). */
    configure?: (providers: Config['providers']) => Config['providers'];
    config?: Partial<Pick<Config, 'introspection' | 'production' | 'apiKeys' | 'requestTimeoutMs'>>;
    /** Provider wiring overrides (pool timeouts, retry policy, circuit breaker), as `createProviders` takes them. */
    providers?: Omit<ProviderDeps, 'now'>;
    /** Webhook secrets, de-duplication (subscriptions/live.ts). */
    live?: LiveOptions;
    /** The bus the webhooks publish on and subscriptions listen to; default the cache's bus, else in-process. */
    bus?: Bus;
    /** Turns the customer cache on, as `CACHE_TTL_SECONDS` / `REDIS_URL` do in production. Default: off. */
    cache?: { ttlSeconds: number; redisUrl?: string | null; now?: () => number };
    /** The HTTP server's client timeouts; default production's (HTTP_TIMEOUTS). */
    httpTimeouts?: HttpTimeouts;
  } = {},
): Promise<Harness> {
  const sims = await startSimulators({ now: options.now, ...options.simulators });
  const providerConfig = { ...simulatorProviderConfig(sims) };
  for (const name of options.without ?? []) providerConfig[name] = null;
  const finalProviderConfig = options.configure?.(providerConfig) ?? providerConfig;
  const upstream = createProviders(finalProviderConfig, { now: options.now, ...options.providers });
  // What the secret/PII scan reads: this harness's own log lines, responses and upstream requests
  // (copied as they happen, since tests reset the simulators' counters).
  const scanned = { logs: [] as string[], responses: [] as string[], upstream: [] as LoggedRequest[] };
  for (const sim of sims.all) {
    const record = sim.log.record.bind(sim.log);
    sim.log.record = (entry) => {
      scanned.upstream.push(entry);
      record(entry);
    };
  }
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        scanned.logs.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const metrics = createMetrics();
  const freshness = options.cache
    ? createCacheRuntime(
        { redisUrl: options.cache.redisUrl ?? null, cacheTtlSeconds: options.cache.ttlSeconds },
        { logger, metrics, now: options.cache.now },
      )
    : null;
  const providers = freshness ? freshness.cache.wrapAll(upstream) : upstream;
  const { app, live } = await createServer({
    config: { introspection: true, production: false, apiKeys: null, requestTimeoutMs: 10_000, ...options.config },
    providers,
    logger,
    metrics,
    ...(freshness ? { cache: freshness.cache, bus: freshness.bus, redis: freshness.redis } : {}),
    live: options.live,
    ...(options.bus ? { bus: options.bus } : {}),
    httpTimeouts: options.httpTimeouts,
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
    scanned.responses.push(text);
    return { status: res.statusCode, headers: res.headers, body: JSON.parse(text) } as GraphQLResponse<T>;
  }

  async function http(
    path: string,
    init: {
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';
      headers?: Record<string, string>;
      body?: string;
    } = {},
  ) {
    const res = await request(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
    });
    const text = await res.body.text();
    scanned.responses.push(text);
    return { status: res.statusCode, headers: res.headers, text };
  }

  const leaks = () =>
    scanTranscript(
      new LeakScanner([
        ...simulatorNeedles(sims, scanned.upstream),
        ...configSecretNeedles(finalProviderConfig, options.config?.apiKeys),
        ...Object.values(options.live?.webhookSecrets ?? {})
          .filter((value): value is string => Boolean(value))
          .map((value) => ({ kind: 'secret' as const, label: 'webhook secret', value })),
      ]),
      scanned,
    );

  return {
    sims,
    url,
    providers,
    metrics,
    live,
    freshness,
    logs,
    leakTranscript: scanned,
    leaks,
    gql,
    http,
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
      await freshness?.close();
      await sims.close();
      const found = leaks();
      if (found.length) throw new Error(describeLeaks(found));
    },
  };
}
