import { interceptors, type Dispatcher, type RetryHandler } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from '../logger.js';
import type { ProviderName } from '../model/customer.js';
import type { Metrics } from '../observability/metrics.js';
import { AttemptObserver } from './attempt-observer.js';
import { RetryBudget, type RetryBudgetOptions } from './retry-budget.js';

/**
 * Retry policy of one provider's pool. The defaults keep a failing GET within about a second
 * (3 attempts, ~0.1–0.2 s then ~0.2–0.4 s of backoff) and leave the rest of the request budget to
 * the other fields.
 */
export interface RetryOptions {
  /** Retries after the first attempt (undici `maxRetries`). Default 2. */
  maxRetries?: number;
  /** Backoff of the first retry, before jitter, ms (undici `minTimeout`). Default 200. */
  minTimeoutMs?: number;
  /** Longest backoff between retries, ms (undici `maxTimeout`). Default 2000. */
  maxTimeoutMs?: number;
  /**
   * Longest wait a provider may ask for (`Retry-After`, `X-RateLimit-Reset`) and still be retried,
   * ms. A longer request is answered at once (PROVIDER_RATE_LIMITED for a 429) rather than retried
   * early: retrying sooner than asked only earns another 429. The deadline applies too. Default 5000.
   */
  maxRetryAfterMs?: number;
  /** Backoff growth per retry (undici `timeoutFactor`). Default undici's, 2. */
  timeoutFactor?: number;
  /** A retry is only started when at least this much of the request's deadline remains after the wait, ms. Default 50. */
  minAttemptMs?: number;
  /** Shared per-provider retry budget (see RetryBudget); `false` turns it off. */
  budget?: RetryBudgetOptions | false;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
  /**
   * Waits out one backoff; resolves `true` when `signal` aborted first. Default: a timer. Tests
   * pass one that advances their fake clock, so a 429's `Retry-After: 1` costs no real second.
   */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<boolean>;
}

/** Statuses worth retrying on an idempotent GET: the gateway kind of 5xx and 429 (not 500: a bug repeats). */
export const RETRY_STATUS_CODES = [429, 502, 503, 504] as const;

/**
 * Transport errors worth retrying: the request never reached the provider, or the connection
 * broke before a response began. Header and body timeouts are NOT retried: a provider too slow to
 * answer once is not helped by a second request, and each retry would cost a full timeout more.
 */
export const RETRY_ERROR_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
] as const;

/** Why retrying stopped short of a success (logged; never sent to clients). */
export type RetryStop = 'max_retries' | 'deadline' | 'budget' | 'wait_too_long' | 'aborted';

/**
 * What one logical upstream request (all its attempts) carries through the interceptors. `requestJson`
 * creates it and passes it in the dispatch options under `REQUEST_STATE`; the interceptors update it.
 */
export interface RequestState {
  readonly provider: ProviderName;
  readonly endpoint: string;
  /** Epoch ms (wall clock) by which every attempt must be done. */
  readonly deadline?: number;
  readonly signal?: AbortSignal;
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Attempts dispatched so far (retries + 1 once the first is under way). */
  attempts: number;
  retries: number;
  /** Status of the current attempt's response head; 0 until one arrives. */
  responseStatus: number;
  stoppedBy?: RetryStop;
}

/** Key of the per-request state in undici dispatch options (a symbol, so nothing else reads it). */
export const REQUEST_STATE: unique symbol = Symbol('customer-graph.upstream-request');

/** Dispatch options that carry a RequestState. */
export type StatefulDispatchOptions = Dispatcher.DispatchOptions & { [REQUEST_STATE]?: RequestState };

function stateOf(opts: Dispatcher.DispatchOptions): RequestState | undefined {
  return (opts as StatefulDispatchOptions)[REQUEST_STATE];
}

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns ms from `now`
 * (0 for a date already past), or `undefined` when absent or unreadable. (undici reads the header
 * only inside its default `retry`, which ours replaces, and exports no parser.)
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // All three HTTP date forms start with a day name; Date.parse alone would accept "-1" as a year.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait a response asks for, in ms: `Retry-After`, else OpenFX's `X-RateLimit-Reset` when
 * `X-RateLimit-Remaining` is 0 (https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/rate-limiting: Reset is
 * seconds until the window resets, not an epoch). `undefined` when the response asks for nothing.
 */
export function requestedDelayMs(headers: IncomingHttpHeaders | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const retryAfter = parseRetryAfter(headers['retry-after'], now);
  if (retryAfter !== undefined) return retryAfter;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();
  const remaining = first(headers['x-ratelimit-remaining']);
  const reset = first(headers['x-ratelimit-reset']);
  if (remaining === '0' && reset && /^\d+$/.test(reset)) return Number(reset) * 1000;
  return undefined;
}

/**
 * undici's backoff step (`minTimeout × timeoutFactor^(retry − 1)`, at most `maxTimeout`) with
 * "equal jitter": half the step is fixed, half random, so waits never collapse to 0. (undici's own
 * has no jitter, so requests that failed together would all retry together.)
 */
