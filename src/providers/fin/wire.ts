/**
 * Fin.com's wire vocabulary, field names verbatim: value lists, the id pattern,
 * the V1/V2 status renames, webhook event names and documents as the provider serves them. The one
 * copy: the client's schemas (dto.ts) and status mapping (status.ts) read these words, and the
 * simulator (src/simulator/fin) renders exactly these shapes. Nothing here is our vocabulary.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */

/**
 * Customer ids are bare UUIDs, in either case (Laravel's `uuid` rule); lower case is canonical.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export const FIN_CUSTOMER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type FinCustomerType = 'INDIVIDUAL' | 'BUSINESS';

/** V2 `customer_status` enum (fin-get-customer-v2 `BusinessCustomerDetailV2`). */
export const FIN_V2_STATUSES = [
  'INCOMPLETE',
  'PROCESSING',
  'REVIEWING',
  'APPROVED',
  'ASSOCIATED_PARTIES_REMAINING',
  'IN_COMPLIANCE',
  'ACTION_REQUIRED',
  'REJECTED',
] as const;
export type FinV2Status = (typeof FIN_V2_STATUSES)[number];

/**
 * V1 `customer_status` values (https://developer.fin.com/api-reference/webhooks/customer-status, from the
 * `IndividualCustomerData`/`BusinessCustomerData` descriptions).
 */
export const FIN_V1_STATUSES = [
  'INCOMPLETE',
  'QUEUED',
  'REVIEWING',
  'APPROVED',
  'ASSOCIATED_PARTIES_REMAINING',
  'ON_HOLD',
  'REINITIATE',
  'REJECTED',
] as const;
export type FinV1Status = (typeof FIN_V1_STATUSES)[number];

/**
 * The three renamed statuses: QUEUED → PROCESSING, ON_HOLD → IN_COMPLIANCE, REINITIATE → ACTION_REQUIRED.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
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

/** The V1 name of a V2 status (https://developer.fin.com/api-reference/webhooks/customer-status). */
export function toV1Status(status: FinV2Status): FinV1Status {
  return V2_TO_V1[status];
}

/**
 * The V2 name of a V1 status. Any other word, a V2 name or one Fin does not document, is
 * returned as given.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export function toV2Status(status: FinV1Status): FinV2Status;
export function toV2Status(status: string): string;
export function toV2Status(status: string): string {
  return Object.hasOwn(V1_TO_V2, status) ? V1_TO_V2[status as FinV1Status] : status;
}

/** Customer webhook events (https://developer.fin.com/api-reference/webhooks/customer-status). */
export const FIN_CUSTOMER_EVENT_TYPES = ['customer.created', 'customer.status', 'customer.rfi'] as const;
export type FinCustomerEvent = (typeof FIN_CUSTOMER_EVENT_TYPES)[number];

export const FIN_VERIFICATION_TYPES = ['STANDARD', 'RELIANCE'] as const;
export type FinVerificationType = (typeof FIN_VERIFICATION_TYPES)[number];

/** Associated party `verification.status` (fin-get-customer-v2 `BusinessCustomerDetailV2`). */
export const FIN_PARTY_STATUSES = ['INITIATED', 'REVIEWING', 'APPROVED', 'REJECTED'] as const;
export type FinPartyStatus = (typeof FIN_PARTY_STATUSES)[number];

export interface FinReason {
  for_customer: string | null;
  for_developer: string | null;
}

export interface FinAssociatedParty {
  id: string;
  type: 'INDIVIDUAL';
  ownership_percent: number;
  email: string;
  verification: { status: FinPartyStatus; reason: FinReason; updated_at: string };
}

/** One V1 embedded capability (fin-get-customer-v1 `capabilities`). */
export interface FinCapability {
  currency: string;
  status: boolean;
  methods: string[];
  reason: FinReason;
}

export interface FinCapabilities {
  on_ramp: FinCapability[];
  off_ramp: FinCapability[];
}

export interface FinRejectionApplicant {
  moderation_comment: string;
  reject_labels: string[];
}

export interface FinRejectionDocument {
  uri: string;
  category: string;
  moderation_comment: string;
  reject_labels: string[];
}

export interface FinRejectionParty {
  id: string;
  applicant: FinRejectionApplicant | null;
  documents: FinRejectionDocument[];
}

/** V2 `rejection_reason`; `associated_parties` only on businesses (fin-get-customer-v2). */
export interface FinRejectionReason {
  applicant: FinRejectionApplicant | null;
  documents: FinRejectionDocument[];
  associated_parties?: FinRejectionParty[];
}

export const FIN_RFI_DATA_TYPES = ['URI', 'DATE', 'TEXT', 'ENUM'] as const;
export type FinRfiDataType = (typeof FIN_RFI_DATA_TYPES)[number];
export const FIN_RFI_FIELD_STATUSES = ['MISSING', 'EXPIRED', 'INVALID'] as const;
export type FinRfiFieldStatus = (typeof FIN_RFI_FIELD_STATUSES)[number];
export type FinRfiSide = 'FRONT' | 'BACK';
export type FinRfiScope = 'CUSTOMER' | 'ASSOCIATED_PARTY';

/**
 * RFI sections per subject and API version (https://developer.fin.com/api-reference/customers/get-customer-details-v2,
 * from the `customer.rfi` webhook).
 */
