import type { FinCustomerRecord } from './record.js';
import { toV1Status, type FinV1Status, type FinV2Status } from '../../providers/fin/wire.js';

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
