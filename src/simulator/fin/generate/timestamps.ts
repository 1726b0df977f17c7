import { assertNever } from '../../../model/customer.js';
import type { Random } from '../../random.js';

/** An instant with nanosecond precision: whole milliseconds plus 0..999_999 extra nanoseconds. */
export interface Instant {
  readonly ms: number;
  readonly subMsNanos: number;
}

/** Every generated customer is created inside this window (UTC). */
export const DATASET_START_MS = Date.UTC(2025, 0, 6, 8, 0, 0);
export const DATASET_END_MS = Date.UTC(2026, 4, 10, 18, 0, 0);

/**
 * RFC 3339 UTC as Fin's backend writes it: nanoseconds with trailing zeros trimmed, and no fraction at all
 * when it is zero — hence `…:48Z`, `….47927Z`, `….824452053Z`.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function formatRfc3339(instant: Instant): string {
  const base = new Date(Math.floor(instant.ms / 1000) * 1000).toISOString().slice(0, 19);
  const nanos = (instant.ms % 1000) * 1_000_000 + instant.subMsNanos;
  if (nanos === 0) return `${base}Z`;
  return `${base}.${String(nanos).padStart(9, '0').replace(/0+$/, '')}Z`;
}

/** A sort key for any RFC 3339 UTC string with 0–9 fractional digits (string order = time order). */
export function instantSortKey(rfc3339: string): string {
  const m = /^(.{19})(?:\.(\d{1,9}))?Z$/.exec(rfc3339);
  if (!m) return rfc3339;
  return `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}`;
}

/**
 * The precision a timestamp is written with: whole seconds (as most documented values are), microseconds
 * (Postgres), or nanoseconds (Go) — https://developer.fin.com/api-reference/customers/get-customer-details-v2.
 */
export type Precision = 'seconds' | 'micros' | 'nanos';

/** An instant at `ms` carrying random sub-second digits for `precision`. */
export function instantAt(random: Random, ms: number, precision: Precision): Instant {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  switch (precision) {
    case 'seconds':
      return { ms: wholeSecond, subMsNanos: 0 };
    case 'micros':
      return { ms: wholeSecond + random.int(0, 999), subMsNanos: random.int(0, 999) * 1000 };
    case 'nanos':
      return { ms: wholeSecond + random.int(0, 999), subMsNanos: random.int(0, 999_999) };
    default:
      return assertNever(precision);
  }
}

/** A whole-millisecond time `minSeconds..maxSeconds` after `ms`. */
export function later(random: Random, ms: number, minSeconds: number, maxSeconds: number): number {
  return ms + random.int(minSeconds, maxSeconds) * 1000;
}