export const FIN_RFI_SECTIONS = {
  individual: ['proof_of_identity', 'proof_of_address', 'tos_policies_value'],
  businessV1: ['company_details', 'ownership_structure', 'legal_presence'],
  businessV2: ['formation_documents', 'ownership_documents', 'supporting_documents'],
  associatedPartyV1: ['proof_of_identity', 'proof_of_address'],
  associatedPartyV2: ['identifying_documents', 'tax_info', 'address_documents'],
} as const;

/** `reason` and `side` are optional on the wire: the documented examples omit them (fin-get-customer-v2). */
export interface FinRfiField {
  field_name: string;
  data_type: FinRfiDataType;
  status: FinRfiFieldStatus;
  reason?: string | null;
  options: string[];
  side?: FinRfiSide | null;
}

export interface FinRfiCategory {
  document_type: string;
  fields: FinRfiField[];
}

/**
 * `scope`/`associated_party_id` are missing from the business schema but present in its example.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export interface FinRfiItem {
  scope?: FinRfiScope;
  associated_party_id?: string;
  section: string;
  categories: FinRfiCategory[];
}

/** `GET /v1/customers/{id}` individual (`IndividualCustomerDetail`). Key order follows the documented example. */
export interface FinV1IndividualDetail {
  customer_id: string;
  type: 'INDIVIDUAL';
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  country_of_residence: string;
  verification_type: FinVerificationType;
  customer_status: FinV1Status;
  tos_policies_url: string;
  created_at: string;
  updated_at: string;
  last_status_updated_at: string;
  capabilities: FinCapabilities;
  /** Opaque; non-null only when REJECTED (fin-get-customer-v1). */
  rejection_reason: FinRejectionReason | null;
  request_for_information: FinRfiItem[];
}

/** `GET /v1/customers/{id}` business (`BusinessCustomerDetail`). */
export interface FinV1BusinessDetail {
  customer_id: string;
  type: 'BUSINESS';
  business_name: string;
  email: string;
  phone: string;
  country_of_incorporation: string;
  verification_type: FinVerificationType;
  customer_status: FinV1Status;
  tos_policies_url: string;
  associated_parties: FinAssociatedParty[];
  created_at: string;
  updated_at: string;
  last_status_updated_at: string;
  capabilities: FinCapabilities;
  rejection_reason: FinRejectionReason | null;
  request_for_information: FinRfiItem[];
}

/**
 * `GET /v2/customers/{id}` individual (`IndividualCustomerDetailV2`). `customer_status` is a V2 name, or a
 * V1 name for a V1-created customer (see statuses.ts).
 */
export interface FinV2IndividualDetail {
  customer_id: string;
  type: 'INDIVIDUAL';
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  country_of_residence: string;
  verification_type: FinVerificationType;
  customer_status: FinV2Status | FinV1Status;
  tos_policies_url: string;
  created_at: string;
  updated_at: string;
  last_status_updated_at: string;
  rejection_reason: FinRejectionReason | null;
  request_for_information: FinRfiItem[];
}

/** `GET /v2/customers/{id}` business (`BusinessCustomerDetailV2`, plus `last_status_updated_at` as in its example). */
export interface FinV2BusinessDetail {
  customer_id: string;
  type: 'BUSINESS';
  business_name: string;
  email: string;
  phone: string;
  country_of_incorporation: string;
  verification_type: FinVerificationType;
  customer_status: FinV2Status | FinV1Status;
  tos_policies_url: string;
  associated_parties: FinAssociatedParty[];
  created_at: string;
  updated_at: string;
  last_status_updated_at: string;
  rejection_reason: FinRejectionReason | null;
  request_for_information: FinRfiItem[];
}

/**
 * One row of `GET /v{1,2}/customers`: summary fields only.
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 */
export type FinCustomerSummary =
  | {
      customer_id: string;
      type: 'INDIVIDUAL';
      first_name: string;
      last_name: string;
      email: string;
      phone: string;
      country_of_residence: string;
      customer_status: FinV2Status | FinV1Status;
      tos_policies_url: string;
      created_at: string;
      updated_at: string;
    }
  | {
      customer_id: string;
      type: 'BUSINESS';
      business_name: string;
      email: string;
      phone: string;
      country_of_incorporation: string;
      customer_status: FinV2Status | FinV1Status;
      tos_policies_url: string;
      created_at: string;
      updated_at: string;
    };

/**
 * `{data:{pagination, customers}}` of the list endpoints.
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 */
export interface FinCustomerListBody {
  data: {
    pagination: { current_page: number; per_page: number; total_page: number; total: number };
    customers: FinCustomerSummary[];
  };
}

/**
 * Token pair; the TTL fields are absolute instants in `YYYY-MM-DD HH:MM:SS+00`.
 * @see https://developer.fin.com/api-reference/authentication/issue-a-token
 */
export interface FinTokenResponse {
  access_token: string;
  access_token_ttl: string;
  refresh_token: string;
  refresh_token_ttl: string;
  current_time: string;
}

/** `{message[, errors]}` (https://developer.fin.com/api-reference/customers/get-customer-details-v2). */
export interface FinErrorBody {
  message: string;
  errors?: Record<string, string>[];
}
