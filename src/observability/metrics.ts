import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (served on `/metrics`). One instance per process, passed to
 * whatever records; tests create their own so counts never leak between them.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'customer_graph_' });
  const registers = [registry];
  return {
    registry,
    /** Upstream HTTP requests by provider, endpoint template and outcome (`2xx`, `404`, `5xx`, `timeout`, `error`...). */
    upstreamRequests: new Counter({
      name: 'customer_graph_upstream_requests_total',
      help: 'Upstream provider requests, after retries, by outcome.',
      labelNames: ['provider', 'endpoint', 'outcome'] as const,
      registers,
    }),
    upstreamDuration: new Histogram({
      name: 'customer_graph_upstream_request_duration_seconds',
      help: 'Upstream provider request latency including retries.',
      labelNames: ['provider', 'endpoint', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    upstreamRetries: new Counter({
      name: 'customer_graph_upstream_retries_total',
      help: 'Retries of idempotent upstream requests.',
      labelNames: ['provider', 'endpoint'] as const,
      registers,
    }),
    /** 0 closed, 1 half-open, 2 open. */
    circuitState: new Gauge({
      name: 'customer_graph_circuit_state',
      help: 'Circuit breaker state per provider: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider'] as const,
      // Summed over cluster workers a state would mean nothing; the worst worker's is what matters.
      aggregator: 'max',
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'customer_graph_graphql_operations_total',
      help: 'GraphQL operations by operation name and outcome (ok, partial, error).',
      labelNames: ['operation', 'outcome'] as const,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'customer_graph_graphql_operation_duration_seconds',
      help: 'GraphQL operation latency.',
      labelNames: ['operation'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    loaderBatchSize: new Histogram({
      name: 'customer_graph_dataloader_batch_size',
      help: 'Keys per DataLoader batch.',
      labelNames: ['loader'] as const,
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
      registers,
    }),
    /** Customer cache lookups: `hit` (no upstream call), `miss` (this lookup called upstream), `bypass` (`Cache-Control: no-cache`), `error` (Redis failed; read upstream). */
    cacheRequests: new Counter({
      name: 'customer_graph_cache_requests_total',
      help: 'Customer cache lookups by provider and outcome (hit, miss, bypass, error).',
      labelNames: ['provider', 'outcome'] as const,
      registers,
    }),
    /** Entries in the in-process cache level; its `collect` is set by the cache (cache/customer-cache.ts). */
    cacheEntries: new Gauge({
      name: 'customer_graph_cache_entries',
      help: 'Entries held by the in-process customer cache.',
      registers,
    }),
    /** 1 while the named Redis connection is usable, 0 while it is down or unresponsive. */
    redisUp: new Gauge({
      name: 'customer_graph_redis_up',
      help: 'Whether the Redis connection is usable (1) or down/unresponsive (0), per connection.',
      labelNames: ['connection'] as const,
      // Summed over cluster workers it would count workers; the worst worker's state is what matters.
      aggregator: 'min',
      registers,
    }),
    redisErrors: new Counter({
      name: 'customer_graph_redis_errors_total',
      help: 'Redis failures by connection and kind (connection, timeout, command).',
      labelNames: ['connection', 'kind'] as const,
      registers,
    }),
    busMessages: new Counter({
      name: 'customer_graph_bus_messages_total',
      help: 'Cross-replica bus messages by direction (published, received) and transport (local, ipc, redis).',
      labelNames: ['direction', 'transport'] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
