import type {
  BusinessCustomerResolvers,
  CustomerResolvers,
  IndividualCustomerResolvers,
  NodeResolvers,
} from '../generated/resolvers.js';
import type { BusinessCustomerModel, CustomerModel, IndividualCustomerModel } from '../model/customer.js';
import { notFound } from '../model/errors.js';
import { toGlobalId } from '../model/global-id.js';
import type { GraphQLContext } from '../server/context.js';
import { customerById } from './query.js';
import { view } from './views.js';

/**
 * `pick` applied to the detail document of `parent`: itself when full (answered at once, no promise
 * per field and row), else loaded (list rows are summaries).
 */
function fromDetail<T extends CustomerModel, R>(parent: T, ctx: GraphQLContext, pick: (m: T) => R): R | Promise<R> {
  return parent.detail === 'full' ? pick(parent) : (ctx.loaders.detail.load(parent) as Promise<T>).then(pick);
}

const resolveType = (parent: CustomerModel) =>
  parent.type === 'INDIVIDUAL' ? ('IndividualCustomer' as const) : ('BusinessCustomer' as const);

// Fields every customer type resolves the same way. Plain fields resolve by name from the model.
const common = {
  id: (parent: CustomerModel) => toGlobalId(parent),
  statusUpdatedAt: (parent: CustomerModel, _: unknown, ctx: GraphQLContext) =>
    fromDetail(parent, ctx, (m) => m.statusUpdatedAt),
  verificationType: (parent: CustomerModel, _: unknown, ctx: GraphQLContext) =>
    fromDetail(parent, ctx, (m) => m.verificationType),
  capabilities: (parent: CustomerModel, _: unknown, ctx: GraphQLContext) =>
    parent.capabilities ?? ctx.loaders.capabilities.load(parent),
  requestForInformation: (parent: CustomerModel, _: unknown, ctx: GraphQLContext) =>
    fromDetail(parent, ctx, (owner) => owner.requestForInformation.map((r) => view(r, owner))),
  rejection: (parent: CustomerModel, _: unknown, ctx: GraphQLContext) =>
    fromDetail(parent, ctx, (owner) => (owner.rejection ? view(owner.rejection, owner) : null)),
};

// Async so a malformed key rejects its own entity instead of throwing through the whole `_entities` list.
const reference = async (representation: { id: string }, ctx: GraphQLContext) => customerById(representation.id, ctx);

/** A reference typed as one concrete type resolves only to a customer of that type. */
function typedReference<T extends CustomerModel>(type: T['type']) {
  return async (representation: { id: string }, ctx: GraphQLContext): Promise<T> => {
    const customer = await customerById(representation.id, ctx);
    if (customer.type !== type) {
      throw notFound(customer.provider, type.toLowerCase());
    }
    return customer as T;
  };
}

export const Node: NodeResolvers = { __resolveType: resolveType };

export const Customer: CustomerResolvers = {
  __resolveType: resolveType,
  __resolveReference: reference,
};

export const IndividualCustomer: IndividualCustomerResolvers = {
  ...common,
  __resolveReference: typedReference<IndividualCustomerModel>('INDIVIDUAL'),
};

export const BusinessCustomer: BusinessCustomerResolvers = {
  ...common,
  __resolveReference: typedReference<BusinessCustomerModel>('BUSINESS'),
  associatedParties: (parent, _, ctx) =>
    fromDetail(parent as BusinessCustomerModel, ctx, (owner) => owner.associatedParties.map((p) => view(p, owner))),
};
