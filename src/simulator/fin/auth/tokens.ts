import { randomBytes } from 'node:crypto';
import type { FinTokenResponse } from '../../../providers/fin/wire.js';
import { formatFinTime } from './fin-time.js';

/** Which grant issued a pair. */
export type FinGrant = 'clientCredentials' | 'refresh';

export interface FinTokenStoreOptions {
  /** Clock, ms since epoch. */
  readonly now: () => number;
  /** Access token lifetime (seconds). */
  readonly accessTokenTtlSeconds: number;
  /** Refresh token lifetime (seconds). */
  readonly refreshTokenTtlSeconds: number;
}

// base64url('{"alg":"HS256","typ":"JWT"}'): the documented bearer example decodes to HS256.
// See https://developer.fin.com/api-reference/authentication/issue-a-token
const JWT_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Issues, refreshes and checks Fin tokens. Expiry instants are whole seconds so the `*_ttl` strings the
 * client sees are exactly when the token stops working: valid while `now() < expiry`.
 */
export class FinTokenStore {
  private readonly access = new Map<string, number>();
  private readonly refreshTokens = new Map<string, number>();
  private readonly counts = { clientCredentials: 0, refresh: 0 };

  constructor(private readonly options: FinTokenStoreOptions) {}

  /** Tokens issued per grant so far. */
  get stats(): { clientCredentials: number; refresh: number } {
    return { ...this.counts };
  }

  /**
   * A fresh pair; both TTL fields are absolute instants computed from `now()`.
   * @see https://developer.fin.com/api-reference/authentication/issue-a-token
   */
  issue(grant: FinGrant): FinTokenResponse {
    const now = this.options.now();
    this.prune(now);
    const accessExpiry = wholeSecond(now + this.options.accessTokenTtlSeconds * 1000);
    const refreshExpiry = wholeSecond(now + this.options.refreshTokenTtlSeconds * 1000);
    const accessToken = jwtLike(now, accessExpiry);
    const refreshToken = randomBytes(48).toString('base64url');
    this.access.set(accessToken, accessExpiry);
    this.refreshTokens.set(refreshToken, refreshExpiry);
    this.counts[grant]++;
    return {
      access_token: accessToken,
      access_token_ttl: formatFinTime(accessExpiry),
      refresh_token: refreshToken,
      refresh_token_ttl: formatFinTime(refreshExpiry),
      current_time: formatFinTime(now),
    };
  }

  /**
   * Exchanges a live refresh token for a new pair and revokes it (the docs leave revocation open,
   * https://developer.fin.com/api-reference/authentication/refresh-a-token; the simulator takes the strict reading so a
   * client that reuses a refresh token finds out). `null` when the token is unknown, used or expired. Access tokens
   * issued earlier stay valid until they expire.
   */
  refresh(refreshToken: string): FinTokenResponse | null {
    const expiry = this.refreshTokens.get(refreshToken);
    if (expiry === undefined) return null;
    this.refreshTokens.delete(refreshToken);
    if (this.options.now() >= expiry) return null;
    return this.issue('refresh');
  }

  /** Whether `token` was issued, not revoked, and not yet expired. */
  isAccessTokenValid(token: string): boolean {
    const expiry = this.access.get(token);
    return expiry !== undefined && this.options.now() < expiry;
  }

  /** Forgets every access token (refresh tokens stay usable). */
  revokeAccessTokens(): void {
    this.access.clear();
  }

  // Expired entries are dropped on issue so a long benchmark does not grow the maps without bound.
  private prune(now: number): void {
    for (const [token, expiry] of this.access) if (now >= expiry) this.access.delete(token);
    for (const [token, expiry] of this.refreshTokens) if (now >= expiry) this.refreshTokens.delete(token);
  }
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Three base64url parts like a real HS256 JWT; the signature is random, nothing verifies it. */
function jwtLike(nowMs: number, expiryMs: number): string {
  const payload = {
    iss: 'https://sandbox.api.fin.com',
    iat: Math.floor(nowMs / 1000),
    exp: Math.floor(expiryMs / 1000),
    jti: randomBytes(16).toString('hex'),
  };
  return `${JWT_HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
}
