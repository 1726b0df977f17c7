import { type z } from 'zod';
import type { ProviderName } from '../model/customer.js';
import { UserInputError } from '../model/errors.js';

/**
 * Cursors are base64url JSON `{p: provider, ...state}`: opaque to clients, checked on the way
 * back in so a cursor from one provider (or a forged one) is a clear `BAD_USER_INPUT`.
 */
export function encodeCursor(provider: ProviderName, state: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(Object.assign({ p: provider }, state)), 'utf8').toString('base64url');
}

/** Decodes a cursor produced by `encodeCursor` for `provider` and validates its state. */
export function decodeCursor<S extends z.ZodType>(provider: ProviderName, cursor: string, state: S): z.infer<S> {
  let parsed: unknown;
  try {
    if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('shape');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new UserInputError('Invalid cursor: pass back an `endCursor` or edge `cursor` unchanged.', provider);
  }
  const envelope = parsed as { p?: unknown } | null;
  const result = state.safeParse(parsed);
  if (!envelope || envelope.p !== provider || !result.success) {
    throw new UserInputError(`Invalid cursor for ${provider}: it comes from another list or was altered.`, provider);
  }
  return result.data;
}

/** Which pages of a page-numbered list to fetch for the items `[offset, offset + count)`. */
export interface PagePlan {
  readonly perPage: number;
  /** 1-based page numbers, ascending and contiguous. */
  readonly pages: readonly number[];
}

/**
 * Plans the fewest upstream pages that cover `[offset, offset + count)` on a page-numbered API,
 * choosing the page size too; among equal page counts, the one that transfers fewest rows.
 * Hand-written because it is this project's own paging policy: no library plans page sizes.
 */
export function planPages(offset: number, count: number, maxPerPage: number): PagePlan {
  const last = offset + count - 1;
  let best = { perPage: maxPerPage, first: 0, n: Infinity };
  for (let perPage = 1; perPage <= maxPerPage; perPage++) {
    const first = Math.floor(offset / perPage);
    const n = Math.floor(last / perPage) - first + 1;
    if (n < best.n || (n === best.n && n * perPage < best.n * best.perPage)) best = { perPage, first, n };
  }
  return { perPage: best.perPage, pages: Array.from({ length: best.n }, (_, i) => best.first + i + 1) };
}

/** One page of a page-numbered list, as `fetchPagedWindow` needs it. */
export interface NumberedPage<T> {
  readonly items: readonly T[];
  /** The list's size when the provider reports it. */
  readonly total: number | null;
  /** Whether pages follow, for providers that report it instead of (or beside) a total. */
  readonly hasNext?: boolean;
}

/**
 * Reads the items `[offset, offset + count)` of a page-numbered list with the fewest pages
 * (`planPages`): the first planned page first, then, in parallel, only the further pages its
 * total (or `hasNext`) says can hold rows. `more` tells whether items follow the window.
 */
export async function fetchPagedWindow<T>(
  offset: number,
  count: number,
  maxPerPage: number,
  fetchPage: (page: number, perPage: number) => Promise<NumberedPage<T>>,
): Promise<{ items: T[]; total: number | null; more: boolean }> {
  const plan = planPages(offset, count, maxPerPage);
  const [firstPage, ...rest] = plan.pages as [number, ...number[]];
  const head = await fetchPage(firstPage, plan.perPage);
  const { total } = head;
  const holdsRows = (page: number) => (total !== null ? (page - 1) * plan.perPage < total : head.hasNext === true);
  const tail = await Promise.all(rest.filter(holdsRows).map((page) => fetchPage(page, plan.perPage)));
  const all = [head, ...tail].flatMap((p) => p.items);
  const start = offset - (firstPage - 1) * plan.perPage;
  const items = all.slice(start, start + count);
  const last = tail.at(-1) ?? head;
  const more =
    total !== null ? offset + items.length < total : start + items.length < all.length || last.hasNext === true;
  return { items, total, more };
}
