import type { GraphiQLManifest } from './graphiql-bundle.js';

/** Where the bundled GraphiQL is served; its assets sit under `${GRAPHIQL_PATH}/assets/`. */
export const GRAPHIQL_PATH = '/graphiql';

/**
 * The page's Content-Security-Policy: only this origin's scripts, workers and connections (including
 * the graphql-ws socket on the same host). Monaco sets inline styles at run time, hence 'unsafe-inline'
 * for styles only.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** What the page needs to know beyond the bundle: the endpoint and the operation to open with. */
export interface GraphiQLPageOptions {
  readonly endpoint: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly authRequired: boolean;
}

/** The HTML of GET /graphiql: the hashed bundle's files and the page's configuration as inert JSON. */
export function graphiqlPageHtml(manifest: GraphiQLManifest, options: GraphiQLPageOptions): string {
  const asset = (path: string) => `${GRAPHIQL_PATH}/${path}`;
  const config = {
    endpoint: options.endpoint,
    query: options.query,
    variables: JSON.stringify(options.variables, null, 2),
    authRequired: options.authRequired,
    workers: {
      editor: asset(manifest.workers.editor),
      json: asset(manifest.workers.json),
      graphql: asset(manifest.workers.graphql),
    },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>customer-graph · GraphiQL</title>
    <style>
      body { margin: 0; }
      #graphiql { height: 100dvh; }
    </style>
    <link rel="stylesheet" href="${escapeAttribute(asset(manifest.style))}" />
    <script type="application/json" id="graphiql-config">${jsonForScript(config)}</script>
    <script type="module" src="${escapeAttribute(asset(manifest.script))}"></script>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <noscript>GraphiQL needs JavaScript.</noscript>
  </body>
</html>
`;
}

/** The page served when the bundle is not built (e.g. `npm run dev` before any `npm run build`). */
export const GRAPHIQL_NOT_BUILT =
  'The bundled GraphiQL is not built: run `npm run build` (or `node scripts/build-graphiql.mjs`), then reload.\n';

// JSON inside <script> must not close the element or open a comment; escaping `<` covers both.
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
