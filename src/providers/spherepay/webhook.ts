import { header, hexHmacMatches, jsonObject, shortString } from '../../webhooks/signature.js';
import { MalformedWebhookError, type ProviderWebhook, type WebhookEvent } from '../../webhooks/types.js';
import { SPHEREPAY_CUSTOMER_EVENT_TYPES } from './wire.js';

/** Customer events (wire.ts): a delivery of any other type is acknowledged and ignored. */
export const SPHEREPAY_CUSTOMER_EVENTS: ReadonlySet<string> = new Set<string>(SPHEREPAY_CUSTOMER_EVENT_TYPES);

/**
 * SpherePay webhooks (https://docs.spherepay.co/api/webhook): header `signature` is the
 * hex HMAC-SHA256 of the body under the webhook secret. Verified over the raw bytes; because the docs'
 * own sample signs `JSON.stringify(req.body)`, a signature over that re-serialisation is accepted too
 * (still an HMAC under our secret, so nothing unsigned gets through). Both documented envelopes are
 * read: `{id: "event_…", name, data: {customer: {…}}}` and `{id: "evt_…", type, createdAt, data}`.
 * No timestamp is documented; replays are stopped by de-duplicating on `id`.
 */
export const spherePayWebhook: ProviderWebhook = {
  provider: 'SPHEREPAY',
  path: 'spherepay',
  verify(delivery, secret) {
    const signature = header(delivery.headers.signature);
    if (!signature) return 'missing_signature';
    if (hexHmacMatches('sha256', secret, delivery.rawBody, signature)) return null;
    const body = jsonObject(delivery.rawBody);
    const reserialised = body ? Buffer.from(JSON.stringify(body), 'utf8') : null;
    return reserialised &&
      !reserialised.equals(delivery.rawBody) &&
      hexHmacMatches('sha256', secret, reserialised, signature)
      ? null
      : 'bad_signature';
  },
  parse(delivery): WebhookEvent {
    const body = jsonObject(delivery.rawBody);
    if (!body) throw new MalformedWebhookError('not a JSON object');
    const eventId = shortString(body.id);
    // `name` in the event object envelope, `type` in the staging guide's.
    const eventType = shortString(body.name) ?? shortString(body.type);
    if (!eventId || !eventType) throw new MalformedWebhookError('`id` and `name` (or `type`) are required');
    if (!SPHEREPAY_CUSTOMER_EVENTS.has(eventType)) {
      const reason = eventType.startsWith('customer.') ? 'unknown_type' : 'not_customer';
      return { kind: 'ignored', eventId, type: eventType, reason };
    }
    const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : null;
    const nested =
      data?.customer && typeof data.customer === 'object' ? (data.customer as Record<string, unknown>) : null;
    const customerId = shortString(nested?.id, 400) ?? shortString(data?.id, 400) ?? shortString(data?.customerId, 400);
    if (!customerId) throw new MalformedWebhookError('a customer event names no customer');
    return { kind: 'customer', eventId, type: eventType, customerId };
  },
};
