import type { Dispatcher } from 'undici';
import { providerUnavailable } from '../model/errors.js';
import { REQUEST_STATE, type StatefulDispatchOptions } from './retry.js';

/**
 * Default of the most upstream response bytes one GraphQL operation may read, from all providers
 * together: 64 MiB. A customer document is a few KiB, so this only stops pathological answers (140
 * ids × 3.9 MB bodies once peaked at 1.96 GB of heap); `PoolOptions.operationBytes` overrides it.
 */
export const MAX_OPERATION_BYTES = 64 * 1024 * 1024;

/** Bytes read so far per operation, keyed by the operation's signal (context.ts makes one per GraphQL request). */
const spent = new WeakMap<AbortSignal, { bytes: number }>();

function budgetOf(signal: AbortSignal): { bytes: number } {
  let budget = spent.get(signal);
  if (!budget) {
    budget = { bytes: 0 };
    spent.set(signal, budget);
  }
  return budget;
}

/**
 * An undici interceptor that charges every response body to its operation's byte budget: a
 * `Content-Length` is reserved whole when the headers arrive (so the first answers complete and the
 * rest are refused unread, instead of every parallel body being cut halfway), and bytes beyond it
 * (chunked bodies) are charged as they arrive. Past `limit` the response is aborted with
 * `PROVIDER_UNAVAILABLE` (`cause: operation_bytes`), which the circuit breaker does not count.
 * Requests without an operation signal (narrow tests) are not charged.
 */
export function byteBudgetInterceptor(limit: number = MAX_OPERATION_BYTES): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const request = (opts as StatefulDispatchOptions)[REQUEST_STATE];
    if (!request?.signal) return dispatch(opts, handler);
    const budget = budgetOf(request.signal);
    const exceeded = () =>
      providerUnavailable(
        request.provider,
        { cause: 'operation_bytes', limitBytes: limit },
        `${request.provider} was not read: this operation has read its ${Math.round(limit / 2 ** 20)} MiB of provider responses.`,
      );
    let charged = 0;
    let received = 0;
    return dispatch(opts, {
      onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
      onRequestUpgrade: (controller, status, headers, socket) =>
        handler.onRequestUpgrade?.(controller, status, headers, socket),
      onResponseStart: (controller, status, headers, message) => {
        const length = Number(headers['content-length']);
        if (Number.isSafeInteger(length) && length > 0) {
          if (budget.bytes + length > limit) return controller.abort(exceeded());
          budget.bytes += length;
          charged = length;
        }
        handler.onResponseStart?.(controller, status, headers, message);
      },
      onResponseData: (controller, chunk) => {
        received += chunk.length;
        if (received > charged) {
          budget.bytes += received - charged;
          charged = received;
          if (budget.bytes > limit) return controller.abort(exceeded());
        }
        handler.onResponseData?.(controller, chunk);
      },
      onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
      onResponseError: (controller, error) => handler.onResponseError?.(controller, error),
    });
  };
}
