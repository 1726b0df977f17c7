// Providers send RFC 3339 UTC with variable fractional precision (`…:48Z`, `….47927Z`,
// `….824452053Z`); Fin.com has been seen sending the zero time `0001-01-01T00:00:00Z` for
// "unknown" (fin.md §6). Every list row carries several timestamps, so the common shapes are
// normalised with string operations; anything else goes through Date.
const UTC = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.(\d+))?Z$/;

/** The time stamp a provider's answer gets when it arrives (`Customer.fetchedAt`): now, ISO 8601 UTC with ms. */
export function answeredNow(): string {
  return new Date().toISOString();
}

/** Normalises a provider timestamp to ISO 8601 UTC with milliseconds, or `null`. */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const utc = UTC.exec(value);
  if (utc) {
    if (Number(utc[1]) < 1900 || Number.isNaN(Date.parse(value))) return null;
    const fraction = utc[2] ?? '';
    // Same result as `new Date(value).toISOString()`: milliseconds truncated, never rounded.
    return `${value.slice(0, 19)}.${(fraction + '000').slice(0, 3)}Z`;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || new Date(ms).getUTCFullYear() < 1900) return null;
  return new Date(ms).toISOString();
}

/** Keeps a `YYYY-MM-DD` date as is; anything else becomes `null`. */
export function toDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
