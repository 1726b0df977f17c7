/**
 * What the server tells the page (a JSON `<script id="graphiql-config">` written by
 * src/server/landing-page/graphiql-page.ts), so the bundle itself stays static and cacheable.
 */
export interface GraphiQLPageConfig {
  /** The GraphQL endpoint's path, e.g. `/graphql`. */
  readonly endpoint: string;
  /** The operation the editor opens with, and its variables (JSON text). */
  readonly query: string;
  readonly variables: string;
  /** True when the server has API_KEYS: the headers editor opens with an Authorization line to fill. */
  readonly authRequired: boolean;
  /** Hashed URLs of the Monaco workers, by Monaco's worker label. */
  readonly workers: { readonly editor: string; readonly json: string; readonly graphql: string };
}

/** Reads the page's configuration; throws with one clear line when the server did not write it. */
export function readConfig(doc: Document): GraphiQLPageConfig {
  const text = doc.getElementById('graphiql-config')?.textContent;
  if (!text) throw new Error('GraphiQL: the page carries no #graphiql-config; is it served by customer-graph?');
  return JSON.parse(text) as GraphiQLPageConfig;
}
