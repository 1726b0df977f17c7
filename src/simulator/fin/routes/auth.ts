import { createHash, timingSafeEqual } from 'node:crypto';
import type { Route, SimResponse } from '../../http.js';
import type { FinTokenStore } from '../auth/tokens.js';
import { authenticationFailed, validationFailed } from '../errors.js';
import type { FinTokenResponse } from '../../../providers/fin/wire.js';
import { jsonObject, requiredString } from './request.js';

export interface AuthRouteOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokens: FinTokenStore;
  /**
   * `data` wraps the pair as an older capture of the docs shows; default flat.
   * @see https://developer.fin.com/api-reference/authentication/issue-a-token
   */
  readonly envelope: 'flat' | 'data';
}

/**
 * `POST /v1/oauth/token` and `POST /v1/oauth/refresh-token`.
 * @see https://developer.fin.com/api-reference/authentication/refresh-a-token
 */
export function authRoutes(options: AuthRouteOptions): Route[] {
  const ok = (pair: FinTokenResponse): SimResponse => ({
    status: 200,
    body: options.envelope === 'data' ? { data: pair } : pair,
  });
  return [
    {
      method: 'POST',
      path: '/v1/oauth/token',
      handler: (req) => {
        const body = jsonObject(req);
        const errors = [requiredString(body, 'client_id'), requiredString(body, 'client_secret')].filter(
          (e): e is Record<string, string> => e !== null,
        );
        if (errors.length > 0) return validationFailed(errors);
        const valid =
          sameSecret(body.client_id as string, options.clientId) &&
          sameSecret(body.client_secret as string, options.clientSecret);
        return valid ? ok(options.tokens.issue('clientCredentials')) : authenticationFailed();
      },
    },
    {
      method: 'POST',
      path: '/v1/oauth/refresh-token',
      handler: (req) => {
        const body = jsonObject(req);
        const error = requiredString(body, 'refresh_token');
        if (error) return validationFailed([error]);
        const pair = options.tokens.refresh(body.refresh_token as string);
        return pair ? ok(pair) : authenticationFailed();
      },
    },
  ];
}

// Compares digests in constant time, so the dev server is not a timing oracle for its own credentials.
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
