import { randomBytes } from 'node:crypto';
import type { SimResponse } from '../http.js';
import type { SpherePayProblemDetails } from '../../providers/spherepay/wire.js';

/**
 * A fresh correlation id: 32 lower-case hex characters, like SpherePay's.
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
export function correlationId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * SpherePay's `ProblemDetailsDto` for any status, always with a fresh `correlationId`. Details and
 * codes follow the documented examples;
 * 429 and 5xx codes are the simulator's choice (not documented).
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 * @see https://docs.spherepay.co/get-started/authentication
 */
export function problemBody(status: number): SpherePayProblemDetails {
  switch (status) {
    case 400:
      return { status, detail: 'Invalid request parameters', code: 'request/invalid', correlationId: correlationId() };
    case 401:
      return { status, detail: 'Invalid or missing API key.', code: 'unauthorized', correlationId: correlationId() };
    case 403:
      // Current docs' 403 body carries no `code` (https://docs.spherepay.co/get-started/authentication).
      return { status, detail: 'Forbidden resource', correlationId: correlationId() };
    case 404:
      return { status, detail: 'Resource not found', code: 'resource/not-found', correlationId: correlationId() };
    case 422:
      return validationFailed([{ detail: 'Request validation failed', pointer: '/' }]);
    case 429:
      return { status, detail: 'Too many requests', code: 'rate-limit/exceeded', correlationId: correlationId() };
    default:
      if (status >= 500) {
        return { status, detail: 'Internal server error', code: 'server/error', correlationId: correlationId() };
      }
      return { status, detail: 'Request failed', code: 'request/failed', correlationId: correlationId() };
  }
}

/** 422 `validation/failed` with the offending fields (documented example shape). */
export function validationFailed(errors: NonNullable<SpherePayProblemDetails['errors']>): SpherePayProblemDetails {
  return {
    status: 422,
    detail: 'Validation failed',
    code: 'validation/failed',
    correlationId: correlationId(),
    errors,
  };
}

/** A response carrying a SpherePayProblemDetails body. */
export function problem(body: SpherePayProblemDetails): SimResponse {
  return { status: body.status, body };
}
