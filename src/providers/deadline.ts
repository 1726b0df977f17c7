import type { ProviderName } from '../model/customer.js';
import { providerUnavailable } from '../model/errors.js';
import type { CallContext } from './types.js';

/**
 * Waits for `work`, but no longer than the caller's request: when `call.signal` aborts (deadline
 * passed or client gone) this rejects with `PROVIDER_UNAVAILABLE` while `work` carries on for
 * whoever else shares it (e.g. one Fin token renewal serving many requests).
 */
export function untilDeadline<T>(work: Promise<T>, provider: ProviderName, call: CallContext): Promise<T> {
  const signal = call.signal;
  if (!signal) return work;
  const expired = () => providerUnavailable(provider, { cause: abortCause(call) });
  if (signal.aborted) {
    // The shared work may still fail later; nobody here is listening any more.
    work.catch(() => undefined);
    return Promise.reject(expired());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(expired());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/**
 * Why `call.signal` aborted: `deadline` when the request's budget is spent (the provider was too
 * slow, counts against its circuit), `aborted` when the client went away first (does not).
 */
export function abortCause(call: CallContext): 'deadline' | 'aborted' {
  // context.ts fires the deadline timer at `deadline`; a few ms of timer slack still mean "deadline".
  return call.deadline !== undefined && Date.now() >= call.deadline - 5 ? 'deadline' : 'aborted';
}
