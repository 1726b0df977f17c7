import { z } from 'zod';
import { UserInputError } from '../../model/errors.js';
import { answeredNow } from '../../model/time.js';
import { decodeCursor, encodeCursor, fetchPagedWindow } from '../paging.js';
import { MAX_PAGE_SIZE, type CallContext, type CustomerPage, type ListQuery } from '../types.js';
import type { SpherePayClient } from './client.js';
import { unknownValues } from '../vocabulary.js';
import { mapCustomer, toSpherePayType } from './mapper.js';

/**
 * The largest `limit` we ask SpherePay for. The real maximum is undocumented; 100 matches the simulator and is a size
 * list APIs commonly accept.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
export const SPHEREPAY_MAX_LIMIT = 100;

/** Cursor state: `o` the offset of the next row, `t` the `type` argument the cursor was made for. */
const cursorState = z.object({
  o: z.number().int().min(0).max(10_000_000),
  t: z.enum(['INDIVIDUAL', 'BUSINESS']).nullable(),
});

/**
 * A Relay page over SpherePay's page-number list. Cursors carry an offset; each
 * window is covered by the fewest upstream pages (`planPages`), and planned pages past the reported
 * `total` are never fetched. Rows are full documents, so they can prime the per-id cache.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
export async function listSpherePayCustomers(
  client: SpherePayClient,
  query: ListQuery,
  call: CallContext,
): Promise<CustomerPage> {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`first\` must be an integer from 1 to ${MAX_PAGE_SIZE}.`, 'SPHEREPAY');
  }
  let offset = 0;
  if (query.after) {
    const state = decodeCursor('SPHEREPAY', query.after, cursorState);
    // An offset only means something in the list it was taken from.
    if (state.t !== query.type) {
      throw new UserInputError('Invalid cursor for SPHEREPAY: it was made for a different `type`.', 'SPHEREPAY');
    }
    offset = state.o;
  }
  const type = query.type ? toSpherePayType(query.type) : null;
  // The window's first page answered first: its time understates, never overstates, the rows' freshness.
  let fetchedAt: string | undefined;
  const { items, total, more } = await fetchPagedWindow(
    offset,
    query.first,
    SPHEREPAY_MAX_LIMIT,
    async (page, limit) => {
      const res = await client.listCustomers({ page, limit, type }, call);
      fetchedAt ??= answeredNow();
      return { items: res.customers, total: res.pagination.total ?? null, hasNext: res.pagination.hasNext === true };
    },
  );
  const sink = unknownValues('SPHEREPAY', call.logger);
  const rows = items.map((dto, k) => ({
    cursor: encodeCursor('SPHEREPAY', { o: offset + k + 1, t: query.type }),
    customer: mapCustomer(dto, sink, fetchedAt),
  }));
  return { rows, hasNextPage: more, totalCount: total };
}
