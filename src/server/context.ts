import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { Logger } from '../logger.js';
import type { Providers } from '../providers/registry.js';
import type { CallContext } from '../providers/types.js';

/** What every resolver receives. Built fresh for each GraphQL request. */
export interface GraphQLContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly call: CallContext;
  readonly loaders: Loaders;
  readonly providers: Providers;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds a request's context; a well-formed incoming `x-request-id` is kept so traces join up. */
export function createContext(
  deps: { providers: Providers; logger: Logger },
  incomingRequestId: string | undefined,
  signal?: AbortSignal,
): GraphQLContext {
  const requestId = incomingRequestId && REQUEST_ID.test(incomingRequestId) ? incomingRequestId : randomUUID();
  const logger = deps.logger.child({ requestId });
  const call: CallContext = { requestId, logger, signal };
  return { requestId, logger, call, providers: deps.providers, loaders: createLoaders(deps.providers, call) };
}
