import { z } from 'zod';
import { answeredNow } from '../../model/time.js';
import { cursorCodec } from '../cursor.js';
import { fetchPagedWindow } from '../paging.js';
import type { CallContext, CustomerPage, ListQuery } from '../types.js';
import type { SpherePayClient } from './client.js';
import { unknownValues } from '../vocabulary.js';
import { mapCustomer, toSpherePayType } from './mapper.js';

/**
 * The largest `limit` we ask SpherePay for. The real maximum is undocumented; 100 matches the simulator and is a size
 * list APIs commonly accept.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
export const SPHEREPAY_MAX_LIMIT = 100;

/** Cursor position: `o` the offset of the next row (an offset only means something in its own list). */
const cursors = cursorCodec('SPHEREPAY', { o: z.number().int().min(0).max(10_000_000) });

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
  const offset = cursors.read(query)?.o ?? 0;
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
    cursor: cursors.encode(query.type, { o: offset + k + 1 }),
    customer: mapCustomer(dto, sink, fetchedAt),
  }));
  return { rows, hasNextPage: more, totalCount: total };
}
