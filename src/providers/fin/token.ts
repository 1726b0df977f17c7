import type { Dispatcher } from 'undici';
import { authFailed, ProviderError } from '../../model/errors.js';
import { untilDeadline } from '../deadline.js';
import { invalidBody, requestJson, unexpectedStatus } from '../http.js';
import type { CallContext } from '../types.js';
import { tokenResponse, type TokenResponse } from './dto.js';
import { FIN_ERRORS } from './client.js';

/** Renew this long before expiry (at most; a tenth of the lifetime for short-lived tokens). */
const EXPIRY_MARGIN_MS = 60_000;

/** Default total deadline of one renewal (refresh, then client credentials), ms. */
export const TOKEN_TIMEOUT_MS = 5_000;

/**
 * Bounds on a Fin that keeps refusing tokens or hands out dead ones, ms. A token that arrives
 * already expired (or within the renewal margin) is used for this long, so such tokens cost one POST
 * per 30 s, not one per request. A token obtained because the previous one got a 401 and then gets
 * a 401 itself is not renewed again within this time of its issue (no POST, no second GET), and
 * readiness reports Fin unavailable meanwhile.
 */
export const MIN_TOKEN_LIFETIME_MS = 30_000;

interface Token {
  readonly accessToken: string;
  /** Local-clock instant (ms) from which the access token is renewed instead of used. */
  readonly accessRenewAt: number;
  readonly refreshToken: string;
  readonly refreshRenewAt: number;
  /** Local-clock instant (ms) it was stored. */
  readonly storedAt: number;
  /** Whether it was fetched because its predecessor got a 401 (a second 401 then means Fin refuses us). */
  readonly after401: boolean;
}

function renewAt(localNow: number, lifetimeMs: number): number {
  return localNow + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10);
}

/**
 * Parses Fin's `YYYY-MM-DD HH:MM:SS+00` (https://developer.fin.com/api-reference/authentication/issue-a-token: absolute
 * instants, not ISO 8601, though the OpenAPI says date-time). Also accepts real ISO 8601 in case Fin fixes the format.
 */
export function parseFinTime(value: string): number {
  const iso = value
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d{2})$/, '$1:00');
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error('unparseable Fin timestamp');
  return ms;
}

/**
 * Holds Fin's OAuth token pair. Reuses the access token until shortly before expiry; concurrent
 * callers share one renewal (refresh token first, client credentials as fallback). Expiries are
 * measured against Fin's `current_time` and re-based on our clock, which absorbs clock skew.
 */
export class FinTokens {
  private token: Token | null = null;
  private renewal: Promise<Token> | null = null;
  /** The next stored token replaces one that got a 401. */
  private replacing401 = false;
  /** Local-clock instant (ms) until which Fin counts as refusing our tokens (readiness). */
  private refusedUntil = 0;

