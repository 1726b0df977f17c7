import { describe, expect, it } from 'vitest';
import { toTimestamp } from '../../src/model/time.js';

describe('toTimestamp', () => {
  it.each([
    ['2026-04-15T11:49:27Z', '2026-04-15T11:49:27.000Z'],
    ['2026-03-09T20:46:31.305Z', '2026-03-09T20:46:31.305Z'],
    ['2026-03-09T20:46:31.3Z', '2026-03-09T20:46:31.300Z'],
    ['2026-03-09T22:46:31+02:00', '2026-03-09T20:46:31.000Z'],
    ['2026-03-09 20:46:31z', '2026-03-09T20:46:31.000Z'],
    ['Mon, 09 Mar 2026 20:46:31 GMT', '2026-03-09T20:46:31.000Z'],
  ])('normalises %s to UTC with milliseconds, like Date', (input, expected) => {
    expect(toTimestamp(input)).toBe(expected);
    expect(toTimestamp(input)).toBe(new Date(input).toISOString());
  });

  it.each([
    ['2026-05-04T12:32:34.47927Z', '2026-05-04T12:32:34.47927Z'],
    ['2024-05-01T10:00:00.707598Z', '2024-05-01T10:00:00.707598Z'],
    ['2026-05-04T12:44:42.824452053Z', '2026-05-04T12:44:42.824452053Z'],
    ['2026-05-04T12:44:42.100000Z', '2026-05-04T12:44:42.100000Z'],
    ['2024-05-01T12:00:00.707598+02:00', '2024-05-01T10:00:00.707598Z'],
    ['2024-01-01T00:30:00.000001-01:00', '2024-01-01T01:30:00.000001Z'],
    ['2024-05-01T10:00:00.1234567891234Z', '2024-05-01T10:00:00.123456789Z'],
  ])('keeps the provider precision of %s, in UTC', (input, expected) => {
    expect(toTimestamp(input)).toBe(expected);
  });

  it.each(['0001-01-01T00:00:00Z', '', null, undefined, 'yesterday'])('gives null for %j', (input) => {
    expect(toTimestamp(input)).toBeNull();
  });
});

describe('toTimestamp out of range', () => {
  it.each([
    '+275760-09-13T00:00:00.000Z',
    '+275760-09-13T00:00:00.001Z',
    '+010000-01-01T00:00:00Z',
    '10000-01-01T00:00:00Z',
    '9999-12-31T23:30:00-01:00',
    '1899-12-31T23:59:59.999999Z',
    '-000001-01-01T00:00:00Z',
  ])('gives null for %s, a year RFC 3339 cannot write or a sentinel', (input) => {
    expect(toTimestamp(input)).toBeNull();
  });

  it('keeps the last instant RFC 3339 can write', () => {
    expect(toTimestamp('9999-12-31T23:59:59.999999999Z')).toBe('9999-12-31T23:59:59.999999999Z');
  });
});

describe('toTimestamp on impossible dates', () => {
  it.each(['2026-13-45T99:99:99Z', '2024-02-30T00:00:00Z', '2023-02-29T12:00:00.5Z', '2024-05-01T24:00:00Z'])(
    'gives null for %s rather than rolling it over',
    (input) => {
      expect(toTimestamp(input)).toBeNull();
    },
  );
});

describe('toTimestamp fast path', () => {
  // A lower-case `z` is valid RFC 3339 that only the general path reads, so it is the reference.
  const reference = (value: string) => toTimestamp(`${value.slice(0, -1)}z`);

  it('answers exactly what the general path answers, for every shape it takes', () => {
    const samples: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      const year = [1899, 1900, 1999, 2000, 2024, 2100, 9999][i % 7];
      const month = (i % 13) + 1; // 13 is not a month
      const day = (i % 32) + 1; // 29–32 test each month's length
      const time = `${String(i % 25).padStart(2, '0')}:${String(i % 61).padStart(2, '0')}:${String((i * 7) % 61).padStart(2, '0')}`;
      const fraction = ['', '.7', '.70', '.707', '.707598', '.824452053', '.824452053123'][i % 7];
      samples.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}${fraction}Z`);
    }
    samples.push('2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z');
    for (const value of samples) expect(toTimestamp(value), value).toBe(reference(value));
  });

  it('keeps finer precision untouched and pads coarser to milliseconds', () => {
    expect(toTimestamp('2024-05-01T10:00:00.707598Z')).toBe('2024-05-01T10:00:00.707598Z');
    expect(toTimestamp('2024-05-01T10:00:00.7Z')).toBe('2024-05-01T10:00:00.700Z');
    expect(toTimestamp('2024-05-01T10:00:00Z')).toBe('2024-05-01T10:00:00.000Z');
    expect(toTimestamp('2024-02-30T10:00:00Z')).toBeNull();
    expect(toTimestamp('0001-01-01T00:00:00Z')).toBeNull();
  });
});
