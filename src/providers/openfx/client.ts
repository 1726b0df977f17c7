import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { OpenFxConfig } from '../../config.js';
import { ProviderError } from '../../model/errors.js';
import {
  createPool,
  invalidBody,
  requestJson,
  unexpectedStatus,
  type PoolOptions,
  type UpstreamResponse,
} from '../http.js';
import type { RetryOptions } from '../retry.js';
import type { CallContext } from '../types.js';
import {
  openFxCustomer,
  openFxCustomerList,
  openFxErrorFacts,
  type OpenFxCustomer,
  type OpenFxCustomerList,
} from './dto.js';
import { ProviderClock } from './clock.js';
import { createSigner, signingInterceptor, type RequestSigner } from './signing.js';

/**
 * OpenFX's page size ceiling for `limit` (https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination).
 */
export const OPENFX_MAX_LIMIT = 200;

/** OpenFX HTTP client: one method per endpoint; all three auth headers on every request. */
export interface OpenFxClient {
  /** `GET /v1/customers/{id}`; `null` on 404. `id` must already match `parseOpenFxId`. */
  getCustomer(id: string, call: CallContext): Promise<OpenFxCustomer | null>;
  /**
   * `GET /v1/customers?limit=…&starting_after=…` (cursor = a customer id;
   * https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination).
   */
  listCustomers(query: { limit: number; startingAfter: string | null }, call: CallContext): Promise<OpenFxCustomerList>;
  /** Releases the connection pool. */
  close(): Promise<void>;
}

/**
 * Creates the client over one undici Pool for `config.url`. The API key and the signer are captured
 * in this closure; the returned object has only methods, so logging or serialising it shows nothing.
 * Signing is an interceptor inside the retry interceptor, so every attempt (retries included) is
 * signed right before it is sent, with a fresh timestamp (±60 s).
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export function createOpenFxClient(
  config: OpenFxConfig,
  deps: { now?: () => number; pool?: PoolOptions; retry?: RetryOptions } = {},
): OpenFxClient {
  // Signatures carry OpenFX's time as its `Date` headers tell it (clock.ts), so a drifting host clock still signs.
  const clock = new ProviderClock(deps.now ?? Date.now);
  const sign = createSigner(config.privateKey, clock.now);
  const signed: RequestSigner = (method, path, body) => {
    try {
      return sign(method, path, body);
    } catch (err) {
      // Our own key failed to sign: a configuration fault. The crypto error's code only, never the key.
      throw new ProviderError('PROVIDER_AUTH_FAILED', 'OPENFX', 'OpenFX request could not be signed.', {
        cause: (err as { code?: string }).code ?? 'SIGNING_FAILED',
      });
    }
  };
  const dispatcher: Dispatcher = createPool(config.url, deps.pool, {
    retry: deps.retry,
    perAttempt: [signingInterceptor(signed)],
  });
  // Built once: the same on every request (`requestJson` copies, never mutates it).
  const headers = { authorization: `Bearer ${config.apiKey}` };

  async function get<S extends z.ZodType>(
    endpoint: string,
    path: string,
    schema: S,
    call: CallContext,
  ): Promise<z.infer<S> | null> {
    // X-Timestamp and X-Signature are added per attempt by the signing interceptor.
    const request = { provider: 'OPENFX', endpoint, method: 'GET', path, headers } as const;
    const signedWith = clock.offset;
    let res = await requestJson(dispatcher, request, call);
    clock.observe(res.headers.date, call.logger);
    // A 401 signed before the clock correction changed (by this answer's `Date` or a concurrent
    // one's): signed again, once, with the corrected time.
    if (res.status === 401 && clock.offset !== signedWith) {
      res = await requestJson(dispatcher, request, call);
      clock.observe(res.headers.date, call.logger);
    }
    if (res.status === 200) {
      const parsed = schema.safeParse(res.json);
      if (parsed.success) return parsed.data;
      const err = invalidBody('OPENFX', parsed.error.issues);
      call.logger.warn(
        { upstream: { provider: 'OPENFX', endpoint, status: 200, ...err.detail } },
        'OpenFX response body invalid',
      );
      throw err;
    }
    const facts = errorFacts(res);
    const detail = { status: res.status, endpoint, ...facts };
    if (res.status === 404) {
      call.logger.info({ upstream: { provider: 'OPENFX', ...detail } }, 'OpenFX resource not found');
      return null;
    }
    // Log the provider's request id and code with the status, never the body.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
    call.logger.warn({ upstream: { provider: 'OPENFX', ...detail } }, 'OpenFX error response');
    switch (res.status) {
      case 401:
      case 403:
        throw new ProviderError('PROVIDER_AUTH_FAILED', 'OPENFX', 'OpenFX rejected our credentials.', detail);
      case 400:
      case 422:
        throw new ProviderError('BAD_USER_INPUT', 'OPENFX', 'OpenFX rejected the request as invalid.', detail);
      default: {
        // 429 → PROVIDER_RATE_LIMITED, anything else (5xx, 3xx, …) → PROVIDER_UNAVAILABLE.
        const err = unexpectedStatus('OPENFX', res);
        Object.assign(err.detail, detail);
        throw err;
      }
    }
  }

  return {
    getCustomer: (id, call) =>
      get('GET /v1/customers/:id', `/v1/customers/${encodeURIComponent(id)}`, openFxCustomer, call),
    async listCustomers(query, call) {
      const qs = new URLSearchParams({ limit: String(query.limit) });
      if (query.startingAfter !== null) qs.set('starting_after', query.startingAfter);
      const page = await get('GET /v1/customers', `/v1/customers?${qs}`, openFxCustomerList, call);
      // A list never 404s on a valid query; treat it as the provider misbehaving.
      if (!page) throw unexpectedStatus('OPENFX', 404);
      return page;
    },
    close: () => dispatcher.close(),
  };
}

/** Request id, error code, retries and requested wait of an error response: safe to log, never the message. */
function errorFacts(res: UpstreamResponse): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const parsed = openFxErrorFacts.safeParse(res.json);
  if (parsed.success) {
    if (parsed.data.error.requestId) out.providerRequestId = parsed.data.error.requestId;
    if (parsed.data.error.code) out.providerCode = parsed.data.error.code;
  }
  if (res.retries > 0) out.retries = res.retries;
  if (res.retryAfterSeconds !== undefined) out.retryAfterSeconds = res.retryAfterSeconds;
  return out;
}
