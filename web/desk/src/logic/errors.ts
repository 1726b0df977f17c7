import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Provider } from '../gql/graphql.js';
import { PROVIDER_LABEL, PROVIDERS } from './status.js';

/** One thing that went wrong, in words for the person at the desk. */
export interface Problem {
  /** `extensions.code` (e.g. `PROVIDER_UNAVAILABLE`), or `NETWORK_ERROR` / `HTTP_<status>`. */
  readonly code: string;
  /** The provider involved (`extensions.provider`), `null` when none is. */
  readonly provider: Provider | null;
  readonly message: string;
  /** Whether trying again later may help (a button offers it). */
  readonly retryable: boolean;
}

/** Problems grouped by the provider they concern; `general` holds those that concern none. */
export interface PartitionedProblems {
  readonly byProvider: ReadonlyMap<Provider, readonly Problem[]>;
  readonly general: readonly Problem[];
}

const RETRYABLE = new Set(['PROVIDER_UNAVAILABLE', 'PROVIDER_RATE_LIMITED', 'NETWORK_ERROR', 'INTERNAL_SERVER_ERROR']);

/**
 * What an Apollo Client error means, one `Problem` per GraphQL error (or one for a transport
 * failure). Messages are written from the error's code; the server's own message is used only for
 * codes the desk does not know, and it never carries provider bodies or secrets (the API masks them).
 */
export function problemsOf(error: unknown): Problem[] {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) {
    return error.errors.map((e) => problemOfGraphQLError(e));
  }
  if (ServerError.is(error)) {
    const code = error.statusCode === 401 ? 'UNAUTHENTICATED' : `HTTP_${error.statusCode}`;
    return [problem(code, null, `The API answered HTTP ${error.statusCode}.`)];
  }
  return [problem('NETWORK_ERROR', null, 'The API cannot be reached; check that the server is running.')];
}

/** One GraphQL error (as the server formats it) as a `Problem`. */
export function problemOfGraphQLError(error: GraphQLFormattedError): Problem {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const provider = asProvider(error.extensions?.provider);
  return problem(code, provider, error.message);
}

/**
 * Splits problems by provider, so each provider's table shows only its own trouble (and one
 * provider down leaves the others' rows alone); problems without a provider are `general`.
 */
export function partitionByProvider(problems: readonly Problem[]): PartitionedProblems {
  const byProvider = new Map<Provider, Problem[]>();
  const general: Problem[] = [];
  for (const p of problems) {
    if (p.provider === null) general.push(p);
    else byProvider.set(p.provider, [...(byProvider.get(p.provider) ?? []), p]);
  }
  return { byProvider, general };
}

/** The problems one provider's table shows for `error`: its own and those concerning no provider. */
export function problemsFor(provider: Provider, error: unknown): Problem[] {
  const { byProvider, general } = partitionByProvider(problemsOf(error));
  return [...(byProvider.get(provider) ?? []), ...general];
}

function problem(code: string, provider: Provider | null, serverMessage: string): Problem {
  return { code, provider, message: describe(code, provider, serverMessage), retryable: RETRYABLE.has(code) };
}

function describe(code: string, provider: Provider | null, serverMessage: string): string {
  const name = provider ? PROVIDER_LABEL[provider] : 'The provider';
  switch (code) {
    case 'PROVIDER_UNAVAILABLE':
      return `${name} is not answering right now (timeouts or server errors, after retries).`;
    case 'PROVIDER_RATE_LIMITED':
      return `${name} is limiting how often we may ask; try again in a moment.`;
    case 'PROVIDER_AUTH_FAILED':
      return `${name} rejects this server's credentials; its configuration needs attention.`;
    case 'PROVIDER_NOT_CONFIGURED':
      return `${name} is not configured on this server.`;
    case 'NOT_FOUND':
      return `${name} does not know this customer (any more).`;
    case 'UNAUTHENTICATED':
      return 'The API needs an API key that this page does not have.';
    default:
      return serverMessage;
  }
}

function asProvider(value: unknown): Provider | null {
  return PROVIDERS.find((p) => p === value) ?? null;
}
