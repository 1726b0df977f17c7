import { describe, expect, it } from 'vitest';
import { asOf, displayName, oldest, rowFocusTarget } from '../../web/desk/src/logic/format.js';
import type { DeskRowFragment } from '../../web/desk/src/gql/graphql.js';

const base = {
  id: 'id',
  provider: 'FIN',
  providerId: 'cus_0123',
  status: 'APPROVED',
  providerStatus: 'active',
  email: null,
  updatedAt: null,
  fetchedAt: '2026-12-02T14:00:00.000Z',
} as const;

describe('displayName', () => {
  it('joins first and last names of an individual', () => {
    const row: DeskRowFragment = {
      ...base,

      type: 'INDIVIDUAL',
      firstName: 'Jane',
      lastName: 'Smith',
    };
    expect(displayName(row)).toBe('Jane Smith');
  });

  it('uses the legal name of a business, then its trade name', () => {
    const legal: DeskRowFragment = {
      ...base,

      type: 'BUSINESS',
      legalName: 'Acme Inc.',
      tradeName: 'Acme',
    };
    expect(displayName(legal)).toBe('Acme Inc.');
    expect(displayName({ ...legal, legalName: null })).toBe('Acme');
  });

  it("falls back to the provider's id when the provider gives no name", () => {
    const row: DeskRowFragment = {
      ...base,

      type: 'INDIVIDUAL',
      firstName: null,
      lastName: null,
    };
    expect(displayName(row)).toBe('cus_0123');
  });
});

describe('asOf', () => {
  const now = new Date('2026-12-02T15:00:00.000Z');

  it('shows the time alone for today', () => {
    expect(asOf('2026-12-02T14:03:09.000Z', now, 'en-GB', 'UTC')).toBe('as of 14:03:09');
  });

  it('shows the date too for an earlier day', () => {
    expect(asOf('2026-11-30T09:15:00.000Z', now, 'en-GB', 'UTC')).toBe('as of 30 Nov 2026, 09:15');
  });

  it('says so when the timestamp is not one', () => {
    expect(asOf('yesterday', now)).toBe('as of an unknown time');
  });
});

describe('oldest', () => {
  it('picks the earliest timestamp, by time rather than by text', () => {
    expect(oldest(['2026-12-02T14:00:00.000Z', '2026-12-02T13:59:59.999Z', '2026-12-02T15:00:00.000Z'])).toBe(
      '2026-12-02T13:59:59.999Z',
    );
    expect(oldest([])).toBeNull();
  });
});

describe('rowFocusTarget', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 0, 3, 0],
    ['ArrowUp', 2, 3, 1],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['a', 1, 3, null],
    ['ArrowDown', 0, 0, null],
  ])('%s from %i of %i rows → %s', (key, index, length, expected) => {
    expect(rowFocusTarget(key, index, length)).toBe(expected);
  });
});
