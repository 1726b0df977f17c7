import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { EXAMPLE_QUERY, EXAMPLE_VARIABLES } from '../example-query.js';
import { installGraphiQLRoutes } from './graphiql-routes.js';
import { GRAPHIQL_PATH } from './graphiql-page.js';
import { sandboxWithFallbackPlugin } from './sandbox-fallback-plugin.js';

export { GRAPHIQL_PATH } from './graphiql-page.js';

/** The GraphQL endpoint whose GET serves the landing page. */
const ENDPOINT = '/graphql';

type LandingConfig = Pick<Config, 'introspection' | 'apiKeys'>;

/**
 * The IDEs a browser gets, on when introspection is (development, the simulator, or
 * `INTROSPECTION=true`): GET /graphql serves Apollo Sandbox, which falls back by itself to the
 * bundled GraphiQL at /graphiql when Apollo's CDN cannot be reached. Off: Apollo's landing page is
 * disabled and /graphiql does not exist.
 */
export function landingPage(config: LandingConfig): {
  readonly plugin: ApolloServerPlugin<BaseContext>;
  installRoutes(app: FastifyInstance): void;
} {
  if (!config.introspection) return { plugin: ApolloServerPluginLandingPageDisabled(), installRoutes: () => {} };
  const authRequired = Boolean(config.apiKeys?.length);
  return {
    plugin: sandboxWithFallbackPlugin({
      fallbackPath: GRAPHIQL_PATH,
      document: EXAMPLE_QUERY,
      variables: EXAMPLE_VARIABLES,
      ...(authRequired ? { headers: { Authorization: 'Bearer ' } } : {}),
    }),
    installRoutes: (app) =>
      installGraphiQLRoutes(app, {
        endpoint: ENDPOINT,
        query: EXAMPLE_QUERY,
        variables: EXAMPLE_VARIABLES,
        authRequired,
      }),
  };
}

/**
 * True for a request that can only fetch the landing page of /graphql: a GET (or HEAD) asking for
 * HTML with no query string at all. Apollo reads a GET operation only from the query string (`query`,
 * `extensions` for persisted queries), so such a request can execute nothing and may go without an
 * API key.
 */
export function isLandingPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.url !== ENDPOINT) return false;
  const accept = request.headers.accept;
  return typeof accept === 'string' && /\btext\/html\b/i.test(accept);
}
