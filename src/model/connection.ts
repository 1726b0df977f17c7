import type { CustomerModel } from './customer.js';

/** A customer with the opaque cursor that continues right after it. */
export interface EdgeModel {
  readonly cursor: string;
  readonly customer: CustomerModel;
}

/** One page of a customer connection, as the resolvers read it. */
export interface ConnectionModel {
  readonly rows: EdgeModel[];
  readonly hasNextPage: boolean;
  /** Known size, or a function that learns it (only called when `totalCount` is selected). */
  readonly totalCount: number | null | (() => Promise<number | null>);
}
