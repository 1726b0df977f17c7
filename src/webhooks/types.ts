import type { IncomingHttpHeaders } from 'node:http';
import type { ProviderName } from '../model/customer.js';

/** What a provider's webhook module sees of a delivery. */
export interface WebhookDelivery {
  /** The body exactly as received: signatures cover these bytes, never a re-serialisation. */
  readonly rawBody: Buffer;
  readonly headers: IncomingHttpHeaders;
  /** Receipt time, ms since epoch (injected so replay windows are testable). */
  readonly receivedAt: number;
}

/** Why a delivery failed authentication (logged; never the body or the presented signature). */
export type SignatureFailure = 'missing_signature' | 'bad_signature' | 'unsupported_algorithm' | 'stale_timestamp';

/** A verified, parsed delivery. */
export type WebhookEvent =
  | {
      readonly kind: 'customer';
      /** The provider's event id, the de-duplication key. */
      readonly eventId: string;
      readonly type: string;
      /** The customer id as the event names it, not yet validated. */
      readonly customerId: string;
    }
  | {
      readonly kind: 'ignored';
      readonly eventId: string;
      readonly type: string;
      /** `not_customer` (another resource's event) or `unknown_type`. */
      readonly reason: 'not_customer' | 'unknown_type';
    };

/** The body is signed but not an event this provider documents: answered 400. */
export class MalformedWebhookError extends Error {
  override readonly name = 'MalformedWebhookError';
}

/**
 * One provider's webhook dialect: how a delivery is authenticated and what it says. The
 * generic route (src/webhooks/routes.ts) loops over these; each lives in `providers/<name>/webhook.ts`.
 */
export interface ProviderWebhook {
  readonly provider: ProviderName;
  /** Path segment: `/webhooks/<path>`. */
  readonly path: string;
  /** `null` when authentic (constant-time HMAC check, replay window where documented). */
  verify(delivery: WebhookDelivery, secret: string): SignatureFailure | null;
  /** Parses a verified body; throws MalformedWebhookError when it is not a documented envelope. */
  parse(delivery: WebhookDelivery): WebhookEvent;
}
