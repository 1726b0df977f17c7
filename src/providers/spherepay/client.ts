import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { UserInputError } from '../../model/errors.js';
import { getJson, type ErrorFacts } from '../get-json.js';
import { assertSameCustomer } from '../http.js';
import type { CallContext } from '../types.js';
import { customerListResponse, customerResponse, problemCorrelation, type SpherePayCustomerDto } from './dto.js';
import { parseSpherePayId } from './ids.js';

/** Query of one `GET /v2/customer` page, in SpherePay's own vocabulary. */
export interface SpherePayListParams {
  /** 1-based. */
  readonly page: number;
  readonly limit: number;
  readonly type: 'individual' | 'business' | null;
}

/**
 * SpherePay's error dialect: a ProblemDetails body whose `correlationId` is the
 * one field worth logging; the docs disagree on 401 vs 403 for a bad key, both read as auth failure.
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
export const SPHEREPAY_ERRORS: ErrorFacts = {
  label: 'SpherePay',
  bodyFacts(body): Record<string, string> {
    const parsed = problemCorrelation.safeParse(body);
    return parsed.success ? { correlationId: parsed.data.correlationId } : {};
  },
  log: {
    error: 'SpherePay answered with an error status',
    notFound: 'SpherePay answered with an error status',
    invalidBody: 'SpherePay returned a body that does not match its schema',
  },
};

/**
 * SpherePay HTTP client: one method per endpoint. Auth is the static API key as a bearer token on
 * every request (https://docs.spherepay.co/get-started/authentication); there is no token exchange or signing.
 */
export interface SpherePayClient {
  /**
   * `GET /v2/customer/{id}` → the bare `CustomerResponseDto`; `null` on 404. Throws `UserInputError`
   * for an id that is not a SpherePay customer id, before any request.
   */
  getCustomer(id: string, call: CallContext): Promise<SpherePayCustomerDto | null>;
  /**
   * `GET /v2/customer?page=…&limit=…[&type=…]`, the page-number list.
   * @see https://docs.spherepay.co/api-reference/customer/get
   */
  listCustomers(params: SpherePayListParams, call: CallContext): Promise<z.infer<typeof customerListResponse>>;
  /** Releases the connection pool. */
  close(): Promise<void>;
}

/**
 * Creates the client over the SpherePay pool. A closure, like every client: the API key stays out
 * of reach of anything that logs or inspects the client object.
 */
export function createSpherePayClient(dispatcher: Dispatcher, apiKey: string): SpherePayClient {
  // Built once: every request sends the same auth header (`requestJson` copies, never mutates it).
  const headers = { authorization: `Bearer ${apiKey}` };
  return {
    async getCustomer(id, call) {
      const valid = parseSpherePayId(id);
      if (valid === null) throw new UserInputError('Invalid SpherePay customer id.', 'SPHEREPAY');
      const endpoint = 'GET /v2/customer/:id';
      const path = `/v2/customer/${encodeURIComponent(valid)}`;
      const customer = await getJson(
        dispatcher,
        { provider: 'SPHEREPAY', endpoint, path, headers },
        customerResponse,
        SPHEREPAY_ERRORS,
        call,
      );
      // A document for another customer would be cached under the wrong id; refuse it.
      if (customer) assertSameCustomer('SPHEREPAY', valid, customer.id, { path: ['id'], endpoint, call });
      return customer;
    },
    listCustomers(params, call) {
      const qs = new URLSearchParams({ page: String(params.page), limit: String(params.limit) });
      if (params.type) qs.set('type', params.type);
      const request = {
        provider: 'SPHEREPAY',
        endpoint: 'GET /v2/customer',
        path: `/v2/customer?${qs}`,
        headers,
        notFound: 'error',
      } as const;
      return getJson(dispatcher, request, customerListResponse, SPHEREPAY_ERRORS, call);
    },
    close: () => dispatcher.close(),
  };
}
