import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { ProviderName } from '../model/customer.js';
import { authFailed, requestRejected } from '../model/errors.js';
import {
  invalidBody,
  requestJson,
  statusDetail,
  unexpectedStatus,
  type UpstreamRequest,
  type UpstreamResponse,
} from './http.js';
import type { CallContext } from './types.js';

/** One GET of a provider endpoint, as `getJson` sends it. */
export interface GetRequest {
  readonly provider: ProviderName;
  /** Route template for logs and metrics, e.g. `GET /v2/customers/:id`. Never the concrete path. */
  readonly endpoint: string;
  /** Path with query, already encoded. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** What a 404 means: `null` (default: no such resource) or `error` (a list never 404s on a valid query). */
  readonly notFound?: 'null' | 'error';
}

/** A final response, as a provider's `send` answers it. */
export interface SentResponse extends UpstreamResponse {
  /** A 401 that renewed credentials did not cure: `detail.persistent`, which the circuit breaker counts. */
  readonly persistent?: boolean;
}

/**
 * What differs between providers in reading their answers; everything else (which status means
 * what, which error code and message) is the same for every client and lives in `getJson`.
 */
export interface ErrorFacts {
  /** The provider as messages name it: "Fin.com rejected our credentials.". */
  readonly label: string;
  /** Safe-to-log fields of an error body (a correlation id, an error code); never its message. */
  readonly bodyFacts?: (body: unknown) => Record<string, string>;
  /**
   * The provider's own log lines about its answers (`msg` of each). Absent: none are written (the
   * loaders log every failed call with the error's `detail` anyway).
   */
  readonly log?: {
    /** Warn line for an error status. */
    readonly error: string;
    /** Info line for a 404 answered as `null`. */
    readonly notFound: string;
    /** Warn line for a 200 whose body breaks the schema (its failing paths only). */
    readonly invalidBody: string;
  };
  /**
   * Sends the request where the provider's auth may need a second attempt (Fin.com renews its token
   * on a 401, OpenFX signs again after a clock correction). Default: `requestJson`, once.
   */
  readonly send?: (dispatcher: Dispatcher, request: UpstreamRequest, call: CallContext) => Promise<SentResponse>;
}

/**
 * GETs one provider endpoint through `requestJson` and reads the answer in the error vocabulary of
 * the public contract, the same for every provider: 200 → the body validated by `schema` (else
 * `invalidBody`); 404 → `null` (or an error, per `request.notFound`); 401/403 →
 * `PROVIDER_AUTH_FAILED`; 400/422 → `BAD_USER_INPUT`; 429 → `PROVIDER_RATE_LIMITED`; anything else
 * → `PROVIDER_UNAVAILABLE`. An error's `detail` holds the status, the endpoint template, the
 * provider's `bodyFacts`, and the retries and requested wait; never the body.
 */
export async function getJson<S extends z.ZodType>(
  dispatcher: Dispatcher,
  request: GetRequest & { readonly notFound: 'error' },
  schema: S,
  facts: ErrorFacts,
  call: CallContext,
): Promise<z.infer<S>>;
export async function getJson<S extends z.ZodType>(
  dispatcher: Dispatcher,
  request: GetRequest,
  schema: S,
  facts: ErrorFacts,
  call: CallContext,
): Promise<z.infer<S> | null>;
export async function getJson<S extends z.ZodType>(
  dispatcher: Dispatcher,
  request: GetRequest,
  schema: S,
  facts: ErrorFacts,
  call: CallContext,
): Promise<z.infer<S> | null> {
  const { provider, endpoint } = request;
  const upstream: UpstreamRequest = { provider, endpoint, method: 'GET', path: request.path, headers: request.headers };
  const res = await (facts.send ?? requestJson)(dispatcher, upstream, call);
  if (res.status === 200) {
    const parsed = schema.safeParse(res.json);
    if (parsed.success) return parsed.data;
    const error = invalidBody(provider, parsed.error.issues);
    if (facts.log) {
      call.logger.warn({ upstream: { provider, endpoint, status: 200, ...error.detail } }, facts.log.invalidBody);
    }
    throw error;
  }
  const detail = statusDetail(res);
  detail.endpoint = endpoint;
  if (facts.bodyFacts) Object.assign(detail, facts.bodyFacts(res.json));
  if (res.status === 404 && request.notFound !== 'error') {
    if (facts.log) call.logger.info({ upstream: { provider, ...detail } }, facts.log.notFound);
    return null;
  }
  if (facts.log) call.logger.warn({ upstream: { provider, ...detail } }, facts.log.error);
  throw statusError(provider, res, detail, facts.label);
}

function statusError(provider: ProviderName, res: SentResponse, detail: Record<string, unknown>, label: string) {
  switch (res.status) {
    case 401:
    case 403:
      if (res.persistent) detail.persistent = true;
      return authFailed(provider, label, detail);
    case 400:
    case 422:
      return requestRejected(provider, label, detail);
    default:
      // 429 → PROVIDER_RATE_LIMITED, anything else (5xx, 3xx, a list's 404) → PROVIDER_UNAVAILABLE.
      return unexpectedStatus(provider, res, detail);
  }
}
