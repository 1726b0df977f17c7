import { Pool, type Dispatcher } from 'undici';
import type { ProviderName } from '../model/customer.js';
import { ProviderError, providerUnavailable, rateLimited, unexpectedResponse } from '../model/errors.js';
import { byteBudgetInterceptor, MAX_OPERATION_BYTES } from './byte-budget.js';
import { abortCause } from './deadline.js';
import { REQUEST_STATE, requestedDelayMs, retryInterceptors, type RequestState, type RetryOptions } from './retry.js';
import type { CallContext } from './types.js';

/** Connection and timeout settings of one provider origin (from `UPSTREAM_*` / `<PROVIDER>_*`, config.ts). */
export interface PoolOptions {
  /** Most sockets open to the origin at once; requests beyond it queue. Bounds upstream concurrency. Default 128. */
  connections?: number;
  /** TCP + TLS connect timeout, ms. Default 3000. */
  connectTimeout?: number;
  /**
   * Time to the response headers of one attempt, ms. Default 5000. undici checks headers and body
   * timeouts on a ~0.5 s tick, so they fire up to about a second late; the request deadline still
   * bounds the whole call.
   */
  headersTimeout?: number;
  /** Idle time between body chunks, ms. Default 5000. */
  bodyTimeout?: number;
  /**
   * Most response bytes one GraphQL operation may read from all providers together (byte-budget.ts);
   * beyond it further answers are `PROVIDER_UNAVAILABLE`. Default `MAX_OPERATION_BYTES` (64 MiB).
   */
  operationBytes?: number;
}

/** How a provider's dispatcher treats failures, besides its pool's timeouts. */
export interface ResilienceOptions {
  /** Retry policy of idempotent GETs (defaults in retry.ts). */
  retry?: RetryOptions;
  /**
   * Interceptors that must run again on every attempt (e.g. OpenFX signing, so each retry carries a
   * fresh timestamp). They are composed inside the retry interceptor.
   */
  perAttempt?: Dispatcher.DispatcherComposeInterceptor[];
}

/** Responses larger than this are refused (undici's `UND_ERR_RES_EXCEEDED_MAX_SIZE`): a customer document is a few KiB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * One undici Pool per provider origin, never the global dispatcher, with explicit connect, headers
 * and body timeouts and the retry policy composed on top: `compose` makes the last interceptor the
 * outermost, so `perAttempt` interceptors run once per attempt, the retry ones once per request.
 */
export function createPool(origin: string, options: PoolOptions = {}, resilience: ResilienceOptions = {}): Dispatcher {
  const pool = new Pool(origin, {
    connections: options.connections ?? 128,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    connect: { timeout: options.connectTimeout ?? 3_000 },
    headersTimeout: options.headersTimeout ?? 5_000,
    bodyTimeout: options.bodyTimeout ?? 5_000,
    maxResponseSize: MAX_BODY_BYTES,
  });
  // Innermost, so every attempt's body is charged to the operation's byte budget.
  const charge = byteBudgetInterceptor(options.operationBytes ?? MAX_OPERATION_BYTES);
  return pool.compose(charge, ...(resilience.perAttempt ?? []), ...retryInterceptors(resilience.retry));
}

export interface UpstreamRequest {
  readonly provider: ProviderName;
  /** Route template for logs and metrics, e.g. `GET /v2/customers/:id`. Never the concrete path. */
  readonly endpoint: string;
  readonly method: 'GET' | 'POST';
  /** Path with query, already encoded. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Exact bytes to send (serialised once, so a signature can cover them). */
  readonly body?: string;
}

export interface UpstreamResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or `undefined` when the body is empty or not JSON. */
  readonly json: unknown;
  /** Retries made before this (final) response. */
  readonly retries: number;
  /** The wait a final 429/503 asked for (`Retry-After` or OpenFX's `X-RateLimit-Reset`), whole seconds. */
  readonly retryAfterSeconds?: number;
}

/** Transport failures that mean "too slow" rather than "broken" (metrics outcome `timeout`). */
const TIMEOUT_CAUSES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'deadline',
]);

/**
 * Sends one request through the provider's dispatcher (retries included) and reads its JSON body,
 * within the GraphQL request's deadline (`call.signal`, `call.deadline`). Transport failures
 * (connect errors, timeouts, resets, the deadline, oversized bodies) become `PROVIDER_UNAVAILABLE`;
 * status codes are read by the caller (`getJson` in get-json.ts for every client's GETs).
 *
 * Records `upstreamRequests` / `upstreamDuration` (once per call, after retries) and writes one
 * `upstream call` log line: provider, endpoint template, status, duration, retries, outcome; never
 * a body, a header or the concrete path.
 */
