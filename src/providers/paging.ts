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
