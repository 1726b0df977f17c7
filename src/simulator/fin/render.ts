import type { FinCustomerRecord } from './record.js';
import { statusOnV1, statusOnV2 } from './statuses.js';
import type {
  FinCustomerSummary,
  FinRejectionReason,
  FinRfiItem,
  FinV1BusinessDetail,
  FinV1IndividualDetail,
  FinV1Status,
  FinV2BusinessDetail,
  FinV2IndividualDetail,
  FinV2Status,
} from '../../providers/fin/wire.js';

/**
 * V2 section → V1 section for the V1 view of an RFI. Fin's docs list both vocabularies (business V1
 * `company_details, ownership_structure, legal_presence`; party V1 `proof_of_identity, proof_of_address`)
 * but no correspondence; the simulator pairs them by meaning, and `tax_info` (no V1 counterpart) goes
 * under `proof_of_identity`. Individual sections are the same in both versions.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
const V1_SECTION: Readonly<Record<string, string>> = {
  formation_documents: 'company_details',
  ownership_documents: 'ownership_structure',
  supporting_documents: 'legal_presence',
  identifying_documents: 'proof_of_identity',
  tax_info: 'proof_of_identity',
  address_documents: 'proof_of_address',
};

function v1Rfi(items: readonly FinRfiItem[]): FinRfiItem[] {
  return items.map((item) => ({ ...item, section: V1_SECTION[item.section] ?? item.section }));
}

/** V1: "Populated when customer_status is REJECTED. Null otherwise." (fin-get-customer-v1). */
function v1Rejection(record: FinCustomerRecord): FinRejectionReason | null {
  return record.status === 'REJECTED' ? record.rejection : null;
}

/** V2: "Populated when customer_status is REJECTED or ACTION_REQUIRED." (fin-get-customer-v2). */
function v2Rejection(record: FinCustomerRecord): FinRejectionReason | null {
  return record.status === 'REJECTED' || record.status === 'ACTION_REQUIRED' ? record.rejection : null;
}

/** The fields V1 and V2 details share, in the documented key order, ahead of each version's tail. */
function detailHead<S extends string>(record: FinCustomerRecord, status: S) {
  if (record.type === 'INDIVIDUAL') {
    return {
      customer_id: record.id,
      type: 'INDIVIDUAL' as const,
      first_name: record.firstName,
      last_name: record.lastName,
      email: record.email,
      phone: record.phone,
      country_of_residence: record.countryOfResidence,
      verification_type: record.verificationType,
      customer_status: status,
      tos_policies_url: record.tosPoliciesUrl,
    };
  }
  return {
    customer_id: record.id,
    type: 'BUSINESS' as const,
    business_name: record.businessName,
    email: record.email,
    phone: record.phone,
    country_of_incorporation: record.countryOfIncorporation,
    verification_type: record.verificationType,
    customer_status: status,
    tos_policies_url: record.tosPoliciesUrl,
    associated_parties: record.associatedParties,
  };
}

/** `GET /v1/customers/{id}` → `data` (fin-get-customer-v1), keys in the documented order. */
export function renderV1Detail(record: FinCustomerRecord): FinV1IndividualDetail | FinV1BusinessDetail {
  const status = statusOnV1(record);
  const tail = {
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    last_status_updated_at: record.lastStatusUpdatedAt,
    capabilities: record.capabilities,
    rejection_reason: v1Rejection(record),
    request_for_information: v1Rfi(record.rfi),
  };
  return Object.assign(detailHead(record, status), tail);
}

/** `GET /v2/customers/{id}` → `data` (fin-get-customer-v2): no capabilities, structured rejection and RFI. */
export function renderV2Detail(record: FinCustomerRecord): FinV2IndividualDetail | FinV2BusinessDetail {
  const status = statusOnV2(record);
  const tail = {
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    // The business V2 schema omits it, but its example (and every real response) carries it.
    // See https://developer.fin.com/api-reference/customers/get-customer-details-v2
    last_status_updated_at: record.lastStatusUpdatedAt,
    rejection_reason: v2Rejection(record),
    request_for_information: record.rfi,
  };
  return Object.assign(detailHead(record, status), tail);
}

/**
 * One list row: exactly the summary fields, no verification_type,
 * associated_parties, capabilities, rejection_reason, request_for_information or last_status_updated_at.
 * `version` picks the status vocabulary: V1 list → V1 names; V2 list → as the V2 GET says it.
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 */
export function renderSummary(record: FinCustomerRecord, version: 'V1' | 'V2'): FinCustomerSummary {
  const status: FinV1Status | FinV2Status = version === 'V1' ? statusOnV1(record) : statusOnV2(record);
  const tail = {
    customer_status: status,
    tos_policies_url: record.tosPoliciesUrl,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
  if (record.type === 'INDIVIDUAL') {
    return {
      customer_id: record.id,
      type: 'INDIVIDUAL',
      first_name: record.firstName,
      last_name: record.lastName,
      email: record.email,
      phone: record.phone,
      country_of_residence: record.countryOfResidence,
      ...tail,
    };
  }
  return {
    customer_id: record.id,
    type: 'BUSINESS',
    business_name: record.businessName,
    email: record.email,
    phone: record.phone,
    country_of_incorporation: record.countryOfIncorporation,
    ...tail,
  };
}
