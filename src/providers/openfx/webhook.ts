import { header, hexHmacMatches, jsonObject, shortString } from '../../webhooks/signature.js';
import { MalformedWebhookError, type ProviderWebhook, type WebhookEvent } from '../../webhooks/types.js';
import { OPENFX_CUSTOMER_EVENT_TYPES } from './wire.js';

/** Customer events (wire.ts): a delivery of any other type is acknowledged and ignored. */
export const OPENFX_CUSTOMER_EVENTS: ReadonlySet<string> = new Set<string>(OPENFX_CUSTOMER_EVENT_TYPES);

/**
 * Replay window around `X-OpenFX-Timestamp`. The provider's tolerance was not captured; ±300 s is the usual choice and
 * the contract's.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/signature-verification
 */
export const OPENFX_WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * OpenFX webhooks: `X-OpenFX-Signature` is the
 * hex HMAC-SHA256 of the raw body alone (the timestamp is not part of the HMAC input, per the guide;
 * the older docs' base64 variant is not accepted). `X-OpenFX-Timestamp` (unix seconds) must be within
 * the replay window; `X-OpenFX-Event-Id` (`evt_…`) is the de-duplication key (the body `id` is the
 * delivery id, `whd_…`, which differs per retry). The customer is `data.resourceId`.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/signature-verification
 */
export const openFxWebhook: ProviderWebhook = {
  provider: 'OPENFX',
  path: 'openfx',
  verify(delivery, secret) {
    const signature = header(delivery.headers['x-openfx-signature']);
    if (!signature) return 'missing_signature';
    const timestamp = header(delivery.headers['x-openfx-timestamp']);
    const seconds = timestamp && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
    if (!(Math.abs(delivery.receivedAt / 1000 - seconds) <= OPENFX_WEBHOOK_TOLERANCE_SECONDS)) return 'stale_timestamp';
    return hexHmacMatches('sha256', secret, delivery.rawBody, signature) ? null : 'bad_signature';
  },
  parse(delivery): WebhookEvent {
    const eventId = shortString(header(delivery.headers['x-openfx-event-id']));
    const body = jsonObject(delivery.rawBody);
    const eventType = shortString(body?.type);
    if (!eventId || !body || !eventType) {
      throw new MalformedWebhookError('`X-OpenFX-Event-Id` and a body with `type` are required');
    }
    if (!OPENFX_CUSTOMER_EVENTS.has(eventType)) {
      const reason = eventType.startsWith('customer.') ? 'unknown_type' : 'not_customer';
      return { kind: 'ignored', eventId, type: eventType, reason };
    }
    const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : null;
    const customerId = shortString(data?.resourceId, 400);
    if (!customerId || (data?.resourceType !== undefined && data.resourceType !== 'customer')) {
      throw new MalformedWebhookError('a customer event names no customer');
    }
    return { kind: 'customer', eventId, type: eventType, customerId };
  },
};
