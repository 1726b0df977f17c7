import type { ProviderName } from './customer.js';

/** The error codes of the public contract that a provider call can end in. */
export type ProviderErrorCode =
  | 'NOT_FOUND'
  | 'PROVIDER_NOT_CONFIGURED'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_AUTH_FAILED'
  | 'BAD_USER_INPUT';

/**
 * A classified provider failure. Its `message` is written by us and is safe to show to clients:
 * it never carries a provider body, credential or PII. Diagnostic detail for logs goes in `detail`.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly code: ProviderErrorCode,
    readonly provider: ProviderName,
    message: string,
    /** Safe-to-log facts (HTTP status, correlation id, validation paths); never bodies or secrets. */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Malformed client input (an id, a cursor, an argument). Nothing was sent to any provider. */
export class UserInputError extends Error {
  override readonly name = 'UserInputError';
  constructor(
    message: string,
    readonly provider?: ProviderName,
  ) {
    super(message);
  }
}

// The one place each coded error is built: its code and message are part of the public contract
// (README "Errors"), so every call site asks for them here instead of spelling them again.

/** `NOT_FOUND`: the provider says the customer (of `kind`, e.g. `individual`, when one was asked for) does not exist. */
export function notFound(provider: ProviderName, kind?: string): ProviderError {
  return new ProviderError('NOT_FOUND', provider, `No ${provider} ${kind ? `${kind} ` : ''}customer has this id.`);
}

/** `PROVIDER_NOT_CONFIGURED`: the provider is disabled on this server; nothing was sent. */
export function notConfigured(provider: ProviderName): ProviderError {
  return new ProviderError('PROVIDER_NOT_CONFIGURED', provider, `${provider} is not configured on this server.`);
}

/**
 * `PROVIDER_UNAVAILABLE`: transport failures, 5xx, the deadline, an open circuit. `message` replaces
 * the usual one where a budget of ours, not the provider, stopped the call.
 */
export function providerUnavailable(
  provider: ProviderName,
  detail: Record<string, unknown> = {},
  message = `${provider} is unavailable.`,
): ProviderError {
  return new ProviderError('PROVIDER_UNAVAILABLE', provider, message, detail);
}

/** `PROVIDER_UNAVAILABLE` for an answer that breaks the provider's documented schema. */
export function unexpectedResponse(provider: ProviderName, detail: Record<string, unknown>): ProviderError {
  return providerUnavailable(provider, detail, `${provider} returned an unexpected response.`);
}

/** `PROVIDER_RATE_LIMITED`: still 429 once retries and the deadline are spent. */
export function rateLimited(provider: ProviderName, detail: Record<string, unknown>): ProviderError {
  return new ProviderError('PROVIDER_RATE_LIMITED', provider, `${provider} is rate limiting requests.`, detail);
}

/** `PROVIDER_AUTH_FAILED`: the provider refused our credentials. `label` is its name in prose, e.g. `Fin.com`. */
export function authFailed(provider: ProviderName, label: string, detail: Record<string, unknown>): ProviderError {
  return new ProviderError('PROVIDER_AUTH_FAILED', provider, `${label} rejected our credentials.`, detail);
}

/** `PROVIDER_AUTH_FAILED` before sending: our own key could not sign the request (a configuration fault). */
export function signingFailed(provider: ProviderName, label: string, cause: string): ProviderError {
  return new ProviderError('PROVIDER_AUTH_FAILED', provider, `${label} request could not be signed.`, { cause });
}

/** `BAD_USER_INPUT` from the provider: it refused the request as invalid (400/422). */
export function requestRejected(provider: ProviderName, label: string, detail: Record<string, unknown>): ProviderError {
  return new ProviderError('BAD_USER_INPUT', provider, `${label} rejected the request as invalid.`, detail);
}
