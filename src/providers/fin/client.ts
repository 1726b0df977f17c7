import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { untilDeadline } from '../deadline.js';
import { getJson, type ErrorFacts, type SentResponse } from '../get-json.js';
import { assertSameCustomer, requestJson, type UpstreamRequest } from '../http.js';
import type { CallContext } from '../types.js';
import { customerListResponse, customerV1Response, customerV2Response } from './dto.js';
import type { FinTokens } from './token.js';

/**
 * Fin.com's error dialect: custom JSON with no correlation id or code worth logging.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export const FIN_ERRORS: ErrorFacts = { label: 'Fin.com' };

/** Fin.com HTTP client: one method per endpoint; bearer auth with one refresh-and-retry on 401. */
export interface FinClient {
  /**
   * `GET /v2/customers/{id}`; `null` on 404. `id` must already be a validated, lower-case UUID; a
   * document for another customer is refused (PROVIDER_UNAVAILABLE).
   */
  getCustomerV2(id: string, call: CallContext): Promise<z.infer<typeof customerV2Response> | null>;
  /** `GET /v1/customers/{id}` (the only source of capabilities); `null` on 404; checked like V2. */
  getCustomerV1(id: string, call: CallContext): Promise<z.infer<typeof customerV1Response> | null>;
  /** `GET /v2/customers?type=…&per_page=…&current_page=…` (type is required by Fin). */
  listCustomers(
    query: { type: 'INDIVIDUAL' | 'BUSINESS'; perPage: number; page: number },
    call: CallContext,
  ): Promise<z.infer<typeof customerListResponse>>;
}

/**
 * Creates the client over the Fin.com pool. A closure, like every client: the token store stays
 * out of reach of anything that logs or inspects the client object.
 */
export function createFinClient(dispatcher: Dispatcher, tokens: FinTokens): FinClient {
  const facts: ErrorFacts = { ...FIN_ERRORS, send: (d, request, call) => sendWithToken(d, request, tokens, call) };

  async function getDetail<S extends z.ZodType<{ data: { customer_id: string } }>>(
    version: 'v1' | 'v2',
    id: string,
    schema: S,
    call: CallContext,
  ): Promise<z.infer<S> | null> {
    const endpoint = `GET /${version}/customers/:id`;
    const path = `/${version}/customers/${encodeURIComponent(id)}`;
    const dto = await getJson(dispatcher, { provider: 'FIN', endpoint, path }, schema, facts, call);
    if (dto) {
      const answered = dto.data.customer_id.toLowerCase();
      assertSameCustomer('FIN', id, answered, { path: ['data', 'customer_id'], endpoint, call });
    }
    return dto;
  }

  return {
    getCustomerV2: (id, call) => getDetail('v2', id, customerV2Response, call),
    getCustomerV1: (id, call) => getDetail('v1', id, customerV1Response, call),
    listCustomers(query, call) {
      const qs = new URLSearchParams({
        type: query.type,
        per_page: String(query.perPage),
        current_page: String(query.page),
      });
      const request = {
        provider: 'FIN',
        endpoint: 'GET /v2/customers',
        path: `/v2/customers?${qs}`,
        notFound: 'error',
      } as const;
      return getJson(dispatcher, request, customerListResponse, facts, call);
    },
  };
}

/**
 * Sends with the current access token. The token may have been revoked or expired early: on a 401
 * it is renewed once and the request sent once more, unless the token is itself a
 * renewal Fin just refused (then neither would help).
 * @see https://developer.fin.com/api-reference/authentication/refresh-a-token
 */
async function sendWithToken(
  dispatcher: Dispatcher,
  request: UpstreamRequest,
  tokens: FinTokens,
  call: CallContext,
): Promise<SentResponse> {
  // A renewal is shared by concurrent requests and not aborted by any one of them; each caller
  // still stops waiting at its own deadline.
  let token = await untilDeadline(tokens.accessToken(call), 'FIN', call);
  let res = await requestJson(dispatcher, withToken(request, token), call);
  let persistent = false;
  if (res.status === 401) {
    if (tokens.invalidate(token)) {
      token = await untilDeadline(tokens.accessToken(call), 'FIN', call);
      res = await requestJson(dispatcher, withToken(request, token), call);
      if (res.status === 401) tokens.refused();
    }
    // Still 401 with a freshly renewed token: Fin refuses us, which the circuit breaker counts.
    persistent = res.status === 401;
  }
  if (res.status === 200 || res.status === 404) tokens.accepted();
  return persistent ? { ...res, persistent } : res;
}

function withToken(request: UpstreamRequest, token: string): UpstreamRequest {
  return { ...request, headers: { authorization: `Bearer ${token}` } };
}
