import type { OpenFxErrorBody, OpenFxFieldError } from '../../providers/openfx/wire.js';
import type { Random } from '../random.js';

/**
 * Builds OpenFX error bodies. Request ids (`req_…`) come from a seeded PRNG so a run is reproducible.
 * Type names are the captured ones; `api_error` for 5xx and `conflict_error` for 409 are
 * our guesses, since those names were not captured.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 */
export function createErrorFactory(random: Random) {
  const requestId = (): string => `req_${random.hex(20)}`;

  function error(
    status: number,
    type: string,
    code: string,
    message: string,
    retryable: boolean,
    fieldErrors?: readonly OpenFxFieldError[],
  ): OpenFxErrorBody {
    return {
      error: {
        type,
        code,
        message,
        status,
        requestId: requestId(),
        retryable,
        ...(fieldErrors ? { fieldErrors } : {}),
      },
    };
  }

  /** The provider's own body for an HTTP status (used by fault injection and the routes). */
  function errorBody(status: number): OpenFxErrorBody {
    if (status === 400) return error(400, 'invalid_request_error', 'invalid_request', 'The request is invalid.', false);
    if (status === 401) {
      return error(401, 'authentication_error', 'invalid_api_key', 'The API key is invalid or revoked.', false);
    }
    if (status === 403) {
      return error(403, 'authorization_error', 'forbidden', 'The API key may not perform this action.', false);
    }
    if (status === 404) return error(404, 'not_found_error', 'resource_not_found', 'No such resource.', false);
    if (status === 409)
      return error(409, 'conflict_error', 'conflict', 'The request conflicts with current state.', false);
    // The docs pair invalid_request_error with 422 too.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
    if (status === 422) {
      return error(422, 'invalid_request_error', 'unprocessable_entity', 'The request could not be processed.', false);
    }
    if (status === 429) return error(429, 'rate_limit_error', 'rate_limit_exceeded', 'Too many requests.', true);
    if (status >= 500) return error(status, 'api_error', 'internal_error', 'An internal error occurred.', true);
    return error(status, 'invalid_request_error', 'invalid_request', 'The request is invalid.', false);
  }

  return { error, errorBody };
}

/**
 * `X-RateLimit-*` on every response. Informational only: the simulator never refuses
 * a request for rate (real per-key limits are not documented, and the benchmark must not trip it);
 * inject a 429 through `faults` to exercise that path. `X-RateLimit-Reset` is seconds until the
 * window resets, not an epoch.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/rate-limiting
 */
export function createRateLimiter(now: () => number, limit = 1000, windowSeconds = 60) {
  let windowStart = -1;
  let used = 0;
  return (): Record<string, string> => {
    const sec = Math.floor(now() / 1000);
    const start = sec - (((sec % windowSeconds) + windowSeconds) % windowSeconds);
    if (start !== windowStart) {
      windowStart = start;
      used = 0;
    }
    used++;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(windowStart + windowSeconds - sec),
    };
  };
}
