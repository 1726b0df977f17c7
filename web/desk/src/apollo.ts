import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
// The fragment matcher codegen writes for every client of this schema (src/generated, committed).
import introspection from '../../../src/generated/possible-types.js';

/** Where the desk's GraphQL traffic goes. */
export interface DeskEndpoints {
  /** Queries over HTTP, e.g. `/graphql`. */
  readonly httpUrl: string;
  /** Subscriptions over graphql-ws, e.g. `ws://localhost:4000/graphql`. */
  readonly wsUrl: string;
}

/** Whether the subscription socket is up (`connected`), being (re)opened, or closed (retrying). */
export type LiveState = 'idle' | 'connecting' | 'connected' | 'closed';

export interface DeskClientOptions {
  /** The API key to send (`API_KEYS` on the server), `null` for none. Read per request. */
  readonly apiKey?: () => string | null;
  /** Called when the server refuses the key (HTTP 401, or the socket closed with 4403). */
  readonly onUnauthenticated?: () => void;
  /** Hears the socket's state, for a status indicator. */
  readonly onLiveState?: (state: LiveState) => void;
  /** A WebSocket class where there is no global one (Node 20: `ws`); browsers need none. */
  readonly webSocketImpl?: unknown;
}

/** The endpoints of the server that served this page (the desk is same-origin with the API). */
export function sameOriginEndpoints(location: { readonly protocol: string; readonly host: string }): DeskEndpoints {
  return {
    httpUrl: '/graphql',
    wsUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  };
}

/**
 * The desk's Apollo Client, meant to be copied: one `InMemoryCache` that knows the schema's
 * interfaces (generated `possibleTypes`, so `... on BusinessCustomer` matches) and merges Relay
 * pages (`relayStylePagination`, one list per provider and type), and one link that sends
 * subscriptions over graphql-ws and everything else over HTTP, each with the API key when there is
 * one. A customer is normalised by its global `id`, so a `customerUpdated` event rewrites every row
 * and panel that shows it. Returns the socket too, so a new key can reopen it.
 */
export function createDeskClient(endpoints: DeskEndpoints, options: DeskClientOptions = {}) {
  const apiKey = options.apiKey ?? (() => null);
  const ws = createClient({
    url: endpoints.wsUrl,
    webSocketImpl: options.webSocketImpl,
    // The contract's place for the key on a socket: `connection_init`'s payload.
    connectionParams: () => {
      const key = apiKey();
      return key ? { authorization: `Bearer ${key}` } : {};
    },
    // Opened with the first subscription, closed after the last one ends.
    lazy: true,
    // A desk stays open for hours: keep reconnecting (graphql-ws backs off exponentially with jitter).
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => options.onLiveState?.('connecting'),
      connected: () => options.onLiveState?.('connected'),
      closed: (event) => {
        if ((event as { code?: number }).code === 4403) options.onUnauthenticated?.();
        options.onLiveState?.('closed');
      },
    },
  });
  const withKey = new ApolloLink((operation, forward) => {
    const key = apiKey();
    if (key) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${key}` },
      }));
    }
    return forward(operation);
  });
  const onError = new ErrorLink(({ error }) => {
    if (ServerError.is(error) && error.statusCode === 401) options.onUnauthenticated?.();
  });
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    new GraphQLWsLink(ws),
    ApolloLink.from([onError, withKey, new HttpLink({ uri: endpoints.httpUrl })]),
  );
  const cache = new InMemoryCache({
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // One merged list per provider (and type): "Load more" appends the next page's edges.
          customers: relayStylePagination(['provider', 'type']),
        },
      },
      // A party's `id` is the provider's, unique only within its business: keep parties inside
      // their customer rather than normalising them by that id.
      AssociatedParty: { keyFields: false },
    },
  });
  return { client: new ApolloClient({ link, cache }), socket: ws as Client };
}
