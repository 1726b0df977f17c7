import { createHmac, timingSafeEqual } from 'node:crypto';

const HEX = /^[0-9a-f]+$/i;

/**
 * Whether `presented` is the hex HMAC of `body` under `secret`. The comparison is constant-time over
 * equal lengths (`timingSafeEqual` throws on unequal ones, so lengths are checked first; the digest
 * length is public anyway). Upper- or lower-case hex both match.
 */
export function hexHmacMatches(algorithm: 'sha256', secret: string, body: Buffer, presented: string): boolean {
  const expected = createHmac(algorithm, secret).update(body).digest();
  if (presented.length !== expected.length * 2 || !HEX.test(presented)) return false;
  return timingSafeEqual(Buffer.from(presented, 'hex'), expected);
}

/** The hex HMAC-`algorithm` of `body` under `secret` (what the simulator sends, and tests forge against). */
export function hexHmac(algorithm: 'sha256', secret: string, body: string | Buffer): string {
  return createHmac(algorithm, secret).update(body).digest('hex');
}

/** A single header value (the first when repeated), trimmed; `null` when absent or empty. */
export function header(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : null;
}

/** Parses JSON that must be an object; `null` otherwise. */
export function jsonObject(body: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `value` when it is a non-empty string of at most `max` characters, else `null`. */
export function shortString(value: unknown, max = 200): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
}
