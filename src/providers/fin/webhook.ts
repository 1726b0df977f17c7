import { header, hexHmacMatches, jsonObject, shortString } from '../../webhooks/signature.js';
import { MalformedWebhookError, type ProviderWebhook, type WebhookEvent } from '../../webhooks/types.js';
import { FIN_CUSTOMER_EVENT_TYPES } from './wire.js';

/** Customer events (wire.ts): a delivery of any other type is acknowledged and ignored. */
export const FIN_CUSTOMER_EVENTS: ReadonlySet<string> = new Set<string>(FIN_CUSTOMER_EVENT_TYPES);

/**
 * Documented event families that are about something else: acknowledged and ignored.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
const OTHER_EVENT_PREFIXES = ['transaction.', 'virtual_account.', 'beneficiary.', 'batch.', 'transit.'];

/** The only algorithm the documentation names for `x-fin-signature-algorithm` (and its default). */
const ALGORITHMS = new Set(['sha256']);

/**
 * Fin.com webhooks (https://developer.fin.com/guides/webhooks/verifying-webhooks):
 * `x-fin-signature` is the hex HMAC of the raw body with the algorithm of `x-fin-signature-algorithm`
 * (sha256 when absent; any other value is refused, never guessed). No timestamp or replay window is
 * documented, so replays are stopped by de-duplicating on `event.id`. The customer is
 * `event.event_reference_id`, or `data.customer_id` (the `customer.rfi` payload).
 */
export const finWebhook: ProviderWebhook = {
  provider: 'FIN',
  path: 'fin',
  verify(delivery, secret) {
    const signature = header(delivery.headers['x-fin-signature']);
    if (!signature) return 'missing_signature';
    const algorithm = (header(delivery.headers['x-fin-signature-algorithm']) ?? 'sha256').toLowerCase();
    if (!ALGORITHMS.has(algorithm)) return 'unsupported_algorithm';
    return hexHmacMatches('sha256', secret, delivery.rawBody, signature) ? null : 'bad_signature';
  },
  parse(delivery): WebhookEvent {
    const body = jsonObject(delivery.rawBody);
    const event = body?.event;
    if (!body || !event || typeof event !== 'object') throw new MalformedWebhookError('no `event` object');
    const { id, type, event_reference_id: reference } = event as Record<string, unknown>;
    const eventId = shortString(id);
    const eventType = shortString(type);
    if (!eventId || !eventType) throw new MalformedWebhookError('`event.id` and `event.type` are required');
    if (!FIN_CUSTOMER_EVENTS.has(eventType)) {
      const other = OTHER_EVENT_PREFIXES.some((p) => eventType.startsWith(p));
      return { kind: 'ignored', eventId, type: eventType, reason: other ? 'not_customer' : 'unknown_type' };
    }
    const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : {};
    const customerId = shortString(reference, 400) ?? shortString(data.customer_id, 400);
    if (!customerId) throw new MalformedWebhookError('a customer event names no customer');
    return { kind: 'customer', eventId, type: eventType, customerId };
  },
};
