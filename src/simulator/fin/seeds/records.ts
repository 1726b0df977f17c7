import type { Random } from '../../random.js';
import { capabilitiesFor } from '../generate/capabilities.js';
import type { FinApiVersion, FinBusinessRecord, FinCustomerRecord, FinIndividualRecord } from '../record.js';
import {
  FIN_V2_STATUSES,
  toV2Status,
  type FinCapabilities,
  type FinV1BusinessDetail,
  type FinV1IndividualDetail,
  type FinV1Status,
  type FinV2BusinessDetail,
  type FinV2IndividualDetail,
  type FinV2Status,
} from '../../../providers/fin/wire.js';
import { FIN_LIST_BUSINESS_SCHEMA_PARTY, FIN_SEED_DOCUMENTS } from './documents.js';

/** Deep copy, so records never share objects with the frozen seed documents. */
const copy = <T>(value: T): T => structuredClone(value) as T;

function canonicalStatus(status: FinV2Status | FinV1Status): FinV2Status {
  return (FIN_V2_STATUSES as readonly string[]).includes(status)
    ? (status as FinV2Status)
    : toV2Status(status as FinV1Status);
}

/**
 * A documented individual, everything from the document but `createdVia` (the API version of the example
 * it comes from) and `capabilities` (a V2 example shows none, so its V1 view gets synthesised ones).
 */
function individualRecord(
  doc: FinV1IndividualDetail | FinV2IndividualDetail,
  createdVia: FinApiVersion,
  capabilities: FinCapabilities,
): FinIndividualRecord {
  return {
    type: 'INDIVIDUAL',
    id: doc.customer_id,
    firstName: doc.first_name,
    lastName: doc.last_name,
    email: doc.email,
    phone: doc.phone,
    countryOfResidence: doc.country_of_residence,
    verificationType: doc.verification_type,
    status: canonicalStatus(doc.customer_status),
    createdVia,
    tosPoliciesUrl: doc.tos_policies_url,
    createdAt: doc.created_at,
    updatedAt: doc.updated_at,
    lastStatusUpdatedAt: doc.last_status_updated_at,
    capabilities,
    rejection: copy(doc.rejection_reason),
    rfi: copy(doc.request_for_information),
  };
}

/** A documented business; `createdVia` and `capabilities` as for `individualRecord`. */
function businessRecord(
  doc: FinV1BusinessDetail | FinV2BusinessDetail,
  createdVia: FinApiVersion,
  capabilities: FinCapabilities,
): FinBusinessRecord {
  return {
    type: 'BUSINESS',
    id: doc.customer_id,
    businessName: doc.business_name,
    email: doc.email,
    phone: doc.phone,
    countryOfIncorporation: doc.country_of_incorporation,
    verificationType: doc.verification_type,
    status: canonicalStatus(doc.customer_status),
    createdVia,
    tosPoliciesUrl: doc.tos_policies_url,
    associatedParties: copy(doc.associated_parties),
    createdAt: doc.created_at,
    updatedAt: doc.updated_at,
    lastStatusUpdatedAt: doc.last_status_updated_at,
    capabilities,
    rejection: copy(doc.rejection_reason),
    rfi: copy(doc.request_for_information),
  };
}

/**
 * The list example's business has no detail example of its own. Its detail is
 * the list row plus the `BusinessCustomerDetailV2` schema examples: STANDARD,
 * one party f6b13e01… (60%, APPROVED 2026-04-13T11:40:49Z). It is IN_COMPLIANCE, so it has no rejection and
 * no RFI; its last status change is taken to be its last update (11:40:51, two seconds after the party's
 * approval moved it on to compliance).
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
function fromListBusiness(random: Random): FinBusinessRecord {
  const row = FIN_SEED_DOCUMENTS.listBusiness;
  if (row.type !== 'BUSINESS') throw new Error('list seed must be a business');
  const status = canonicalStatus(row.customer_status);
  return {
    type: 'BUSINESS',
    id: row.customer_id,
    businessName: row.business_name,
    email: row.email,
    phone: row.phone,
    countryOfIncorporation: row.country_of_incorporation,
    verificationType: 'STANDARD',
    status,
    createdVia: 'V2',
    tosPoliciesUrl: row.tos_policies_url,
    associatedParties: [copy(FIN_LIST_BUSINESS_SCHEMA_PARTY)],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastStatusUpdatedAt: row.updated_at,
    capabilities: capabilitiesFor(random, status),
    rejection: null,
    rfi: [],
  };
}

/**
 * The canonical records of the five documented customers.
 *
 * Conflict (https://developer.fin.com/api-reference/customers/list-customers-v2 vs
 * https://developer.fin.com/api-reference/customers/get-customer-details): the list example shows 56c41b8e… as
 * INCOMPLETE with john.doe@example.com, +14155551234, created 2026-04-01, while the V1 detail example shows ON_HOLD,
 * john.doe@fin.com, +14724480512, created 2026-04-15. The detail document wins: the record is the V1 detail, and the
 * customer is V1-created, so its V2 GET and list rows say ON_HOLD too (statuses.ts). The superseded row is kept as
 * FIN_LIST_EXAMPLE_INDIVIDUAL_SUPERSEDED for reference only.
 */
export function seedRecords(random: Random): FinCustomerRecord[] {
  const { v1Individual, v1Business, v2Business, v2Individual } = FIN_SEED_DOCUMENTS;
  const synthesised = (status: FinV2Status | FinV1Status) => capabilitiesFor(random, canonicalStatus(status));
  // In this order: the synthesised capabilities draw from `random`.
  return [
    individualRecord(v1Individual, 'V1', copy(v1Individual.capabilities)),
    businessRecord(v1Business, 'V1', copy(v1Business.capabilities)),
    businessRecord(v2Business, 'V2', synthesised(v2Business.customer_status)),
    individualRecord(v2Individual, 'V2', synthesised(v2Individual.customer_status)),
    fromListBusiness(random),
  ];
}
