import { describe, expect, it } from 'vitest';
import { planPages } from '../../src/providers/paging.js';
import { MAX_PAGE_SIZE } from '../../src/providers/types.js';

// Fin.com and SpherePay lists are page-numbered: the pages one field reads are planned from `first`
// up front (fetchPagedWindow never follows a provider's "more"), so a provider cannot make a field
// walk without end. These are the bounds the README states.

describe('page plans of page-numbered lists', () => {
  it.each([
    ['Fin.com', 512, 2],
    ['SpherePay', 100, 7],
  ])('%s (up to %i per page) never plans more than %i pages for first ≤ MAX_PAGE_SIZE', (_, maxPerPage, bound) => {
    let most = 0;
    for (const first of [1, 7, 99, 100, 101, 255, 511, MAX_PAGE_SIZE]) {
      for (const offset of [0, 1, 50, 99, 100, 511, 512, 4_999, 123_457]) {
        most = Math.max(most, planPages(offset, first, maxPerPage).pages.length);
      }
    }
    expect(most).toBeLessThanOrEqual(bound);
  });
});
