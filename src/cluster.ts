// WORKERS > 1: the primary forks that many server processes on one port (Node's cluster module hands
// connections out round-robin), replaces a worker that dies, drains them all on SIGTERM/SIGINT, and
// answers their `/metrics` with the sum over every worker (prom-client's AggregatorRegistry).
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { relayBusMessages } from './bus/cluster-relay.js';
import type { Logger } from './logger.js';

const METRICS_REQUEST = 'customer-graph:metrics-request';
const METRICS_REPLY = 'customer-graph:metrics-reply';
/** How long a worker's `/metrics` waits for the primary's sum. */
const METRICS_TIMEOUT_MS = 5_000;
/** A worker that dies sooner than this after its start is crash-looping: stop instead of re-forking. */
const MIN_UPTIME_MS = 5_000;

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: number;
}
/** The primary's answer: every worker's metrics summed, or why there are none. */
interface MetricsAnswer {
  text?: string;
  error?: string;
}
interface MetricsReply extends MetricsAnswer {
  type: typeof METRICS_REPLY;
  id: number;
}

/** Runs the primary: forks `workers` copies of this entry point and supervises them. */
export function runPrimary(workers: number, logger: Logger, drainMs: number): void {
  const aggregator = new AggregatorRegistry();
  const started = new Map<Worker, number>();
  let stopping = false;
  let failed = false;

  const fork = () => started.set(cluster.fork(), Date.now());
  // Workers' bus messages (cache invalidations, live events) reach their siblings without Redis.
  relayBusMessages();
  cluster.on('message', (worker, message: MetricsRequest) => {
    if (message?.type !== METRICS_REQUEST) return;
    const reply = (body: MetricsAnswer) => {
      if (worker.isConnected()) worker.send({ type: METRICS_REPLY, id: message.id, ...body });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (err: unknown) => reply({ error: err instanceof Error ? err.message : 'aggregation failed' }),
    );
  });
  cluster.on('exit', (worker, code, signal) => {
    const uptimeMs = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) {
      // Only how the drain went decides the exit code: a crash already recovered from is in the logs.
      if (code !== 0) failed = true;
      if (started.size === 0) {
        logger.info({ failed }, 'all workers stopped');
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    if (uptimeMs < MIN_UPTIME_MS) {
      logger.error({ pid: worker.process.pid, code, signal, uptimeMs }, 'worker died right after start; stopping');
      failed = true;
      stop('crash loop');
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
    fork();
  });

  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, workers: started.size }, 'stopping workers');
    for (const worker of started.keys()) worker.process.kill('SIGTERM');
    // Workers exit on their own drain deadline; this only covers one that cannot.
    setTimeout(() => {
      logger.error('workers did not stop in time; exiting');
      process.exit(1);
    }, drainMs).unref();
    if (started.size === 0) process.exit(failed ? 1 : 0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  logger.info({ workers }, `starting ${workers} workers`);
  for (let i = 0; i < workers; i++) fork();
}

/**
 * In a worker: lets the primary's AggregatorRegistry collect `registry`, and returns what `/metrics`
 * serves: the Prometheus text of every worker summed, asked of the primary over IPC, so a scrape that
 * lands on any worker sees the whole process group.
 */
export function workerMetricsText(registry: Registry): () => Promise<string> {
  // Constructing one is what installs prom-client's worker-side listener; the instance itself is unused.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);

  let next = 0;
  const pending = new Map<number, (reply: MetricsAnswer) => void>();
  process.on('message', (message: MetricsReply) => {
    if (message?.type === METRICS_REPLY) pending.get(message.id)?.(message);
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const settle = (reply: MetricsAnswer) => {
        pending.delete(id);
        clearTimeout(timer);
        if (reply.text !== undefined) resolve(reply.text);
        else reject(new Error(`cluster metrics: ${reply.error ?? 'no answer'}`));
      };
      const timer = setTimeout(() => settle({ error: 'the primary did not answer in time' }), METRICS_TIMEOUT_MS);
      pending.set(id, settle);
      process.send?.({ type: METRICS_REQUEST, id } satisfies MetricsRequest);
    });
}
