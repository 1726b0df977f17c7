import { randomBytes } from 'node:crypto';
import { hexHmac } from '../../webhooks/signature.js';
import { changeHandler, type ApplyChange, type WebhookOutbox, type WebhookTarget } from '../webhooks.js';
import { OPENFX_STATUSES, type OpenFxCustomerDocument, type OpenFxCustomerEvent } from '../../providers/openfx/wire.js';
import type { OpenFxDataset } from './dataset.js';

/**
 * Applies a control-endpoint change to an OpenFX customer and sends its signed webhook:
 * `customer.status_changed` when `status` changes, `customer.kyb_status_changed` when the KYB status
 * does (an RFI request sets `kybStatus: requires_info` and, for a settled customer, `under_review`;
 * resolving sets `kybStatus: pending`). Envelope `{id: "whd_…", type, createdAt, data: {resourceType,
 * resourceId, snapshot}, previousAttributes}`; headers `X-OpenFX-Signature` (hex HMAC-SHA256 of the
 * raw body), `X-OpenFX-Timestamp` (unix seconds) and `X-OpenFX-Event-Id` (`evt_…`).
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/event-types
 */
export function openFxChanges(dataset: OpenFxDataset, outbox: WebhookOutbox, now: () => number): ApplyChange {
  return changeHandler(dataset, OPENFX_STATUSES, (doc, change) => {
    let status = change.status ?? doc.status;
    let kybStatus = doc.kybStatus;
    if (change.rfi === 'requested') {
      kybStatus = 'requires_info';
      if (change.status === undefined && status !== 'submitted') status = 'under_review';
    } else if (change.rfi === 'resolved') {
      kybStatus = 'pending';
    }
    const at = now();
    const next: OpenFxCustomerDocument = {
      ...structuredClone(doc),
      status,
      kybStatus,
      updatedAt: new Date(at).toISOString(),
    };
    dataset.replace(next);
    const previous: Partial<OpenFxCustomerDocument> = {};
    if (status !== doc.status) previous.status = doc.status;
    if (kybStatus !== doc.kybStatus) previous.kybStatus = doc.kybStatus;
    const type: OpenFxCustomerEvent =
      previous.status !== undefined
        ? 'customer.status_changed'
        : previous.kybStatus !== undefined
          ? 'customer.kyb_status_changed'
          : 'customer.updated';
    outbox.send((target) => openFxDelivery(target, type, next, previous, at));
    return { document: next };
  });
}

/** One signed delivery (https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/signature-verification). */
export function openFxDelivery(
  target: WebhookTarget,
  type: OpenFxCustomerEvent,
  snapshot: OpenFxCustomerDocument,
  previousAttributes: Partial<OpenFxCustomerDocument>,
  at: number,
) {
  const body = JSON.stringify({
    id: `whd_${randomBytes(12).toString('hex')}`,
    type,
    createdAt: new Date(at).toISOString(),
    data: { resourceType: 'customer', resourceId: snapshot.id, snapshot },
    ...(Object.keys(previousAttributes).length ? { previousAttributes } : {}),
  });
  return {
    body,
    headers: {
      'x-openfx-signature': hexHmac('sha256', target.secret, body),
      'x-openfx-timestamp': String(Math.floor(at / 1000)),
      'x-openfx-event-id': `evt_${randomBytes(12).toString('hex')}`,
    },
  };
}
