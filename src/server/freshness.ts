import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether the client asks for fresh data: `Cache-Control: no-cache` (or `max-age=0`), or, from an
 * HTTP/1.0 client sending no Cache-Control, `Pragma: no-cache` (RFC 9111 §5.4). Directive names are
 * case-insensitive and may come among others (`no-cache, no-store`).
 */
export function wantsFresh(headers: IncomingHttpHeaders): boolean {
  const cacheControl = headers['cache-control'];
  if (cacheControl !== undefined) {
    return cacheControl
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .some((d) => d === 'no-cache' || d.startsWith('no-cache=') || d === 'max-age=0');
  }
  const pragma = headers.pragma;
  return typeof pragma === 'string' && pragma.toLowerCase().includes('no-cache');
}
