import { describe, expect, it } from 'vitest';
import { toTimestamp } from '../../src/model/time.js';

describe('toTimestamp', () => {
  it.each([
    ['2026-04-15T11:49:27Z', '2026-04-15T11:49:27.000Z'],
    ['2026-05-04T12:32:34.47927Z', '2026-05-04T12:32:34.479Z'],
    ['2026-05-04T12:44:42.707598Z', '2026-05-04T12:44:42.707Z'],
    ['2026-05-04T12:44:42.824452053Z', '2026-05-04T12:44:42.824Z'],
    ['2026-03-09T20:46:31.305Z', '2026-03-09T20:46:31.305Z'],
    ['2026-03-09T20:46:31.3Z', '2026-03-09T20:46:31.300Z'],
    ['2026-03-09T22:46:31+02:00', '2026-03-09T20:46:31.000Z'],
  ])('normalises %s like Date would', (input, expected) => {
    expect(toTimestamp(input)).toBe(expected);
    expect(toTimestamp(input)).toBe(new Date(input).toISOString());
  });

  it.each(['0001-01-01T00:00:00Z', '', null, undefined, 'yesterday'])('gives null for %j', (input) => {
    expect(toTimestamp(input)).toBeNull();
  });
});

describe('toTimestamp on impossible dates', () => {
  it('gives null rather than passing them through', () => {
    expect(toTimestamp('2026-13-45T99:99:99Z')).toBeNull();
  });
});
