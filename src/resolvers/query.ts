import type { CustomerModel } from '../model/customer.js';
import { notConfigured, UserInputError } from '../model/errors.js';
import { checkPageArguments } from '../providers/cursor.js';
import { parseCustomerId } from '../providers/ids.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../server/context.js';

/** Most ids one `nodes` call takes; larger lists are refused before any provider is asked. */
export const MAX_NODES = 512;

/** Loads one customer by a client-supplied id; a malformed id throws before any request. */
export function customerById(id: string, ctx: GraphQLContext): Promise<CustomerModel> {
  return ctx.loaders.customer.load(parseCustomerId(id));
}

export const Query: QueryResolvers = {
  customer: (_, { id }, ctx) => customerById(id, ctx),
  node: (_, { id }, ctx) => customerById(id, ctx),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > MAX_NODES) throw new UserInputError(`nodes takes at most ${MAX_NODES} ids.`);
    // A failed entry is nulled and reported at its own path: a bad id (async, so it rejects rather
    // than throws) or a failing provider never takes the rest of the list with it. graphql-jit does
    // the same through the executor's settleListItems (server/jit-executor.ts).
    return ids.map(async (id) => customerById(id, ctx));
  },
  customers: async (_, { provider, type, first, after }, ctx) => {
    // Before the provider is looked up, so bad arguments are BAD_USER_INPUT even when it is unconfigured.
    checkPageArguments(provider, first, after ?? null);
    const source = ctx.providers[provider];
    if (!source) {
      throw notConfigured(provider);
    }
    return ctx.loaders.trackList(
      provider,
      source.listCustomers({ type: type ?? null, first, after: after ?? null }, ctx.call).then((result) => {
        for (const row of result.rows) ctx.loaders.prime(row.customer);
        return result;
      }),
    );
  },
};
