import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { partitionByProvider, problemsFor, problemsOf } from '../../web/desk/src/logic/errors.js';

const graphQLErrors = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'OpenFX is unavailable.',
      path: ['customers'],
      extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'OPENFX' },
    },
    { message: 'SpherePay is limiting.', extensions: { code: 'PROVIDER_RATE_LIMITED', provider: 'SPHEREPAY' } },
    { message: 'Query depth limit of 10 exceeded.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  ],
});

describe('problemsOf', () => {
  it('turns each GraphQL error into words from its code, with its provider', () => {
    expect(problemsOf(graphQLErrors)).toEqual([
      {
        code: 'PROVIDER_UNAVAILABLE',
        provider: 'OPENFX',
        message: 'OpenFX is not answering right now (timeouts or server errors, after retries).',
        retryable: true,
      },
      {
        code: 'PROVIDER_RATE_LIMITED',
        provider: 'SPHEREPAY',
        message: 'SpherePay is limiting how often we may ask; try again in a moment.',
        retryable: true,
      },
      // An unknown code keeps the server's (masked) message.
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        provider: null,
        message: 'Query depth limit of 10 exceeded.',
        retryable: false,
      },
    ]);
  });

  it('ignores a provider name the desk does not know', () => {
    const [p] = problemsOf(
      new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND', provider: 'ACME' } }] }),
    );
    expect(p?.provider).toBeNull();
  });

  it('reads an HTTP 401 as a missing API key and other failures as the network', () => {
    const unauthorized = new ServerError('401', {
      response: new Response('{}', { status: 401 }),
      bodyText: '{}',
    });
    expect(problemsOf(unauthorized).map((p) => p.code)).toEqual(['UNAUTHENTICATED']);
    expect(problemsOf(new TypeError('Failed to fetch'))).toEqual([
      {
        code: 'NETWORK_ERROR',
        provider: null,
        message: 'The API cannot be reached; check that the server is running.',
        retryable: true,
      },
    ]);
  });
});

describe('partitionByProvider', () => {
  it("keeps each provider's problems apart and those of no provider in general", () => {
    const { byProvider, general } = partitionByProvider(problemsOf(graphQLErrors));
    expect([...byProvider.keys()]).toEqual(['OPENFX', 'SPHEREPAY']);
    expect(byProvider.get('OPENFX')?.map((p) => p.code)).toEqual(['PROVIDER_UNAVAILABLE']);
    expect(byProvider.get('FIN')).toBeUndefined();
    expect(general.map((p) => p.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it("gives a provider's table its own problems and the general ones, never another provider's", () => {
    expect(problemsFor('OPENFX', graphQLErrors).map((p) => p.code)).toEqual([
      'PROVIDER_UNAVAILABLE',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(problemsFor('FIN', graphQLErrors).map((p) => p.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
