// Providers send RFC 3339 timestamps with variable fractional precision (`…:48Z`, `….47927Z`,
// `….824452053Z`), usually in UTC; Fin.com has been seen sending the zero time
// `0001-01-01T00:00:00Z` for "unknown" (fin.md §6). A timestamp is kept to the provider's own
// precision (a JavaScript Date would cut it to milliseconds) and only moved to UTC.

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;
/** Earliest year taken as a real time: earlier ones are "unknown" sentinels such as the zero time. */
const MIN_YEAR = 1900;
/** Latest year RFC 3339 (and so the DateTime scalar) can write: `+275760-…` and the like are not times either. */
const MAX_YEAR = 9999;
/** Fraction digits kept: nanoseconds, the finest any provider sends. */
const MAX_FRACTION_DIGITS = 9;

/** The time stamp a provider's answer gets when it arrives (`Customer.fetchedAt`): now, ISO 8601 UTC with ms. */
export function answeredNow(): string {
  return new Date().toISOString();
}

/**
 * Normalises a provider timestamp to RFC 3339 in UTC (`Z`) with at least milliseconds and the
 * provider's finer precision where it has one (`2024-05-01T10:00:00.707598Z` stays so), or `null`
 * when it is no real time: unparseable, an impossible date (`02-30`), or outside years 1900–9999.
 */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const parts = RFC3339.exec(value);
  if (!parts) return fromDate(Date.parse(value));
  const [, date, time, fraction = '', offset = 'Z'] = parts;
  const local = `${date}T${time}`;
  // Date.parse rolls impossible dates over (02-30 → 03-01): the wall time must read back unchanged.
  const wall = Date.parse(`${local}Z`);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 19) !== local) return null;
  const utc = offset === 'Z' || offset === 'z' ? wall : Date.parse(`${local}${offset}`);
  const seconds = fromDate(utc);
  if (!seconds) return null;
  const digits = fraction.slice(0, MAX_FRACTION_DIGITS).padEnd(3, '0');
  return `${seconds.slice(0, 19)}.${digits}Z`;
}

/** `ms` as an ISO 8601 UTC string with milliseconds, or null when it is NaN or outside MIN_YEAR–MAX_YEAR. */
function fromDate(ms: number): string | null {
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? null : date.toISOString();
}

/** Keeps a `YYYY-MM-DD` date as is; anything else becomes `null`. */
export function toDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
