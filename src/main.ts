// Process entry only: config → simulator (when no provider is configured) → server → listen; signals.
import cluster from 'node:cluster';
import { createCacheRuntime } from './cache/runtime.js';
import { runPrimary, workerMetricsText } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { configWarnings } from './config-warnings.js';
import { EXIT, listenFailure } from './listen-failure.js';
import { createLogger, exitAfterFlush, type Logger } from './logger.js';
import { createMetrics } from './observability/metrics.js';
import { closeProviders, createProviders, PROVIDER_MODULES } from './providers/registry.js';
import { createServer } from './server/create-server.js';
import { closeGracefully } from './server/graceful-close.js';
import { installSimulatorControl } from './simulator/server-control.js';
import {
  simulatorProviderConfig,
  simulatorWebhookSecrets,
  startSimulators,
  wireSimulatorWebhooks,
  type Simulators,
} from './simulator/index.js';

/** Time past the request deadline that shutdown waits for connections to finish. */
const DRAIN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`customer-graph: ${err.message}\n`);
      process.exit(EXIT.config);
    }
    throw err;
  }
  const root = createLogger({ level: config.logLevel, pretty: config.logFormat === 'pretty' });
  // Once per start, not once per cluster worker.
  if (cluster.isPrimary) {
    for (const warning of configWarnings(process.env, config)) root.warn(warning);
    logClientAuth(config, root);
  }
  if (config.workers > 1 && cluster.isPrimary) {
    runPrimary(config.workers, root.child({ role: 'primary' }), config.requestTimeoutMs + 2 * DRAIN_GRACE_MS + 1_000);
    return;
  }
  const logger = cluster.worker ? root.child({ worker: cluster.worker.id, pid: process.pid }) : root;

  let simulators: Simulators | null = null;
  let providerConfig = config.providers;
  if (config.useSimulator) {
    simulators = await startSimulators();
    providerConfig = simulatorProviderConfig(simulators);
    const sims = simulators;
    logger.info(
      Object.fromEntries(PROVIDER_MODULES.map((m) => [m.key, sims[m.key].url])),
      `No provider configured (${PROVIDER_MODULES.map((m) => m.config.urlVariable).join(', ')} unset): serving the embedded simulator for every provider`,
    );
  }

  const metrics = createMetrics();
  const metricsText = cluster.isWorker ? workerMetricsText(metrics.registry) : undefined;
  // Redis, bus and customer cache; the cache wraps every provider (CACHE_TTL_SECONDS=0: unwrapped).
  const freshness = createCacheRuntime(config, { logger, metrics });
  const providers = freshness.cache.wrapAll(createProviders(providerConfig, { metrics, breaker: { logger } }));
  const { cache, bus, redis } = freshness;
  // With the embedded simulator, its webhooks come back to this server, signed with generated secrets.
  const webhookSecrets = simulators ? simulatorWebhookSecrets(config.webhookSecrets) : config.webhookSecrets;
  const live = { webhookSecrets };
  const { app, apollo } = await createServer({
    config,
    providers,
    logger,
    metrics,
    metricsText,
    cache,
    bus,
    redis,
    live,
  });
  if (simulators) installSimulatorControl(app, simulators);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    const failure = listenFailure(err, config);
    if (!failure) throw err;
    process.stderr.write(`customer-graph: ${failure.message}\n`);
    await freshness.close();
    await simulators?.close();
    exitAfterFlush(logger, failure.code);
    return;
  }
  // The bound port, not the configured one: PORT=0 picks a free port, and whoever started us must learn it.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  logger.info({ url, port, sandbox: config.introspection }, `customer-graph ready at ${url}`);
  if (simulators) {
    wireSimulatorWebhooks(simulators, new URL(url).origin, webhookSecrets);
    logger.info(
      { changes: `${new URL(url).origin}/__simulator/customers/{id}/changes` },
      'simulated providers send signed webhooks to /webhooks/*; change a customer with POST /__simulator/customers/{id}/changes (README "Live updates")',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Each request in flight ends by its own deadline (REQUEST_TIMEOUT_MS); the grace covers writing
    // its answer. Connections still open then are closed, so shutdown always ends.
    const deadlineMs = config.requestTimeoutMs + DRAIN_GRACE_MS;
    logger.info({ signal, deadlineMs }, 'draining in-flight requests, then exiting');
    // Backstop: should closing providers or the simulator hang, exit anyway rather than wait for SIGKILL.
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      exitAfterFlush(logger, 1);
    }, deadlineMs + DRAIN_GRACE_MS).unref();
    const clean = await closeGracefully(app, { deadlineMs, logger });
    await apollo.stop();
    await closeProviders(providers);
    await freshness.close();
    await simulators?.close();
    logger.info({ clean }, 'stopped');
    exitAfterFlush(logger, clean ? 0 : 1);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** Says whether clients must send a key, and how many keys are accepted (never the keys). */
function logClientAuth(config: Config, logger: Logger): void {
  if (config.apiKeys) {
    logger.info(
      { clientAuth: true, apiKeyCount: config.apiKeys.length },
      `client authentication is on: every operation needs "Authorization: Bearer <key>" (${config.apiKeys.length} key${config.apiKeys.length === 1 ? '' : 's'} accepted)`,
    );
  } else if (config.useSimulator) {
    logger.info({ clientAuth: false }, 'client authentication is off (API_KEYS unset; the simulator serves test data)');
  } else {
    logger.warn(
      { clientAuth: false },
      'client authentication is off (ALLOW_UNAUTHENTICATED=true): anyone who can reach the port can read customers',
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`customer-graph: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
