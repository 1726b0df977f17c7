import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { graphql } from './graphql-runtime.js';
import { ProviderError, UserInputError } from '../model/errors.js';

/** graphql-js's "did you mean" hint, as Apollo Server's hideSchemaDetailsFromClientErrors removes it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * The one place a domain error becomes a GraphQL error. Provider and input errors keep their
 * (already safe) message and gain `extensions.code` / `extensions.provider`; anything unexpected is
 * masked as INTERNAL_SERVER_ERROR so no stack, body or secret reaches a client. With
 * `hideSuggestions` no message says "Did you mean …?": Apollo removes it from validation errors only,
 * while graphql-js also suggests enum values and input fields when it coerces variables.
 */
export function createFormatError(options: { includeStack: boolean; hideSuggestions?: boolean }) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
    if (!isInternalError(error, formatted.extensions?.code)) {
      const extensions = { ...formatted.extensions };
      if (!options.includeStack) delete extensions.stacktrace;
      // Errors graphql-js or Apollo raised themselves (parse, validation, variables) are safe.
      return { ...formatted, extensions };
    }
    return withCode(formatted, 'Internal server error.', {
      code: 'INTERNAL_SERVER_ERROR',
      ...(options.includeStack && formatted.extensions?.stacktrace
        ? { stacktrace: formatted.extensions.stacktrace }
        : {}),
    });
  };
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return SUGGESTION.test(result.message) ? { ...result, message: result.message.replace(SUGGESTION, '') } : result;
  };
}

/**
 * Whether `error` (as Apollo hands errors to plugins and formatError) is unexpected: neither a
 * domain error of ours nor an error graphql-js or Apollo raised with a client-facing code (parse,
 * validation, variables, limits). Those are masked for clients and logged at error level.
 * `code` is the error's code where the caller already has it (formatError's formatted error).
 */
export function isInternalError(
  error: unknown,
  code: unknown = (error as { extensions?: { code?: unknown } })?.extensions?.code,
): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof ProviderError || original instanceof UserInputError) return false;
  const raisedByGraphQL = original instanceof graphql.GraphQLError || isGraphQLErrorLike(original);
  return !(raisedByGraphQL && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR');
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
