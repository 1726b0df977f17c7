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
