import type { SubscriptionResolvers } from '../generated/resolvers.js';
import type { CustomerModel } from '../model/customer.js';
import { UserInputError } from '../model/errors.js';
import { parseCustomerId } from '../providers/ids.js';
import type { GraphQLContext } from '../server/context.js';
import { refKey, type CustomerUpdates } from './customer-updates.js';

/** Most ids one subscription may name (as many as `nodes` takes in one request is far more than a screen needs). */
export const MAX_SUBSCRIPTION_IDS = 512;

/** The context of an operation on the WebSocket transport (subscriptions/ws-server.ts). */
export interface LiveContext extends GraphQLContext {
  readonly updates: CustomerUpdates;
  /** Fresh per-event loaders primed with `customer`, so nested fields read this event's state. */
  renew(customer: CustomerModel): void;
}

function isLive(context: GraphQLContext): context is LiveContext {
  return 'updates' in context;
}

/** `Subscription.customerUpdated`: ids are validated (BAD_USER_INPUT) before anything is subscribed. */
export const Subscription: SubscriptionResolvers = {
  customerUpdated: {
    subscribe(_root, args, context) {
      if (!isLive(context)) {
        throw new UserInputError('Subscriptions are served over WebSocket (graphql-ws protocol) at /graphql.');
      }
      const ids = args.ids ?? null;
      if (ids && ids.length > MAX_SUBSCRIPTION_IDS) {
        throw new UserInputError(`At most ${MAX_SUBSCRIPTION_IDS} ids per subscription.`);
      }
      const refs = ids ? new Set(ids.map((id) => refKey(parseCustomerId(id)))) : null;
      return context.updates.subscribe({ refs, provider: args.provider ?? null });
    },
    resolve(customer: CustomerModel, _args: unknown, context: GraphQLContext) {
      if (isLive(context)) context.renew(customer);
      return customer;
    },
  },
};
