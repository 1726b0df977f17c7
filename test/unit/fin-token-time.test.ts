import { describe, expect, it } from 'vitest';
import { parseFinTime } from '../../src/providers/fin/token.js';

describe('parseFinTime', () => {
  it('reads Fin\'s "YYYY-MM-DD HH:MM:SS+00" as an absolute UTC instant', () => {
    expect(parseFinTime('2025-12-28 10:34:45+00')).toBe(Date.parse('2025-12-28T10:34:45Z'));
  });

  it('also accepts ISO 8601', () => {
    expect(parseFinTime('2025-12-28T10:34:45Z')).toBe(Date.parse('2025-12-28T10:34:45Z'));
  });

  it('throws on garbage', () => {
    expect(() => parseFinTime('tomorrow')).toThrow();
  });
});
