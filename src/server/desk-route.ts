import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** What `/desk/<name>` may serve: the bundle's own files only, so no request can name another path. */
const ASSETS: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'desk.js': 'text/javascript; charset=utf-8',
  'desk.css': 'text/css; charset=utf-8',
  'desk.js.map': 'application/json; charset=utf-8',
  'desk.css.map': 'application/json; charset=utf-8',
  'desk.js.LEGAL.txt': 'text/plain; charset=utf-8',
};

// Same-origin only: the page loads its own script and style and talks to /graphql (HTTP and
// WebSocket; CSP 3's 'self' covers ws: and wss: to the same host).
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface DeskRouteOptions {
  /** Serve the desk (on with the landing page: introspection on). */
  readonly enabled: boolean;
  /** Directory holding the built desk; default `dist/desk` beside the server bundle or the repository's. */
  readonly root?: string;
}

/**
 * Serves the onboarding desk (web/desk, built into dist/desk by `npm run build`) at `/desk/`. On
 * whenever the landing page is, as a development tool: off in production unless `INTROSPECTION=true`.
 * Files are read per request (they are small and the desk is a tool, not a hot path), so a rebuild
 * shows on reload. An unbuilt desk answers 503 saying how to build it.
 */
export function installDeskRoute(app: FastifyInstance, options: DeskRouteOptions): void {
  if (!options.enabled) return;
  const root = options.root ?? defaultDeskRoot();
  // Public (no API key, see security.ts): static files that execute nothing; every operation the
  // desk sends goes to /graphql and needs the key like any other.
  const route = { config: { public: true } };
  app.get('/desk', route, (_, reply) => reply.redirect('/desk/'));
  app.get('/desk/', route, (_, reply) => serve(reply, root, 'index.html'));
  app.get<{ Params: { file: string } }>('/desk/:file', route, (request, reply) =>
    serve(reply, root, request.params.file),
  );
}

async function serve(reply: FastifyReply, root: string, file: string) {
  const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (!type) return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
  let body: Buffer;
  try {
    body = await readFile(`${root}/${file}`);
  } catch {
    if (file !== 'index.html') return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
    return reply
      .code(503)
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send('The onboarding desk is not built: run `npm run build` (or `npm start`, which builds first).');
  }
  reply
    .type(type)
    // Names are not content-hashed, so the browser revalidates each time (a local tool; files are small).
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer');
  if (file === 'index.html') reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  return reply.send(body);
}

/**
 * `dist/desk` whether the server runs bundled (`dist/main.js` → `dist/desk/`) or from source
 * (`src/server/` → `../../dist/desk/`); the first candidate that holds a build wins.
 */
function defaultDeskRoot(): string {
  const candidates = [new URL('desk', import.meta.url), new URL('../../dist/desk', import.meta.url)].map((u) =>
    fileURLToPath(u),
  );
  return candidates.find((dir) => existsSync(`${dir}/index.html`)) ?? candidates[candidates.length - 1]!;
}