export async function requestJson(
  dispatcher: Dispatcher,
  request: UpstreamRequest,
  call: CallContext,
): Promise<UpstreamResponse> {
  const started = performance.now();
  const headers: Record<string, string> = { accept: 'application/json', 'x-request-id': call.requestId };
  // Object.assign, not spread: spreads are markedly slower on Node 20 and this runs per upstream call.
  if (request.headers) Object.assign(headers, request.headers);
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const state: RequestState = {
    provider: request.provider,
    endpoint: request.endpoint,
    deadline: call.deadline,
    signal: call.signal,
    logger: call.logger,
    metrics: call.metrics,
    attempts: 0,
    retries: 0,
    responseStatus: 0,
  };
  const options: Dispatcher.RequestOptions & { [REQUEST_STATE]: RequestState } = {
    method: request.method,
    path: request.path,
    headers,
    body: request.body,
    signal: call.signal,
    [REQUEST_STATE]: state,
  };
  let status = 0;
  let outcome = 'error';
  let cause: string | undefined;
  try {
    const res = await dispatcher.request(options);
    status = res.statusCode;
    const json = await readJson(res.body);
    outcome = statusOutcome(status);
    const response: { -readonly [K in keyof UpstreamResponse]: UpstreamResponse[K] } = {
      status,
      headers: res.headers,
      json,
      retries: state.retries,
    };
    const asked = status === 429 || status === 503 ? requestedDelayMs(res.headers, Date.now()) : undefined;
    if (asked !== undefined) response.retryAfterSeconds = Math.ceil(asked / 1000);
    return response;
  } catch (err) {
    const error = transportError(request.provider, err, call, state.retries);
    cause = typeof error.detail.cause === 'string' ? error.detail.cause : undefined;
    outcome = cause && TIMEOUT_CAUSES.has(cause) ? 'timeout' : 'error';
    throw error;
  } finally {
    const seconds = (performance.now() - started) / 1000;
    const labels = { provider: request.provider, endpoint: request.endpoint, outcome };
    call.metrics?.upstreamRequests.inc(labels);
    call.metrics?.upstreamDuration.observe(labels, seconds);
    // Built only when it will be written: this runs for every upstream call.
    if (call.logger.isLevelEnabled('info')) {
      const upstream: Record<string, unknown> = {
        provider: request.provider,
        endpoint: request.endpoint,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        retries: state.retries,
        outcome,
      };
      if (cause) upstream.cause = cause;
      if (state.stoppedBy) upstream.retryStoppedBy = state.stoppedBy;
      call.logger.info({ upstream }, 'upstream call');
    }
  }
}

/** Metrics outcome of a status: `2xx`, `404`, `429`, `4xx`, `5xx` or `3xx`. */
function statusOutcome(status: number): string {
  if (status === 404 || status === 429) return String(status);
  return `${Math.floor(status / 100)}xx`;
}

async function readJson(body: Dispatcher.ResponseData['body']): Promise<unknown> {
  // undici collects the body (bounded by the pool's maxResponseSize); empty or non-JSON → undefined.
  const text = await body.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function transportError(provider: ProviderName, err: unknown, call: CallContext, retries: number): ProviderError {
  if (err instanceof ProviderError) return err;
  let cause = (err as { code?: string }).code ?? (err as { name?: string }).name ?? 'UNKNOWN';
  // Our own deadline (or the client leaving) aborted the request: say which, not the abort error's name.
  if (call.signal?.aborted) cause = abortCause(call);
  return providerUnavailable(provider, { cause, ...(retries > 0 ? { retries } : {}) });
}

type StatusFacts = Pick<UpstreamResponse, 'status' | 'retries' | 'retryAfterSeconds'>;

/** The `detail` of an error status: the status, and the retries made and the wait asked for (when any). Never the body. */
export function statusDetail(response: StatusFacts): Record<string, unknown> {
  const detail: Record<string, unknown> = { status: response.status };
  if (response.retries > 0) detail.retries = response.retries;
  if (response.retryAfterSeconds !== undefined) detail.retryAfterSeconds = response.retryAfterSeconds;
  return detail;
}

/**
 * The error for a status code the client does not expect: 429 → `PROVIDER_RATE_LIMITED` (retries
 * and the deadline already spent), anything else → `PROVIDER_UNAVAILABLE`. `detail` defaults to
 * `statusDetail(response)`; never the body.
 */
export function unexpectedStatus(
  provider: ProviderName,
  response: StatusFacts,
  detail: Record<string, unknown> = statusDetail(response),
): ProviderError {
  return response.status === 429 ? rateLimited(provider, detail) : providerUnavailable(provider, detail);
}

/** The error for a 200 whose body does not match the provider's documented schema. */
export function invalidBody(provider: ProviderName, issues: readonly { path: PropertyKey[] }[]): ProviderError {
  // Paths only: values could be PII.
  return unexpectedResponse(provider, { invalidPaths: issues.slice(0, 5).map((i) => i.path.map(String).join('.')) });
}

/**
 * Refuses a document that names another customer than the one asked for: it would be served (and
 * cached) under the asked id. Logs the path of the id field (never either id: they are the
 * caller's and the provider's data), then throws `PROVIDER_UNAVAILABLE`.
 */
export function assertSameCustomer(
  provider: ProviderName,
  asked: string,
  answered: string,
  at: { path: PropertyKey[]; endpoint: string; call: CallContext },
): void {
  if (asked === answered) return;
  const error = invalidBody(provider, [{ path: at.path }]);
  at.call.logger.warn(
    { upstream: { provider, endpoint: at.endpoint, status: 200, ...error.detail } },
    'provider answered with another customer than the one asked for',
  );
  throw error;
}
