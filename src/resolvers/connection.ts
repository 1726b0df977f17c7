import type { CustomerConnectionResolvers, CustomerEdgeResolvers } from '../generated/resolvers.js';

export const CustomerConnection: CustomerConnectionResolvers = {
  edges: (page) => page.rows,
  nodes: (page) => page.rows.map((row) => row.customer),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    // Forward-only pagination (`first`/`after`), as every provider's list is.
    hasPreviousPage: false,
    startCursor: page.rows[0]?.cursor ?? null,
    endCursor: page.rows.at(-1)?.cursor ?? null,
  }),
  totalCount: (page) => (typeof page.totalCount === 'function' ? page.totalCount() : page.totalCount),
};

export const CustomerEdge: CustomerEdgeResolvers = {
  node: (edge) => edge.customer,
};
