import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { graphql } from './graphql-runtime.js';

/** What a subscription sent over HTTP is told. */
export const SUBSCRIPTION_OVER_HTTP_MESSAGE =
  'Subscriptions are served over WebSocket at /graphql (graphql-ws protocol, subprotocol `graphql-transport-ws`); plain HTTP serves queries only.';

/**
 * Refuses a `subscription` operation sent over HTTP with HTTP 400 and `BAD_REQUEST`, before anything
 * executes. Apollo Server would otherwise run it once like a query; subscriptions live on the
 * WebSocket endpoint (subscriptions/live.ts).
 */
export function subscriptionsOverHttpPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  // Holds no per-request state, so every request shares it (as cost.ts's listener does).
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ operation }) {
      if (operation?.operation !== 'subscription') return;
      throw new graphql.GraphQLError(SUBSCRIPTION_OVER_HTTP_MESSAGE, {
        nodes: operation,
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      });
    },
  };
  return { requestDidStart: async () => listener };
}