export function backoffMs(
  retry: number,
  options: { minTimeout: number; maxTimeout: number; timeoutFactor: number },
  random: () => number,
): number {
  const step = Math.min(options.maxTimeout, options.minTimeout * options.timeoutFactor ** (retry - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * The dispatcher interceptors of the retry policy, innermost first, for `Pool.compose(...)` after
 * any per-attempt interceptor (such as OpenFX signing): `compose` makes the LAST interceptor the
 * outermost, so whatever precedes `interceptors.retry` runs again on every attempt.
 *
 * - an attempt observer (counts attempts and retries, records each attempt's response status),
 * - undici's `interceptors.retry`, whose `RetryHandler` re-dispatches, pauses the failed response
 *   while the decision is pending and hands the last response on when retries run out
 *   (`throwOnError: false`: the final 429 with its body and headers reaches the provider client,
 *   which classifies it like any other response). Its options carry the policy (idempotent GETs;
 *   429/502/503/504 and connection errors; backoff); our `retry` callback applies them and adds
 *   what only this project needs (see `decide`). (While a wait runs, undici keeps the failed
 *   response's connection paused; the pool's size bounds that.)
 * - a budget gate (deposits one token per original request).
 */
export function retryInterceptors(options: RetryOptions = {}): Dispatcher.DispatcherComposeInterceptor[] {
  const budget = options.budget === false ? null : new RetryBudget(options.budget);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? wait;
  const minAttemptMs = options.minAttemptMs ?? 50;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000;
  const retryOptions: RetryHandler.RetryOptions = {
    throwOnError: false,
    methods: ['GET'],
    statusCodes: [...RETRY_STATUS_CODES],
    errorCodes: [...RETRY_ERROR_CODES],
    maxRetries: options.maxRetries ?? 2,
    minTimeout: options.minTimeoutMs ?? 200,
    maxTimeout: options.maxTimeoutMs ?? 2_000,
    // undefined keeps undici's default (2).
    timeoutFactor: options.timeoutFactor,
    retry: (err, { state, opts }, done) => decide(err, state.counter, opts, done),
  };

  /**
   * undici's rules (method, status, error code, retry count, backoff) from the options undici
   * resolved, plus this project's own, one line each below. A `retry` callback replaces undici's
   * default one whole, so the rules it shares are applied here.
   */
  function decide(
    err: Error,
    retry: number,
    opts: RetryHandler.RetryContext['opts'],
    done: RetryHandler.OnRetryCallback,
  ): void {
    const request = stateOf(opts);
    const stop = (reason?: RetryStop) => {
      if (request && reason) request.stoppedBy = reason;
      done(err);
    };
    // Calls that did not come through requestJson carry no deadline: never retried.
    if (!request) return stop();
    const policy = opts.retryOptions as ResolvedRetryOptions;
    if (!opts.method || !policy.methods.includes(opts.method)) return stop();
    const failure = err as Error & { code?: string; statusCode?: number; headers?: IncomingHttpHeaders };
    const isStatus = failure.code === 'UND_ERR_REQ_RETRY' && typeof failure.statusCode === 'number';
    if (isStatus) {
      if (!policy.statusCodes.includes(failure.statusCode as number)) return stop();
    } else {
      if (!failure.code || !policy.errorCodes.includes(failure.code)) return stop();
      // A success whose body broke off: undici would resume with a Range request our providers do not support.
      if (request.responseStatus >= 200 && request.responseStatus < 300) return stop();
    }
    // The caller has gone (deadline or client): nobody is left to read a retry's answer.
    if (request.signal?.aborted) return stop('aborted');
    if (retry > policy.maxRetries) return stop('max_retries');

    const now = Date.now();
    // X-RateLimit-Reset too: OpenFX says when its window reopens with it, not with Retry-After.
    const asked = isStatus ? requestedDelayMs(failure.headers, now) : undefined;
    // The backoff is a floor under any asked wait too: `Retry-After: 0` must not retry in a tight loop.
    let delay = backoffMs(retry, policy, random);
    if (asked !== undefined) {
      // undici would cap a long wait at maxTimeout and retry early, which only earns another 429.
      if (asked > maxRetryAfterMs) return stop('wait_too_long');
      // A little jitter on top, so our requests that were all told "1 s" do not return in one burst.
      delay = Math.max(delay, Math.round(asked + random() * Math.min(asked * 0.1, 250)));
    }
    // A retry that cannot finish before the request's deadline only delays its error.
    if (request.deadline !== undefined && now + delay + minAttemptMs > request.deadline) return stop('deadline');
    // Retries across all requests to this provider stay a share of its traffic (no retry storm).
    if (budget && !budget.tryWithdraw()) return stop('budget');

    request.logger.debug(
      {
        upstream: {
          provider: request.provider,
          endpoint: request.endpoint,
          retry: request.retries + 1,
          ...(isStatus ? { status: failure.statusCode } : { cause: failure.code }),
          delayMs: delay,
        },
      },
      'retrying upstream call',
    );
    void sleep(delay, request.signal).then((aborted) => (aborted ? stop('aborted') : done(null)));
  }

  const observeAttempts: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
    const request = stateOf(opts);
    return dispatch(opts, request ? new AttemptObserver(request, handler) : handler);
  };

  const depositInBudget: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
    budget?.deposit();
    return dispatch(opts, handler);
  };

  return [observeAttempts, interceptors.retry(retryOptions), depositInBudget];
}

/** undici's RetryHandler fills every option we leave out with its default before calling `retry`. */
type ResolvedRetryOptions = Required<
  Pick<
    RetryHandler.RetryOptions,
    'methods' | 'statusCodes' | 'errorCodes' | 'maxRetries' | 'minTimeout' | 'maxTimeout' | 'timeoutFactor'
  >
>;

/**
 * Resolves `true` when `signal` aborted first, `false` after `ms`. Hand-written: undici's default
 * wait is a bare timer an abort does not end, and vitest's fake timers do not reach
 * `node:timers/promises` imports.
 */
function wait(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(true);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(false);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
