import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

/**
 * GraphiQL's fetcher: queries and mutations over HTTP POST (application/json, so Apollo's CSRF
 * prevention lets them through), subscriptions over graphql-ws on the same path (`ws(s)://<host>`).
 * Browsers cannot set headers on a WebSocket, so the headers typed in GraphiQL's headers editor
 * (e.g. `Authorization: Bearer <key>`) travel as the graphql-ws `connectionParams`; the client is
 * lazy, so no socket opens until a subscription runs, and it reconnects with the current headers.
 */
export function createFetcher(endpoint: string, location: Location): Fetcher {
  const url = new URL(endpoint, location.href);
  const subscriptionUrl = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}${url.pathname}`;
  let headers: Record<string, unknown> = {};
  const wsClient = createClient({ url: subscriptionUrl, lazy: true, connectionParams: () => headers });
  const fetcher = createGraphiQLFetcher({ url: url.href, subscriptionUrl, wsClient });
  return (params, options) => {
    headers = { ...(options?.headers ?? {}) };
    return fetcher(params, options);
  };
}
