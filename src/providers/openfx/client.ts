import type { Dispatcher } from 'undici';
import type { OpenFxConfig } from './config.js';
import { signingFailed } from '../../model/errors.js';
import { getJson, type ErrorFacts } from '../get-json.js';
import { createPool, requestJson, type PoolOptions } from '../http.js';
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

/**
 * OpenFX's error dialect: an `error` envelope whose request id and code are logged
 * with the status, never its message.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 */
export const OPENFX_ERRORS: ErrorFacts = {
  label: 'OpenFX',
  bodyFacts(body) {
    const facts: Record<string, string> = {};
    const parsed = openFxErrorFacts.safeParse(body);
    if (parsed.success) {
      if (parsed.data.error.requestId) facts.providerRequestId = parsed.data.error.requestId;
      if (parsed.data.error.code) facts.providerCode = parsed.data.error.code;
    }
    return facts;
  },
  log: {
    error: 'OpenFX error response',
    notFound: 'OpenFX resource not found',
    invalidBody: 'OpenFX response body invalid',
  },
};

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
      throw signingFailed('OPENFX', OPENFX_ERRORS.label, (err as { code?: string }).code ?? 'SIGNING_FAILED');
    }
  };
  const dispatcher: Dispatcher = createPool(config.url, deps.pool, {
    retry: deps.retry,
    perAttempt: [signingInterceptor(signed)],
  });
  // Built once: the same on every request (`requestJson` copies, never mutates it).
  const headers = { authorization: `Bearer ${config.apiKey}` };
  const facts: ErrorFacts = {
    ...OPENFX_ERRORS,
    // X-Timestamp and X-Signature are added per attempt by the signing interceptor.
    async send(d, request, call) {
      const signedWith = clock.offset;
      let res = await requestJson(d, request, call);
      clock.observe(res.headers.date, call.logger);
      // A 401 signed before the clock correction changed (by this answer's `Date` or a concurrent
      // one's): signed again, once, with the corrected time.
      if (res.status === 401 && clock.offset !== signedWith) {
        res = await requestJson(d, request, call);
        clock.observe(res.headers.date, call.logger);
      }
      return res;
    },
  };

  return {
    getCustomer(id, call) {
      const path = `/v1/customers/${encodeURIComponent(id)}`;
      const request = { provider: 'OPENFX', endpoint: 'GET /v1/customers/:id', path, headers } as const;
      return getJson(dispatcher, request, openFxCustomer, facts, call);
    },
    listCustomers(query, call) {
      const qs = new URLSearchParams({ limit: String(query.limit) });
      if (query.startingAfter !== null) qs.set('starting_after', query.startingAfter);
      const path = `/v1/customers?${qs}`;
      const request = { provider: 'OPENFX', endpoint: 'GET /v1/customers', path, headers, notFound: 'error' } as const;
      return getJson(dispatcher, request, openFxCustomerList, facts, call);
    },
    close: () => dispatcher.close(),
  };
}
