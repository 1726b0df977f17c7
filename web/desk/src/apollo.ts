import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import introspection from './gql/possible-types.js';

/** Where the desk's GraphQL traffic goes. */
export interface DeskEndpoints {
  /** Queries over HTTP, e.g. `/graphql`. */
  readonly httpUrl: string;
  /** Subscriptions over graphql-ws, e.g. `ws://localhost:4000/graphql`. */
  readonly wsUrl: string;
}

/** Whether the subscription socket is up (`connected`), being (re)opened, or given up on. */
export type LiveState = 'idle' | 'connecting' | 'connected' | 'closed';

/** The endpoints of the server that served this page (the desk is same-origin with the API). */
export function sameOriginEndpoints(location: Pick<Location, 'protocol' | 'host'>): DeskEndpoints {
  return {
    httpUrl: '/graphql',
    wsUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  };
}

/**
 * The desk's Apollo Client, meant to be copied: one `InMemoryCache` that knows the schema's
 * interfaces (generated `possibleTypes`, so `... on BusinessCustomer` matches) and merges Relay
 * pages (`relayStylePagination`, one list per provider and type), and one link that sends
 * subscriptions over graphql-ws and everything else over HTTP. A customer is normalised by its
 * global `id`, so a `customerUpdated` event rewrites every row and panel that shows it.
 *
 * `onLiveState` hears the socket's state (connecting, connected, closed) for a status indicator.
 */
export function createDeskClient(endpoints: DeskEndpoints, onLiveState: (state: LiveState) => void = () => {}) {
  const ws = createClient({
    url: endpoints.wsUrl,
    // Opened with the first subscription, closed after the last one ends.
    lazy: true,
    // A desk stays open for hours: keep reconnecting (graphql-ws backs off exponentially with jitter).
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => onLiveState('connecting'),
      connected: () => onLiveState('connected'),
      closed: () => onLiveState('closed'),
    },
  });
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    new GraphQLWsLink(ws),
    new HttpLink({ uri: endpoints.httpUrl }),
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
  return new ApolloClient({ link, cache });
}
