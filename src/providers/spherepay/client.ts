import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { ProviderError, UserInputError } from '../../model/errors.js';
import { assertSameCustomer, invalidBody, requestJson, unexpectedStatus, type UpstreamResponse } from '../http.js';
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
 * SpherePay HTTP client: one method per endpoint. Auth is the static API key as a bearer token on
 * every request (https://docs.spherepay.co/get-started/authentication); there is no token exchange or signing.
 */
export class SpherePayClient {
  /** Built once: every request sends the same auth header (`requestJson` copies, never mutates it). */
  private readonly headers: Record<string, string>;

  constructor(
    private readonly dispatcher: Dispatcher,
    apiKey: string,
  ) {
    this.headers = { authorization: `Bearer ${apiKey}` };
  }

  /**
   * `GET /v2/customer/{id}` → the bare `CustomerResponseDto`; `null` on 404. Throws `UserInputError`
   * for an id that is not a SpherePay customer id, before any request.
   */
  async getCustomer(id: string, call: CallContext): Promise<SpherePayCustomerDto | null> {
    const valid = parseSpherePayId(id);
    if (valid === null) throw new UserInputError('Invalid SpherePay customer id.', 'SPHEREPAY');
    const endpoint = 'GET /v2/customer/:id';
    const res = await this.send(endpoint, `/v2/customer/${encodeURIComponent(valid)}`, call);
    if (res.status === 404) {
      logProblem(res, endpoint, call, 'info');
      return null;
    }
    const customer = parse(res, endpoint, customerResponse, call);
    // A document for another customer would be cached under the wrong id; refuse it.
    assertSameCustomer('SPHEREPAY', valid, customer.id, { path: ['id'], endpoint, call });
    return customer;
  }

  /**
   * `GET /v2/customer?page=…&limit=…[&type=…]`, the page-number list.
   * @see https://docs.spherepay.co/api-reference/customer/get
   */
  async listCustomers(params: SpherePayListParams, call: CallContext) {
    const qs = new URLSearchParams({ page: String(params.page), limit: String(params.limit) });
    if (params.type) qs.set('type', params.type);
    const endpoint = 'GET /v2/customer';
    const res = await this.send(endpoint, `/v2/customer?${qs}`, call);
    return parse(res, endpoint, customerListResponse, call);
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }

  private send(endpoint: string, path: string, call: CallContext): Promise<UpstreamResponse> {
    return requestJson(
      this.dispatcher,
      { provider: 'SPHEREPAY', endpoint, method: 'GET', path, headers: this.headers },
      call,
    );
  }
}

/**
 * Classifies a response: 200 → validated body; 401/403 → auth failure (docs
 * disagree on which); 400/422 → the request was invalid; anything else (404 on a list, 429, 5xx)
 * → `unexpectedStatus`. Error statuses are logged with the body's `correlationId`, never the body.
 * @see https://docs.spherepay.co/get-started/authentication
 * @see https://docs.staging.spherepay.co/get-started/introduction/authentication
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
function parse<S extends z.ZodType>(res: UpstreamResponse, endpoint: string, schema: S, call: CallContext): z.infer<S> {
  if (res.status === 200) {
    const parsed = schema.safeParse(res.json);
    if (!parsed.success) fail(endpoint, parsed.error.issues, call);
    return parsed.data;
  }
  const correlationId = logProblem(res, endpoint, call, 'warn');
  const detail = { status: res.status, endpoint, ...(correlationId ? { correlationId } : {}) };
  switch (res.status) {
    case 401:
    case 403:
      throw new ProviderError('PROVIDER_AUTH_FAILED', 'SPHEREPAY', 'SpherePay rejected our credentials.', detail);
    case 400:
    case 422:
      throw new ProviderError('BAD_USER_INPUT', 'SPHEREPAY', 'SpherePay rejected the request as invalid.', detail);
    default: {
      const error = unexpectedStatus('SPHEREPAY', res);
      Object.assign(error.detail, detail);
      throw error;
    }
  }
}

/** Logs an error status with its correlation id (the only field read from an error body). */
function logProblem(
  res: UpstreamResponse,
  endpoint: string,
  call: CallContext,
  level: 'info' | 'warn',
): string | undefined {
  const parsed = problemCorrelation.safeParse(res.json);
  const correlationId = parsed.success ? parsed.data.correlationId : undefined;
  call.logger[level](
    { upstream: { provider: 'SPHEREPAY', endpoint, status: res.status, correlationId } },
    'SpherePay answered with an error status',
  );
  return correlationId;
}

/** A 200 whose body breaks the documented schema: log the failing paths, throw PROVIDER_UNAVAILABLE. */
function fail(endpoint: string, issues: readonly { path: PropertyKey[] }[], call: CallContext): never {
  const error = invalidBody('SPHEREPAY', issues);
  call.logger.warn(
    { upstream: { provider: 'SPHEREPAY', endpoint, status: 200, ...error.detail } },
    'SpherePay returned a body that does not match its schema',
  );
  throw error;
}
