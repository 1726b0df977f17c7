import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLContext } from './context.js';
import { isInternalError } from './errors.js';

/** Internal errors logged per request; more are counted in the last line. */
const MAX_LOGGED = 5;
const MAX_FRAMES = 8;
/** Errors the JavaScript engine raises about code (their messages name code, not data). */
const ENGINE_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError']);

/**
 * Logs every unexpected error (the ones formatError masks as INTERNAL_SERVER_ERROR) at error level,
 * with the request id (the context's logger carries it), the field path and where it was thrown.
 * A message is logged only when the engine wrote it: any other may quote a provider body or
 * customer data.
 */
export function internalErrorLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  // Holds no per-request state, so every request shares it.
  const listener: GraphQLRequestListener<GraphQLContext> = {
    async didEncounterErrors({ errors, contextValue, operationName }) {
      const internal = errors.filter((error) => isInternalError(error));
      for (const error of internal.slice(0, MAX_LOGGED)) {
        contextValue.logger.error(
          {
            internalError: describe(unwrapResolverError(error)),
            path: error.path ?? null,
            operation: operationName ?? null,
            ...(internal.length > MAX_LOGGED ? { internalErrors: internal.length } : {}),
          },
          'internal error',
        );
      }
    },
  };
  return { requestDidStart: async () => listener };
}

function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  return { name: error.name, ...(ENGINE_ERRORS.has(error.name) ? { message: error.message } : {}), frames };
}
