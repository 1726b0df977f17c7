import type { DeskRowFragment } from '../gql/graphql.js';

/** The name a person recognises: "First Last", the legal (or trade) name, else the provider's id. */
export function displayName(row: DeskRowFragment): string {
  const name =
    'legalName' in row
      ? (row.legalName ?? row.tradeName)
      : 'firstName' in row
        ? [row.firstName, row.lastName].filter(Boolean).join(' ')
        : null;
  return name?.trim() || row.providerId;
}

/**
 * "as of 14:03:09" for a timestamp of today, "as of 2 Dec 2026, 14:03" for an older one: when the
 * provider answered the data shown. `locale`/`timeZone` default to the browser's.
 */
export function asOf(iso: string, now: Date = new Date(), locale?: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'as of an unknown time';
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const sameDay = day.format(at) === day.format(now);
  const format = sameDay
    ? new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'medium' })
    : new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return `as of ${format.format(at)}`;
}

/** The earliest of some RFC 3339 timestamps (`null` for none): how fresh a set of rows is. */
export function oldest(timestamps: readonly string[]): string | null {
  let min: string | null = null;
  let minMs = Number.POSITIVE_INFINITY;
  for (const t of timestamps) {
    const ms = Date.parse(t);
    if (ms < minMs) [min, minMs] = [t, ms];
  }
  return min;
}

/** A date-time for a table cell (`null` → "—"). */
export function shortDateTime(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * Where focus goes from row `index` of `length` rows on `key` (ArrowUp/ArrowDown/Home/End), `null`
 * for any other key. Stops at the ends rather than wrapping, as a table does.
 */
export function rowFocusTarget(key: string, index: number, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, length - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
