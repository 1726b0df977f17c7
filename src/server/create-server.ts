import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { buildSubgraphSchema } from '@apollo/subgraph';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { parse } from 'graphql';
import type { Bus } from '../bus/bus.js';
import type { CustomerCache } from '../cache/customer-cache.js';
import type { Config } from '../config.js';
import { typeDefsSource } from '../generated/type-defs.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import type { RedisConnection } from '../redis/client.js';
import { resolvers } from '../resolvers/index.js';
import { createContext, type GraphQLContext } from './context.js';
import { installDeskRoute } from './desk-route.js';
import { createFormatError } from './errors.js';
import { jitExecutionGateway } from './jit-executor.js';
import { landingPage } from './landing-page/index.js';
import { MAX_BODY_BYTES, queryLimits } from './limits.js';
import { installOpsRoutes, operationMetricsPlugin } from './observability.js';
import { installHttpErrorHandler } from './http-errors.js';
import { wantsFresh } from './freshness.js';
import { installClientAuth } from './security.js';

export interface ServerDeps {
  readonly config: Pick<Config, 'introspection' | 'production' | 'apiKeys' | 'requestTimeoutMs'>;
  readonly providers: Providers;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** What `/metrics` serves; default this process's registry (a cluster worker asks for every worker's sum). */
  readonly metricsText?: () => Promise<string>;
  /** The customer cache whose `invalidate` webhook handlers call (`providers` are already wrapped by it). */
  readonly cache?: CustomerCache;
  /** The cross-replica message bus (cache invalidations, live events). */
  readonly bus?: Bus;
  /** The shared Redis connection (`REDIS_URL`), `null`/absent without one. */
  readonly redis?: RedisConnection | null;
}

export interface CustomerGraphServer {
  readonly app: FastifyInstance;
  readonly apollo: ApolloServer<GraphQLContext>;
}

/** The executable subgraph schema (also served standalone). Built once per process. */
export function createSchema() {
  return buildSubgraphSchema({ typeDefs: parse(typeDefsSource), resolvers: resolvers as never });
}

/**
 * Builds the HTTP server: `/graphql` (GET and POST), `/healthz`, `/readyz`. Used by `main.ts` and
 * by every integration test, so tests exercise exactly what production runs.
 */
export async function createServer(deps: ServerDeps): Promise<CustomerGraphServer> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Operations are logged by Apollo plugins with their name and outcome; per-HTTP lines add nothing.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    return503OnClosing: true,
  });
  installHttpErrorHandler(app);
  installClientAuth(app, deps.config);
  const limits = queryLimits({ production: deps.config.production });
  const landing = landingPage(deps.config);
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: jitExecutionGateway(createSchema()),
    logger: deps.logger,
    introspection: deps.config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !deps.config.production,
    formatError: createFormatError({ includeStack: !deps.config.production }),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // Inline traces only feed GraphOS usage reporting through a router, and cache hints have no
      // use for KYC data that must never sit in a shared cache; both plugins would wrap every field
      // resolver of every request. Operations are measured by operationMetricsPlugin instead.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin(deps.metrics),
      ...limits.plugins,
      landing.plugin,
    ],
  });
  await apollo.start();

  const contextDeps = { ...deps, requestTimeoutMs: deps.config.requestTimeoutMs };
  const handler = fastifyApolloHandler(apollo, {
    context: async (request, reply) =>
      createContext(contextDeps, headerValue(request.headers['x-request-id']), reply.raw, {
        noCache: wantsFresh(request.headers),
      }),
  });
  app.route({ method: ['GET', 'POST', 'OPTIONS'], url: '/graphql', handler });
  app.get('/', { config: { public: true } }, (_, reply) => reply.redirect('/graphql'));
  landing.installRoutes(app);
  installDeskRoute(app, { enabled: deps.config.introspection });
  installOpsRoutes(app, deps);
  return { app, apollo };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
