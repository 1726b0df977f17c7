/**
 * Fin's token-endpoint time format `YYYY-MM-DD HH:MM:SS+00`
 * (https://developer.fin.com/api-reference/authentication/issue-a-token: "not ISO 8601", e.g.
 * `2025-12-28 10:34:45+00`), always UTC, whole seconds (truncated).
 */
export function formatFinTime(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+00`;
}
