import { DecoratorHandler, type Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestState } from './retry.js';

/** The callback `AttemptObserver` overrides, as undici's `DecoratorHandler` forwards it at runtime. */
interface PassThrough extends Dispatcher.DispatchHandler {
  onResponseStart(
    controller: Dispatcher.DispatchController,
    status: number,
    headers: IncomingHttpHeaders,
    message?: string,
  ): void;
}

/** undici's types declare `DecoratorHandler` without the callbacks it forwards; it has them all. */
const PassThroughHandler = DecoratorHandler as unknown as new (handler: Dispatcher.DispatchHandler) => PassThrough;

/**
 * Observes one attempt on its way to undici's RetryHandler: counts it (every attempt after the
 * first is a retry, counted when it is sent, so an abort during the wait is no retry) and records
 * its response status, which the retry decision reads. Everything else passes through untouched.
 */
export class AttemptObserver extends PassThroughHandler {
  readonly #request: RequestState;

  constructor(request: RequestState, handler: Dispatcher.DispatchHandler) {
    super(handler);
    this.#request = request;
    request.attempts += 1;
    request.responseStatus = 0;
    if (request.attempts > 1) {
      request.retries += 1;
      request.metrics?.upstreamRetries.inc({ provider: request.provider, endpoint: request.endpoint });
    }
  }

  override onResponseStart(
    controller: Dispatcher.DispatchController,
    status: number,
    headers: IncomingHttpHeaders,
    message?: string,
  ): void {
    this.#request.responseStatus = status;
    super.onResponseStart(controller, status, headers, message);
  }
}
