import { z } from 'zod';
import type { CustomerModel, CustomerType } from '../../model/customer.js';
import { answeredNow } from '../../model/time.js';
import { cursorCodec } from '../cursor.js';
import { fetchPagedWindow } from '../paging.js';
import type { CallContext, CustomerPage, ListQuery } from '../types.js';
import type { FinClient } from './client.js';
import { unknownValues } from '../vocabulary.js';
import { mapCustomerSummary } from './mapper.js';

/** Fin's `per_page` range is 1–512 (https://developer.fin.com/api-reference/customers/list-customers-v2). */
const FIN_MAX_PER_PAGE = 512;

/** Position of the next item: `s` the type list being walked, `o` the offset in it. */
const cursors = cursorCodec(
  'FIN',
  { s: z.enum(['INDIVIDUAL', 'BUSINESS']), o: z.number().int().min(0).max(10_000_000) },
  // Filtered by `type`, the walk has that one segment.
  { fits: (position, type) => type === null || position.s === type },
);

/**
 * A Relay page over Fin's page-numbered list. Fin requires `type`, so without one the connection
 * walks individuals, then businesses. Each window is covered by the fewest pages.
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 */
export async function listFinCustomers(client: FinClient, query: ListQuery, call: CallContext): Promise<CustomerPage> {
  const segments: CustomerType[] = query.type ? [query.type] : ['INDIVIDUAL', 'BUSINESS'];
  const position = cursors.read(query) ?? { s: segments[0] as CustomerType, o: 0 };
  const rows: { cursor: string; customer: CustomerModel }[] = [];
  const sink = unknownValues('FIN', call.logger);
  const totals = new Map<CustomerType, number>();
  let hasNextPage = false;
  for (let i = segments.indexOf(position.s); i < segments.length && rows.length < query.first; i++) {
    const type = segments[i] as CustomerType;
    const offset = type === position.s ? position.o : 0;
    const next = segments[i + 1];
    const { items, total } = await fetchWindow(client, type, offset, query.first - rows.length, call);
    const fetchedAt = answeredNow();
    totals.set(type, total);
    items.forEach((dto, k) => {
      const index = offset + k + 1;
      // The last row of a type points at the start of the next type, so no empty page is fetched.
      const after = index >= total && next ? { s: next, o: 0 } : { s: type, o: index };
      rows.push({ cursor: cursors.encode(query.type, after), customer: mapCustomerSummary(dto, sink, fetchedAt) });
    });
    const end = offset + items.length;
    // Past the end of this type, a following type may still have rows; learning it would cost a call.
    hasNextPage = end < total || next !== undefined;
  }
  return { rows, hasNextPage, totalCount: totalCount(client, segments, totals, call) };
}

async function fetchWindow(client: FinClient, type: CustomerType, offset: number, count: number, call: CallContext) {
  const window = await fetchPagedWindow(offset, count, FIN_MAX_PER_PAGE, async (page, perPage) => {
    const res = await client.listCustomers({ type, perPage, page }, call);
    return { items: res.data.customers, total: res.data.pagination.total };
  });
  // Fin always reports `total` (the list DTO requires it).
  return { items: window.items, total: window.total ?? 0 };
}

function totalCount(
  client: FinClient,
  segments: CustomerType[],
  known: Map<CustomerType, number>,
  call: CallContext,
): number | (() => Promise<number>) {
  const missing = segments.filter((s) => !known.has(s));
  const sum = () => segments.reduce((n, s) => n + (known.get(s) ?? 0), 0);
  if (missing.length === 0) return sum();
  // Only when the client selects totalCount: one single-row page per type not yet seen.
  return async () => {
    for (const type of missing) {
      const page = await client.listCustomers({ type, perPage: 1, page: 1 }, call);
      known.set(type, page.data.pagination.total);
    }
    return sum();
  };
}
