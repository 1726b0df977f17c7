import { randomUUID } from 'node:crypto';
import { deepFreeze } from '../freeze.js';
import { hexHmac } from '../../webhooks/signature.js';
import { changeHandler, type ApplyChange, type WebhookOutbox, type WebhookTarget } from '../webhooks.js';
import type { FinDataset } from './dataset.js';
import type { FinCustomerRecord } from './record.js';
import { renderSummary, renderV2Detail } from './render.js';
import { FIN_RFI_SECTIONS, FIN_V2_STATUSES, type FinCustomerEvent, type FinRfiItem } from '../../providers/fin/wire.js';

/**
 * Applies a control-endpoint change to a Fin customer and sends what Fin would send: a
 * `customer.status` event when the status changes (data: the customer summary plus
 * `verification_type`), a `customer.rfi` event when compliance asks for something (data:
 * `{customer_id, request_for_information}`), in the envelope `{event: {id, event_reference_id, type,
 * created_at, sandbox_mode}, data}`, signed `x-fin-signature` = hex HMAC-SHA256 of the body.
 * `status` is a V2 status; an RFI request sets ACTION_REQUIRED, resolving one sets REVIEWING.
 * @see https://developer.fin.com/guides/webhooks/verifying-webhooks
 */
export function finChanges(dataset: FinDataset, outbox: WebhookOutbox, now: () => number): ApplyChange {
  return changeHandler(dataset, FIN_V2_STATUSES, (record, change) => {
    const at = new Date(now()).toISOString();
    let status = change.status ?? record.status;
    let rfi = record.rfi;
    if (change.rfi === 'requested') {
      rfi = [...rfi, newRfi(record)];
      if (change.status === undefined) status = 'ACTION_REQUIRED';
    } else if (change.rfi === 'resolved') {
      rfi = [];
      if (change.status === undefined && status === 'ACTION_REQUIRED') status = 'REVIEWING';
    }
    const next: FinCustomerRecord = {
      ...record,
      status,
      rfi,
      updatedAt: at,
      lastStatusUpdatedAt: status === record.status ? record.lastStatusUpdatedAt : at,
    };
    dataset.replace(next);
    const detail = renderV2Detail(next);
    const events: { type: FinCustomerEvent; data: unknown }[] = [];
    if (change.rfi === 'requested') {
      events.push({
        type: 'customer.rfi',
        data: { customer_id: next.id, request_for_information: detail.request_for_information },
      });
    }
    if (status !== record.status || change.rfi === 'resolved') {
      events.push({
        type: 'customer.status',
        data: { ...renderSummary(next, 'V2'), verification_type: next.verificationType },
      });
    }
    for (const event of events) outbox.send((target) => finDelivery(target, next.id, event.type, event.data, at));
    return { document: detail };
  });
}

/**
 * Fin's envelope and signature headers for one event (https://developer.fin.com/guides/webhooks/verifying-webhooks).
 */
export function finDelivery(
  target: WebhookTarget,
  customerId: string,
  type: FinCustomerEvent,
  data: unknown,
  createdAt: string,
) {
  const body = JSON.stringify({
    event: { id: randomUUID(), event_reference_id: customerId, type, created_at: createdAt, sandbox_mode: true },
    data,
  });
  return {
    body,
    headers: { 'x-fin-signature': hexHmac('sha256', target.secret, body), 'x-fin-signature-algorithm': 'sha256' },
  };
}

/**
 * A new document request, as the `customer.rfi` webhook documents them.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
function newRfi(record: FinCustomerRecord): FinRfiItem {
  return deepFreeze({
    scope: 'CUSTOMER',
    section: record.type === 'INDIVIDUAL' ? FIN_RFI_SECTIONS.individual[1] : FIN_RFI_SECTIONS.businessV2[2],
    categories: [
      {
        document_type: record.type === 'INDIVIDUAL' ? 'utility_bill' : 'bank_statement',
        fields: [{ field_name: 'document', data_type: 'URI', status: 'MISSING', reason: null, options: [] }],
      },
    ],
  });
}
