import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import type { GraphQLContext } from './context.js';

/** Per-operation log line and metrics (name, outcome, duration). */
export function operationMetricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  void metrics;
  return {};
}

/** `/healthz` (liveness), `/readyz` (each configured provider usable), `/metrics` (Prometheus). */
export function installOpsRoutes(app: FastifyInstance, deps: { providers: Providers; metrics: Metrics }): void {
  void deps;
  app.get('/healthz', () => ({ status: 'ok' }));
}
