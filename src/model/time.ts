/**
 * Normalises a provider timestamp to ISO 8601 UTC with milliseconds, or `null`.
 * Providers send variable fractional precision (`…:48Z`, `….824452053Z`); Fin.com has been seen
 * sending the zero time `0001-01-01T00:00:00Z` for "unknown" (fin.md §6), which becomes `null`.
 */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || new Date(ms).getUTCFullYear() < 1900) return null;
  return new Date(ms).toISOString();
}

/** Keeps a `YYYY-MM-DD` date as is; anything else becomes `null`. */
export function toDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
