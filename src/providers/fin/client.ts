import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { ProviderError } from '../../model/errors.js';
import { untilDeadline } from '../deadline.js';
import { assertSameCustomer, invalidBody, requestJson, unexpectedStatus } from '../http.js';
import type { CallContext } from '../types.js';
import { customerListResponse, customerV1Response, customerV2Response } from './dto.js';
import type { FinTokens } from './token.js';

/** Fin.com HTTP client: one method per endpoint; bearer auth with one refresh-and-retry on 401. */
export class FinClient {
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly tokens: FinTokens,
  ) {}

  /**
   * `GET /v2/customers/{id}`; `null` on 404. `id` must already be a validated, lower-case UUID; a
   * document for another customer is refused (PROVIDER_UNAVAILABLE).
   */
  getCustomerV2(id: string, call: CallContext) {
    return this.getDetail('v2', id, customerV2Response, call);
  }

  /** `GET /v1/customers/{id}` (the only source of capabilities); `null` on 404; checked like V2. */
  getCustomerV1(id: string, call: CallContext) {
    return this.getDetail('v1', id, customerV1Response, call);
  }

  private async getDetail<S extends z.ZodType<{ data: { customer_id: string } }>>(
    version: 'v1' | 'v2',
    id: string,
    schema: S,
    call: CallContext,
  ): Promise<z.infer<S> | null> {
    const endpoint = `GET /${version}/customers/:id`;
    const dto = await this.get(endpoint, `/${version}/customers/${encodeURIComponent(id)}`, schema, call);
    if (dto) {
      assertSameCustomer('FIN', id, dto.data.customer_id.toLowerCase(), {
        path: ['data', 'customer_id'],
        endpoint,
        call,
      });
    }
    return dto;
  }

  /** `GET /v2/customers?type=…&per_page=…&current_page=…` (type is required by Fin). */
  async listCustomers(query: { type: 'INDIVIDUAL' | 'BUSINESS'; perPage: number; page: number }, call: CallContext) {
    const qs = new URLSearchParams({
      type: query.type,
      per_page: String(query.perPage),
      current_page: String(query.page),
    });
    const page = await this.get('GET /v2/customers', `/v2/customers?${qs}`, customerListResponse, call);
    // A list endpoint never 404s on a valid query; treat it as the provider misbehaving.
    if (!page) throw unexpectedStatus('FIN', 404);
    return page;
  }

  private async get<S extends z.ZodType>(
    endpoint: string,
    path: string,
    schema: S,
    call: CallContext,
  ): Promise<z.infer<S> | null> {
    // A renewal is shared by concurrent requests and not aborted by any one of them; each caller
    // still stops waiting at its own deadline.
    let token = await untilDeadline(this.tokens.accessToken(call), 'FIN', call);
    let res = await this.send(endpoint, path, token, call);
    // The token may have been revoked or expired early: renew once and retry once,
    // unless the token is itself a renewal Fin just refused (then neither would help).
    // See https://developer.fin.com/api-reference/authentication/refresh-a-token
    let persistent = false;
    if (res.status === 401) {
      if (this.tokens.invalidate(token)) {
        token = await untilDeadline(this.tokens.accessToken(call), 'FIN', call);
        res = await this.send(endpoint, path, token, call);
        if (res.status === 401) this.tokens.refused();
      }
      // Still 401 with a freshly renewed token: Fin refuses us, which the circuit breaker counts.
      persistent = res.status === 401;
    }
    if (res.status === 200 || res.status === 404) this.tokens.accepted();
    switch (res.status) {
      case 200: {
        const parsed = schema.safeParse(res.json);
        if (!parsed.success) throw invalidBody('FIN', parsed.error.issues);
        return parsed.data;
      }
      case 404:
        return null;
      case 401:
      case 403:
        throw new ProviderError('PROVIDER_AUTH_FAILED', 'FIN', 'Fin.com rejected our credentials.', {
          status: res.status,
          endpoint,
          ...(persistent ? { persistent } : {}),
        });
      case 400:
      case 422:
        throw new ProviderError('BAD_USER_INPUT', 'FIN', 'Fin.com rejected the request as invalid.', {
          status: res.status,
          endpoint,
        });
      default:
        throw unexpectedStatus('FIN', res);
    }
  }

  private send(endpoint: string, path: string, token: string, call: CallContext) {
    return requestJson(
      this.dispatcher,
      { provider: 'FIN', endpoint, method: 'GET', path, headers: { authorization: `Bearer ${token}` } },
      call,
    );
  }
}
