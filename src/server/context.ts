import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import type { CallContext } from '../providers/types.js';
import { saneRequestId } from './request-id.js';

/** What every resolver receives. Built fresh for each GraphQL request. */
export interface GraphQLContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly call: CallContext;
  readonly loaders: Loaders;
  readonly providers: Providers;
}

/**
 * Builds a request's context: a request id (a well-formed incoming `x-request-id` is kept so traces
 * join up), a deadline for every upstream call, and fresh loaders. The deadline's signal also fires
 * when the client goes away, so nobody waits on upstream work no one will read.
 */
export function createContext(
  deps: { providers: Providers; logger: Logger; metrics?: Metrics; requestTimeoutMs?: number },
  incomingRequestId: string | undefined,
  response?: ServerResponse,
  /** `noCache`: the request carried `Cache-Control: no-cache` (server/freshness.ts). */
  options: { noCache?: boolean } = {},
): GraphQLContext {
  const requestId = saneRequestId(incomingRequestId);
  const logger = deps.logger.child({ requestId });
  const timeoutMs = deps.requestTimeoutMs ?? 10_000;
  const controller = new AbortController();
  // Every upstream call of the request listens on this signal; a 512-row page makes hundreds.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(new Error('request deadline passed')), timeoutMs);
  timer.unref();
  // A response always emits 'close', once sent or once its connection died: either way the
  // request is over, and the timer must not keep the whole context alive until the deadline.
  response?.once('close', () => {
    clearTimeout(timer);
    if (!response.writableFinished) controller.abort(new Error('client went away'));
  });
  const call: CallContext = {
    requestId,
    logger,
    signal: controller.signal,
    deadline: Date.now() + timeoutMs,
    metrics: deps.metrics,
    noCache: options.noCache === true,
  };
  return { requestId, logger, call, providers: deps.providers, loaders: createLoaders(deps.providers, call) };
}
