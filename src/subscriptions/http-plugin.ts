import type { ApolloServerPlugin } from '@apollo/server';
import { graphql } from '../server/graphql-runtime.js';

/**
 * Answers a subscription sent over plain HTTP with a client error (HTTP 400, `BAD_REQUEST`) that
 * says where subscriptions are served, instead of letting the executor fail it as an internal error.
 */
export const subscriptionOverHttpPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new graphql.GraphQLError(
          'Subscriptions are served over WebSocket at /graphql (graphql-ws protocol, subprotocol `graphql-transport-ws`); plain HTTP serves queries only.',
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      },
    };
  },
};
