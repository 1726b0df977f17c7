import type { FinCustomerRecord } from './record.js';
import type { FinV1Status, FinV2Status } from './wire.js';

/**
 * The three renamed statuses: QUEUED → PROCESSING, ON_HOLD → IN_COMPLIANCE, REINITIATE → ACTION_REQUIRED.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
const V2_TO_V1: Readonly<Record<FinV2Status, FinV1Status>> = {
  INCOMPLETE: 'INCOMPLETE',
  PROCESSING: 'QUEUED',
  REVIEWING: 'REVIEWING',
  APPROVED: 'APPROVED',
  ASSOCIATED_PARTIES_REMAINING: 'ASSOCIATED_PARTIES_REMAINING',
  IN_COMPLIANCE: 'ON_HOLD',
  ACTION_REQUIRED: 'REINITIATE',
  REJECTED: 'REJECTED',
};

const V1_TO_V2: Readonly<Record<FinV1Status, FinV2Status>> = {
  INCOMPLETE: 'INCOMPLETE',
  QUEUED: 'PROCESSING',
  REVIEWING: 'REVIEWING',
  APPROVED: 'APPROVED',
  ASSOCIATED_PARTIES_REMAINING: 'ASSOCIATED_PARTIES_REMAINING',
  ON_HOLD: 'IN_COMPLIANCE',
  REINITIATE: 'ACTION_REQUIRED',
  REJECTED: 'REJECTED',
};

/** The V1 name of a V2 status (https://developer.fin.com/api-reference/webhooks/customer-status). */
export function toV1Status(status: FinV2Status): FinV1Status {
  return V2_TO_V1[status];
}

/** The V2 name of a V1 status (https://developer.fin.com/api-reference/webhooks/customer-status). */
export function toV2Status(status: FinV1Status): FinV2Status {
  return V1_TO_V2[status];
}

/** What `GET /v1/customers[/{id}]` says: always the V1 vocabulary. */
export function statusOnV1(record: FinCustomerRecord): FinV1Status {
  return toV1Status(record.status);
}

/**
 * What `GET /v2/customers[/{id}]` says. https://developer.fin.com/api-reference/webhooks/customer-status: the names
 * depend on the API version that created the customer and "both sets of statuses are active"; what the V2 GET shows for
 * a V1-created customer is undocumented. The simulator takes the harsher reading: a V1-created customer keeps its V1
 * name (`QUEUED`, `ON_HOLD`, `REINITIATE`) on V2 as well, so clients must translate both vocabularies.
 */
export function statusOnV2(record: FinCustomerRecord): FinV2Status | FinV1Status {
  return record.createdVia === 'V1' ? toV1Status(record.status) : record.status;
}
