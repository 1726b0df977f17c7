import { z } from 'zod';
import type { CustomerModel, CustomerType } from '../../model/customer.js';
import { answeredNow } from '../../model/time.js';
import { cursorCodec } from '../cursor.js';
import { invalidBody } from '../http.js';
import { MAX_PAGE_SIZE, type CallContext, type CustomerPage, type ListQuery } from '../types.js';
import { providerUnavailable } from '../../model/errors.js';
import { OPENFX_MAX_LIMIT, type OpenFxClient } from './client.js';
import type { OpenFxCustomer } from './dto.js';
import { OPENFX_ID_PATTERN } from './ids.js';
import { unknownValues, type UnknownValueSink } from '../vocabulary.js';
import { mapOpenFxCustomer } from './mapper.js';

/**
 * Our cursor position: `a` = the customer id to continue after (OpenFX cursors are ids,
 * https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination).
 */
const cursors = cursorCodec('OPENFX', { a: z.string().regex(OPENFX_ID_PATTERN).nullable() });

/**
 * Most upstream pages one `customers` field may read. Unfiltered, `first` ≤ MAX_PAGE_SIZE takes at
 * most ceil(512 / 200) = 3 pages; with a `type` filter whole pages are read and only matches kept,
 * so the slack (×4: one match in four rows still fills 512) covers sparse types. A provider that
 * says `hasMore` beyond it is misbehaving: the field answers PROVIDER_UNAVAILABLE (or, filtering,
 * the matches found so far, with `hasNextPage`).
 */
export const OPENFX_MAX_PAGES = 4 * Math.ceil(MAX_PAGE_SIZE / OPENFX_MAX_LIMIT);

/**
 * One connection page over `GET /v1/customers`, following `starting_after` cursors.
 *
 * Without `type`, asks for exactly the rows still needed (`limit = min(remaining, 200)`), so `first`
 * costs `ceil(first / 200)` calls at most. With `type`, OpenFX has no documented type filter, so rows
 * are filtered here and pages of 200 are read until `first` matches or the list ends.
 * `hasNextPage` is `true` when rows remain after the last one returned: more in the current page
 * (matching, when filtering) or `hasMore` upstream. When filtering, `hasMore` may hide only
 * non-matching rows; finding out would cost a call, so the connection says `true` and the next
 * page may come back empty. `totalCount` is not reported by OpenFX.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination
 */
export async function listOpenFxCustomers(
  client: OpenFxClient,
  query: ListQuery,
  call: CallContext,
): Promise<CustomerPage> {
  const type = query.type;
  let startingAfter = cursors.read(query)?.a ?? null;
  const wanted = type === null ? null : type === 'INDIVIDUAL' ? 'individual' : 'business';

  const rows: { cursor: string; customer: CustomerModel }[] = [];
  const sink = unknownValues('OPENFX', call.logger);
  let hasNextPage = false;
  for (let pages = 0; ; pages++) {
    if (pages === OPENFX_MAX_PAGES) {
      // Filtering, a short page is still a valid Relay page: its last row's cursor continues the scan.
      if (wanted !== null && rows.length > 0) return { rows, hasNextPage: true, totalCount: null };
      call.logger.warn({ upstream: { provider: 'OPENFX', pages } }, 'OpenFX list exceeded the page limit');
      throw providerUnavailable(
        'OPENFX',
        { cause: 'page_limit', pages },
        'OPENFX returned more list pages than one field may read.',
      );
    }
    const need = query.first - rows.length;
    // Unfiltered: fetch exactly what is missing. Filtered: the most per call, as matches are sparse.
    const limit = wanted === null ? Math.min(need, OPENFX_MAX_LIMIT) : OPENFX_MAX_LIMIT;
    const page = await client.listCustomers({ limit, startingAfter }, call);
    const fetchedAt = answeredNow();
    const items = page.items;
    let taken = 0;
    for (const item of items) {
      if (rows.length === query.first) break;
      taken++;
      if (wanted === null || item.type === wanted) rows.push(row(item, type, sink, fetchedAt));
    }
    const rest = items.slice(taken);
    if (rows.length === query.first) {
      const restMatters = wanted === null ? rest.length > 0 : rest.some((i) => i.type === wanted);
      hasNextPage = restMatters || page.pagination.hasMore;
      break;
    }
    if (!page.pagination.hasMore) break;
    const last = items[items.length - 1];
    // `hasMore` with no items cannot be followed; refusing beats looping forever.
    if (!last) throw invalidBody('OPENFX', [{ path: ['pagination', 'hasMore'] }]);
    startingAfter = page.pagination.nextCursor ?? last.id;
  }
  return { rows, hasNextPage, totalCount: null };
}

function row(item: OpenFxCustomer, type: CustomerType | null, sink: UnknownValueSink, fetchedAt: string) {
  return {
    cursor: cursors.encode(type, { a: item.id }),
    customer: mapOpenFxCustomer(item, sink, fetchedAt),
  };
}
