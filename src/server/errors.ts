import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { graphql } from './graphql-runtime.js';
import { ProviderError, UserInputError } from '../model/errors.js';

/**
 * The one place a domain error becomes a GraphQL error. Provider and input errors keep their
 * (already safe) message and gain `extensions.code` / `extensions.provider`; anything unexpected is
 * masked as INTERNAL_SERVER_ERROR so no stack, body or secret reaches a client.
 */
export function createFormatError(options: { includeStack: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ProviderError) {
      return withCode(formatted, original.message, { code: original.code, provider: original.provider });
    }
    if (original instanceof UserInputError) {
      return withCode(formatted, original.message, {
        code: 'BAD_USER_INPUT',
        ...(original.provider ? { provider: original.provider } : {}),
      });
    }
    if (original instanceof graphql.GraphQLError || isGraphQLErrorLike(original)) {
      const extensions = { ...formatted.extensions };
      if (!options.includeStack) delete extensions.stacktrace;
      // Errors graphql-js or Apollo raised themselves (parse, validation, variables) are safe.
      if (extensions.code && extensions.code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
    }
    return withCode(formatted, 'Internal server error.', {
      code: 'INTERNAL_SERVER_ERROR',
      ...(options.includeStack && formatted.extensions?.stacktrace
        ? { stacktrace: formatted.extensions.stacktrace }
        : {}),
    });
  };
}

function withCode(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>) {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

function isGraphQLErrorLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'GraphQLError';
}
