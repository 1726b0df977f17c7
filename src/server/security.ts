import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { isLandingPageRequest } from './landing-page/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Served without an API key: static content that executes no operation (the GraphiQL bundle, the
     * desk), or a provider webhook, which authenticates by its own signature.
     */
    public?: boolean;
  }
}

/**
 * Routes that stay open with client authentication on: probes and metrics scraping (the provider
 * webhooks mark themselves `public`, src/webhooks/routes.ts).
 */
const OPEN_ROUTES: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/** The body of every 401: GraphQL-shaped, so clients read `errors[0].extensions.code` as for any error. */
const UNAUTHENTICATED_BODY = {
  errors: [
    {
      message: 'A valid API key is required: send it as "Authorization: Bearer <key>".',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
} as const;

/**
 * Client authentication (`API_KEYS`). With keys configured, every request except `OPEN_ROUTES`, routes
 * marked `config: { public: true }`, the landing page when introspection is on (a GET of /graphql for
 * HTML with no query string, so a browser can open the IDE and type the key into it) and CORS preflights must carry
 * `Authorization: Bearer <key>`; anything else is answered HTTP 401 in
 * `onRequest`, before the body is read, so nothing is parsed or executed and no provider is asked.
 * Without keys (`config.apiKeys === null`, which config.ts allows only with the simulator or
 * `ALLOW_UNAUTHENTICATED=true`) nothing is installed.
 */
export function installClientAuth(app: FastifyInstance, config: Pick<Config, 'apiKeys' | 'introspection'>): void {
  if (!config.apiKeys?.length) return;
  const isValidKey = createKeyCheck(config.apiKeys);
  app.log.info(
    { clientKeys: config.apiKeys.length },
    `client authentication on: operations need "Authorization: Bearer <key>"${
      config.introspection ? '; the IDE pages (/graphql in a browser, /graphiql) open without one' : ''
    }`,
  );
  app.addHook('onRequest', async (request, reply) => {
    // A preflight carries no credentials by design, and OPTIONS executes nothing.
    if (request.method === 'OPTIONS' || OPEN_ROUTES.has(request.routeOptions.url ?? '')) return;
    if (request.routeOptions.config.public === true) return;
    // The landing page exists only with introspection on; otherwise the request gets the usual 401.
    if (config.introspection && isLandingPageRequest(request)) return;
    const presented = bearerToken(request);
    if (presented !== null && isValidKey(presented)) return;
    // Never log what was presented: a near-miss key is still a secret.
    request.log.warn({ reason: presented === null ? 'missing' : 'invalid' }, 'client authentication failed');
    return reply
      .code(401)
      .header(
        'www-authenticate',
        presented === null ? 'Bearer realm="customer-graph"' : 'Bearer realm="customer-graph", error="invalid_token"',
      )
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(UNAUTHENTICATED_BODY);
  });
}

/**
 * A constant-time check of a presented key against every configured key. Both sides are hashed to 32
 * bytes first (so `timingSafeEqual` compares equal lengths and a key's length does not leak), and
 * every configured key is compared, without stopping at the first match.
 */
export function createKeyCheck(keys: readonly string[]): (presented: string) => boolean {
  const digests = keys.map(digest);
  return (presented) => {
    const candidate = digest(presented);
    let match = 0;
    for (const known of digests) match |= timingSafeEqual(candidate, known) ? 1 : 0;
    return match === 1;
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The token of `Authorization: Bearer <token>` (scheme case-insensitive, RFC 7235 §2.1), else null. */
function bearerToken(request: FastifyRequest): string | null {
  return bearer(request.headers.authorization);
}

/** The key of an `Authorization: Bearer <key>` value (a header, or graphql-ws `connectionParams`), or null. */
export function bearer(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^Bearer +(\S+) *$/i.exec(value)?.[1] ?? null;
}
