import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { buildSubgraphSchema } from '@apollo/subgraph';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { parse, type GraphQLSchema } from 'graphql';
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
import { boundedDocumentStore } from './document-store.js';
import { checkEntityRepresentations } from './entity-representations.js';
import { internalErrorLogPlugin } from './internal-error-log.js';
import { jitExecutionGateway } from './jit-executor.js';
import { landingPage } from './landing-page/index.js';
import { MAX_BODY_BYTES, queryLimits } from './limits.js';
import { installOpsRoutes, operationMetricsPlugin } from './observability.js';
import { installHttpErrorHandler } from './http-errors.js';
import { wantsFresh } from './freshness.js';
import { installGracefulClose } from './graceful-close.js';
import { HTTP_TIMEOUTS, type HttpTimeouts } from './http-timeouts.js';
import { requestIdOf } from './request-id.js';
import { KnownOperationTypesRule } from './rules/known-operation-types.js';
import { NoIntrospectionRule } from './rules/no-introspection.js';
import { installClientAuth } from './security.js';
import { subscriptionsOverHttpPlugin } from './subscriptions-over-http.js';
import { installLive, type Live, type LiveOptions } from '../subscriptions/live.js';

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
  /** `graphql-js` runs Apollo Server's own executor: the reference the graphql-jit tests compare with. Default `jit`. */
  readonly executor?: 'jit' | 'graphql-js';
  /** Webhook secrets, bus, de-duplication and cache invalidation (subscriptions/live.ts); defaults in-process. */
  readonly live?: LiveOptions;
  /** How long the HTTP server waits on a client; default HTTP_TIMEOUTS (tests shorten them). */
  readonly httpTimeouts?: HttpTimeouts;
}

export interface CustomerGraphServer {
  readonly app: FastifyInstance;
  readonly apollo: ApolloServer<GraphQLContext>;
  /** Webhooks, bus and the WebSocket subscription endpoint. */
  readonly live: Live;
}

/** The executable subgraph schema (also served standalone). Built once per process. */
export function createSchema() {
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefsSource), resolvers: resolvers as never });
  checkEntityRepresentations(schema);
  return schema;
}

/**
 * Builds the HTTP server: `/graphql` (GET and POST), `/healthz`, `/readyz`. Used by `main.ts` and
 * by every integration test, so tests exercise exactly what production runs.
 */
export async function createServer(deps: ServerDeps): Promise<CustomerGraphServer> {
  const timeouts = deps.httpTimeouts ?? HTTP_TIMEOUTS;
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Operations are logged by Apollo plugins with their name and outcome; per-HTTP lines add nothing.
    // One request id, under one key, in every log line and for every upstream call (request-id.ts).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    bodyLimit: MAX_BODY_BYTES,
    genReqId: requestIdOf,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    http: {
      headersTimeout: timeouts.headersTimeoutMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    // While draining, a request on a kept-alive connection is answered (with `Connection: close`), not 503.
    return503OnClosing: false,
  });
  installGracefulClose(app);
  installHttpErrorHandler(app);
  installClientAuth(app, deps.config);
  const limits = queryLimits();
  const landing = landingPage(deps.config);
  const schema = createSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    ...executionOptions(deps.executor ?? 'jit', schema),
    logger: deps.logger,
    // Refused by our own rule (NoIntrospectionRule) instead, whose message names INTROSPECTION=true.
    introspection: true,
    // Production strips "Did you mean …?" from validation errors (formatError: from every error).
    hideSchemaDetailsFromClientErrors: deps.config.production,
    // main.ts owns SIGTERM/SIGINT and drains by the request deadline (graceful-close.ts); Apollo's own
    // handler and Fastify drain plugin would force-close connections after a fixed 10 s.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !deps.config.production,
    formatError: createFormatError({
      includeStack: !deps.config.production,
      hideSuggestions: deps.config.production,
    }),
    validationRules: [
      ...limits.validationRules,
      KnownOperationTypesRule,
      ...(deps.config.introspection ? [] : [NoIntrospectionRule]),
    ],
    parseOptions: limits.parseOptions,
    plugins: [
      // Inline traces only feed GraphOS usage reporting through a router, and cache hints have no
      // use for KYC data that must never sit in a shared cache; both plugins would wrap every field
      // resolver of every request. Operations are measured by operationMetricsPlugin instead.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin(deps.metrics),
      subscriptionsOverHttpPlugin(),
      internalErrorLogPlugin(),
      ...limits.plugins,
      landing.plugin,
    ],
  });
  await apollo.start();

  const contextDeps = { ...deps, requestTimeoutMs: deps.config.requestTimeoutMs };
  const handler = fastifyApolloHandler(apollo, {
    context: async (request, reply) =>
      createContext(contextDeps, request.id, reply.raw, { noCache: wantsFresh(request.headers) }),
  });
  app.route({ method: ['GET', 'POST', 'OPTIONS'], url: '/graphql', handler });
  app.get('/', { config: { public: true } }, (_, reply) => reply.redirect('/graphql'));
  landing.installRoutes(app);
  installDeskRoute(app, { enabled: deps.config.introspection });
  installOpsRoutes(app, deps);
  const live = installLive(app, { ...deps, schema, options: deps.live });
  return { app, apollo, live };
}

function executionOptions(executor: 'jit' | 'graphql-js', schema: GraphQLSchema) {
  if (executor === 'graphql-js') return { schema };
  const gateway = jitExecutionGateway(schema);
  return { gateway, documentStore: boundedDocumentStore({ onEvict: gateway.forget }) };
}