  /**
   * @param now clock for expiry, ms since epoch (injected so tests move it).
   * @param timeoutMs total deadline of one renewal, every POST and body byte included; default
   *   `TOKEN_TIMEOUT_MS`. The pool's body timeout bounds only the gap between chunks, so a token
   *   endpoint that drips a byte at a time would otherwise hold every Fin call for as long as it drips.
   */
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly credentials: { clientId: string; clientSecret: string },
    private readonly now: () => number,
    private readonly timeoutMs: number = TOKEN_TIMEOUT_MS,
  ) {}

  /** A valid access token, renewing it first when needed. */
  async accessToken(call: CallContext): Promise<string> {
    const token = this.token;
    if (token && this.now() < token.accessRenewAt) return token.accessToken;
    return (await this.renew(call)).accessToken;
  }

  /**
   * Called after a 401: drops `rejected` if it is still the current token, so exactly one renewal
   * follows however many requests saw the 401. Returns whether a retry with a new token is worth
   * making: `false` when `rejected` itself replaced a token refused within `MIN_TOKEN_LIFETIME_MS`,
   * i.e. Fin refused a fresh token too (then Fin counts as refusing us, see `refusing`).
   */
  invalidate(rejected: string): boolean {
    const token = this.token;
    if (token?.accessToken !== rejected) return true;
    if (token.after401 && this.now() - token.storedAt < MIN_TOKEN_LIFETIME_MS) {
      this.refused();
      return false;
    }
    this.token = Object.assign({}, token, { accessRenewAt: 0 });
    this.replacing401 = true;
    return true;
  }

  /** Records that Fin refused a token just renewed because of a 401 (readiness fails for a while). */
  refused(): void {
    this.refusedUntil = this.now() + MIN_TOKEN_LIFETIME_MS;
  }

  /** Records that Fin accepted a token: it no longer counts as refusing us. */
  accepted(): void {
    this.refusedUntil = 0;
  }

  /** Whether Fin refused a freshly renewed token within the last `MIN_TOKEN_LIFETIME_MS`. */
  refusing(): boolean {
    return this.now() < this.refusedUntil;
  }

  private renew(call: CallContext): Promise<Token> {
    if (!this.renewal) {
      // Shared by concurrent requests, so never bound to one caller's signal: its own deadline ends it,
      // and a renewal past that deadline is dropped, so the next request starts a fresh one.
      const signal = AbortSignal.timeout(this.timeoutMs);
      const own: CallContext = { ...call, signal, deadline: Date.now() + this.timeoutMs };
      const renewal = untilDeadline(this.fetchToken(own), 'FIN', own).finally(() => {
        if (this.renewal === renewal) this.renewal = null;
      });
      this.renewal = renewal;
    }
    return this.renewal;
  }

  private async fetchToken(call: CallContext): Promise<Token> {
    const current = this.token;
    if (current && this.now() < current.refreshRenewAt) {
      try {
        return this.store(await this.post('/v1/oauth/refresh-token', { refresh_token: current.refreshToken }, call));
      } catch (err) {
        // A refused refresh token is not fatal: client credentials still work.
        // See https://developer.fin.com/api-reference/authentication/refresh-a-token
        if (!(err instanceof ProviderError) || err.code !== 'PROVIDER_AUTH_FAILED') throw err;
        call.logger.info({ provider: 'FIN' }, 'refresh token refused; using client credentials');
      }
    }
    const { clientId, clientSecret } = this.credentials;
    return this.store(await this.post('/v1/oauth/token', { client_id: clientId, client_secret: clientSecret }, call));
  }

  private async post(path: string, body: object, call: CallContext): Promise<TokenResponse> {
    // `call` carries the renewal's own signal and deadline (see renew), not any one request's.
    const res = await requestJson(
      this.dispatcher,
      { provider: 'FIN', endpoint: `POST ${path}`, method: 'POST', path, body: JSON.stringify(body) },
      call,
    );
    if (res.status === 401 || res.status === 403 || res.status === 422) {
      // Refused client credentials stay refused: `persistent` lets the circuit breaker count it.
      throw authFailed('FIN', FIN_ERRORS.label, {
        status: res.status,
        endpoint: path,
        ...(path === '/v1/oauth/token' ? { persistent: true } : {}),
      });
    }
    if (res.status !== 200) throw unexpectedStatus('FIN', res);
    const parsed = tokenResponse.safeParse(res.json);
    if (!parsed.success) throw invalidBody('FIN', parsed.error.issues);
    return parsed.data;
  }

  private store(dto: TokenResponse): Token {
    let serverNow: number;
    let accessAt: number;
    let refreshAt: number;
    try {
      serverNow = parseFinTime(dto.current_time);
      accessAt = parseFinTime(dto.access_token_ttl);
      refreshAt = parseFinTime(dto.refresh_token_ttl);
    } catch {
      throw invalidBody('FIN', [{ path: ['access_token_ttl'] }]);
    }
    const localNow = this.now();
    this.token = {
      accessToken: dto.access_token,
      // An already expired token is used MIN_TOKEN_LIFETIME_MS anyway: one POST per 30 s, never one per request.
      accessRenewAt: Math.max(renewAt(localNow, accessAt - serverNow), localNow + MIN_TOKEN_LIFETIME_MS),
      refreshToken: dto.refresh_token,
      refreshRenewAt: renewAt(localNow, refreshAt - serverNow),
      storedAt: localNow,
      after401: this.replacing401,
    };
    this.replacing401 = false;
    return this.token;
  }
}
