import { describe, expect, it } from 'vitest';
import {
  compareStatus,
  countByStatus,
  STATUS_LABEL,
  STATUS_ORDER,
  visibleRows,
} from '../../web/desk/src/logic/status.js';
import type { OnboardingStatus } from '../../web/desk/src/gql/graphql.js';

const row = (id: string, status: OnboardingStatus) => ({ id, status });

describe('desk status ordering', () => {
  it('lists every OnboardingStatus once, ACTION_REQUIRED first', () => {
    expect(STATUS_ORDER[0]).toBe('ACTION_REQUIRED');
    expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
    expect([...STATUS_ORDER].sort()).toEqual(Object.keys(STATUS_LABEL).sort());
    expect(STATUS_ORDER).toHaveLength(9);
  });

  it('compares by urgency', () => {
    expect(compareStatus('ACTION_REQUIRED', 'APPROVED')).toBeLessThan(0);
    expect(compareStatus('CLOSED', 'IN_REVIEW')).toBeGreaterThan(0);
    expect(compareStatus('REJECTED', 'REJECTED')).toBe(0);
  });
});

describe('visibleRows', () => {
  const rows = [
    row('a', 'APPROVED'),
    row('b', 'ACTION_REQUIRED'),
    row('c', 'IN_REVIEW'),
    row('d', 'ACTION_REQUIRED'),
    row('e', 'APPROVED'),
  ];

  it('puts the most urgent first and keeps the provider order within a status', () => {
    expect(visibleRows(rows, 'ALL').map((r) => r.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('keeps only the chosen status', () => {
    expect(visibleRows(rows, 'APPROVED').map((r) => r.id)).toEqual(['a', 'e']);
    expect(visibleRows(rows, 'CLOSED')).toEqual([]);
  });

  it('does not reorder the rows it was given', () => {
    const before = rows.map((r) => r.id);
    visibleRows(rows, 'ALL');
    expect(rows.map((r) => r.id)).toEqual(before);
  });

  it('keeps earlier pages above later ones within a status after "Load more"', () => {
    const more = [...rows, row('f', 'ACTION_REQUIRED'), row('g', 'APPROVED')];
    expect(visibleRows(more, 'ALL').map((r) => r.id)).toEqual(['b', 'd', 'f', 'c', 'a', 'e', 'g']);
  });
});

describe('countByStatus', () => {
  it('counts rows per status and omits absent statuses', () => {
    const counts = countByStatus([row('a', 'APPROVED'), row('b', 'APPROVED'), row('c', 'REJECTED')]);
    expect([...counts]).toEqual([
      ['APPROVED', 2],
      ['REJECTED', 1],
    ]);
  });
});
