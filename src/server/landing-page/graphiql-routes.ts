import type { FastifyInstance, FastifyRequest } from 'fastify';
import { openGraphiQLBundle, type GraphiQLBundle } from './graphiql-bundle.js';
import {
  GRAPHIQL_CSP,
  GRAPHIQL_NOT_BUILT,
  GRAPHIQL_PATH,
  graphiqlPageHtml,
  type GraphiQLPageOptions,
} from './graphiql-page.js';

/** Hashed file names never change content, so browsers may keep them for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the bundled GraphiQL: `GET /graphiql` (the page, revalidated on every load so a new build is
 * picked up) and `GET /graphiql/assets/<hashed name>` (long-cached). Both routes are `public`: static
 * files that execute nothing, served without an API key (see security.ts); every operation GraphiQL
 * sends goes to /graphql and needs the key like any other.
 *
 * Hand-written rather than @fastify/static: two routes over a fixed list of built files, with
 * precompressed bodies, need no new dependency, and no request path ever reaches the file system.
 */
export function installGraphiQLRoutes(
  app: FastifyInstance,
  page: GraphiQLPageOptions,
  bundleDirs?: readonly string[],
): void {
  let bundle: GraphiQLBundle | undefined;
  // Opened on first use and re-checked while missing, so a build made after start-up is served.
  const current = () => (bundle ??= openGraphiQLBundle(bundleDirs));

  app.get(GRAPHIQL_PATH, { config: { public: true } }, async (_request, reply) => {
    const built = current();
    reply.header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
    if (!built) return reply.code(503).type('text/plain; charset=utf-8').send(GRAPHIQL_NOT_BUILT);
    return reply
      .header('content-security-policy', GRAPHIQL_CSP)
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(graphiqlPageHtml(built.manifest, page));
  });

  app.get<{ Params: { file: string } }>(
    `${GRAPHIQL_PATH}/assets/:file`,
    { config: { public: true } },
    async (request, reply) => {
      const file = await current()?.read(request.params.file);
      reply.header('x-content-type-options', 'nosniff');
      if (!file)
        return reply
          .code(404)
          .header('cache-control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send('Not found\n');
      reply.header('cache-control', IMMUTABLE).header('vary', 'accept-encoding').type(file.contentType);
      if (file.gzip && acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(file.gzip);
      return reply.send(file.body);
    },
  );
}

/** True unless the client refuses gzip (`gzip;q=0`) or does not list it (nor `*`). */
function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  }
  return false;
}
