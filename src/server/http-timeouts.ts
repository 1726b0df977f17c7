/**
 * How long the HTTP server waits on a client, chosen deliberately rather than left at Node's and
 * Fastify's defaults (Fastify disables Node's request timeout, so an unfinished chunked body from a
 * key holder held its socket for minutes). Bodies are at most 100 KiB (limits.ts), so these are
 * generous for any real client and short for a slow-loris one.
 */
export const HTTP_TIMEOUTS = {
  /** Receiving the request headers (Node `headersTimeout`). */
  headersTimeoutMs: 10_000,
  /** Receiving the whole request, headers and body (Node `requestTimeout`); then 408 and close. */
  requestTimeoutMs: 15_000,
  /**
   * An idle keep-alive connection is closed after this; longer than common load balancers' idle
   * timeout (60 s), so the balancer, not us, closes first and never reuses a socket we just closed.
   */
  keepAliveTimeoutMs: 72_000,
  /** How often Node checks the two request timeouts above (its default, 30 s, adds up to that much). */
  checkIntervalMs: 1_000,
} as const;

/** The same settings with other values (tests shorten them). */
export type HttpTimeouts = { readonly [K in keyof typeof HTTP_TIMEOUTS]: number };
