import { STATUS_CODES } from 'node:http';
import type { SimResponse } from '../http.js';
import type { FinErrorBody } from '../../providers/fin/wire.js';

/**
 * Laravel's summary line, which Fin's 422 bodies carry (`{message, errors[]}`,
 * https://developer.fin.com/api-reference/customers/get-customer-details-v2).
 */
export const FIN_VALIDATION_MESSAGE = 'The given data was invalid.';

/**
 * 401 on every authenticated operation and on bad credentials.
 * @see https://developer.fin.com/api-reference/authentication/issue-a-token
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function authenticationFailed(): SimResponse {
  return { status: 401, body: { message: 'Authentication failed' } satisfies FinErrorBody };
}

/**
 * 422 with one `{field: message}` map per problem.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function validationFailed(errors: Record<string, string>[]): SimResponse {
  return { status: 422, body: { message: FIN_VALIDATION_MESSAGE, errors } satisfies FinErrorBody };
}

/** 404 with the endpoint's own message: V1 GET says "Customer not found", everything else "Resource not found". */
export function notFound(message: 'Customer not found' | 'Resource not found' = 'Resource not found'): SimResponse {
  return { status: 404, body: { message } satisfies FinErrorBody };
}

/**
 * Fin's body for an injected status (fault rules). 401/404/422 are documented; 429 and 5xx are
 * not, so they use the framework's stock bodies (Laravel: "Too Many Attempts.", "Server Error"); any other
 * status gets its reason phrase.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function finErrorBody(status: number): FinErrorBody {
  if (status === 401) return { message: 'Authentication failed' };
  if (status === 404) return { message: 'Resource not found' };
  if (status === 422) {
    return { message: FIN_VALIDATION_MESSAGE, errors: [{ customer_id: 'The customer id must be a valid UUID.' }] };
  }
  if (status === 429) return { message: 'Too Many Attempts.' };
  if (status >= 500) return { message: 'Server Error' };
  return { message: STATUS_CODES[status] ?? 'Error' };
}
