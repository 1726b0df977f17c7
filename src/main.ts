// Process entry only: config → simulator (when no provider is configured) → server → listen; signals.
import cluster from 'node:cluster';
import { createCacheRuntime } from './cache/runtime.js';
import { runPrimary, workerMetricsText } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { createMetrics } from './observability/metrics.js';
import { closeProviders, createProviders } from './providers/registry.js';
import { createServer } from './server/create-server.js';
import { simulatorProviderConfig, startSimulators, type Simulators } from './simulator/index.js';

/** Time past the request deadline that shutdown waits for connections to finish. */
const DRAIN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`customer-graph: ${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const root = createLogger({ level: config.logLevel });
  if (config.workers > 1 && cluster.isPrimary) {
    runPrimary(config.workers, root.child({ role: 'primary' }), config.requestTimeoutMs + DRAIN_GRACE_MS + 1_000);
    return;
  }
  const logger = cluster.worker ? root.child({ worker: cluster.worker.id, pid: process.pid }) : root;

  let simulators: Simulators | null = null;
  let providerConfig = config.providers;
  if (config.useSimulator) {
    simulators = await startSimulators();
    providerConfig = simulatorProviderConfig(simulators);
    logger.info(
      { fin: simulators.fin.url, spherepay: simulators.spherepay.url, openfx: simulators.openfx.url },
      'No provider configured (FIN_API_URL, SPHEREPAY_API_URL, OPENFX_API_URL unset): serving the embedded simulator for all three providers',
    );
  }

  const metrics = createMetrics();
  const metricsText = cluster.isWorker ? workerMetricsText(metrics.registry) : undefined;
  // Redis, bus and customer cache; the cache wraps every provider (CACHE_TTL_SECONDS=0: unwrapped).
  const freshness = createCacheRuntime(config, { logger, metrics });
  const providers = freshness.cache.wrapAll(createProviders(providerConfig, { metrics, breaker: { logger } }));
  const { cache, bus, redis } = freshness;
  const { app } = await createServer({ config, providers, logger, metrics, metricsText, cache, bus, redis });
  await app.listen({ port: config.port, host: config.host });
  // The bound port, not the configured one: PORT=0 picks a free port, and whoever started us must learn it.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  logger.info({ url, port, sandbox: config.introspection }, `customer-graph ready at ${url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then exiting');
    // In-flight requests end by their deadline; should anything still hang after it, exit anyway
    // rather than wait for the orchestrator's SIGKILL.
    setTimeout(() => {
      logger.error('drain did not finish in time; exiting');
      process.exit(1);
    }, config.requestTimeoutMs + DRAIN_GRACE_MS).unref();
    // Fastify stops accepting, waits for in-flight requests, and Apollo's drain plugin stops the server.
    await app.close();
    await closeProviders(providers);
    await freshness.close();
    await simulators?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`customer-graph: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
