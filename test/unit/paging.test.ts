import { describe, expect, it } from 'vitest';
import { planPages } from '../../src/providers/paging.js';

describe('planPages', () => {
  it.each([
    [0, 40, 512, { perPage: 40, pages: [1] }],
    [40, 40, 512, { perPage: 40, pages: [2] }],
    [7, 5, 512, { perPage: 6, pages: [2] }],
    [0, 512, 512, { perPage: 512, pages: [1] }],
    [13, 7, 100, { perPage: 10, pages: [2] }],
  ])('covers offset %i count %i (max %i) with the fewest pages', (offset, count, max, plan) => {
    expect(planPages(offset, count, max)).toEqual(plan);
  });

  it('needs two pages for a 512-row window that does not start on a page boundary', () => {
    expect(planPages(300, 512, 512).pages).toHaveLength(2);
  });

  it('always covers the window exactly within the page size limit', () => {
    for (let offset = 0; offset < 300; offset += 17) {
      for (const count of [1, 2, 7, 13, 99, 100, 101, 512]) {
        const { perPage, pages } = planPages(offset, count, 100);
        expect(perPage).toBeLessThanOrEqual(100);
        expect(((pages[0] as number) - 1) * perPage).toBeLessThanOrEqual(offset);
        expect((pages.at(-1) as number) * perPage).toBeGreaterThanOrEqual(offset + count);
        // No page size within the limit needs fewer pages.
        for (let size = 1; size <= 100; size++) {
          const n = Math.floor((offset + count - 1) / size) - Math.floor(offset / size) + 1;
          expect(n).toBeGreaterThanOrEqual(pages.length);
        }
      }
    }
  });
});
