/**
 * SpherePay's wire vocabulary, names verbatim (https://docs.spherepay.co/api-reference/customer/get-id,
 * `CustomerResponseDto` and `ProblemDetailsDto`; https://docs.spherepay.co/api-reference/customer/get,
 * https://docs.spherepay.co/api-reference/customer/get-id,
 * https://docs.spherepay.co/guide/developer-resource/webhooks/events): the value lists, id patterns, webhook event
 * names and documents as the provider serves them. The one copy: the client's schemas (dto.ts) read these words, and
 * the simulator (src/simulator/spherepay) serves exactly these shapes, so the two cannot drift.
 */

/**
 * Customer id, the documented pattern `^customer_[a-z0-9]+$`; in practice 32 hex.
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
export const SPHEREPAY_CUSTOMER_ID = /^customer_[a-z0-9]+$/;

/**
 * The documented pattern with a length cap, for ids we take from callers and put in an upstream path:
 * a hostile id cannot make a long one.
 */
export const SPHEREPAY_ID_PATTERN = /^customer_[a-z0-9]{1,64}$/;

/** Verification profile names (seed enum; https://docs.spherepay.co/api-reference/customer/get-id). */
export const SPHEREPAY_PROFILE_NAMES = [
  'kyc_profile_a',
  'kyb_profile_a',
  'ubo_kyc_profile_a',
  'kyc_profile_b',
  'kyb_profile_b',
  'kyb_profile_c',
  'kyc_profile_c',
  'ubo_kyc_profile_c',
] as const;
export type SpherePayProfileName = (typeof SPHEREPAY_PROFILE_NAMES)[number];

/** `verificationProfiles[].status` (seed enum, which adds `resubmission_required` to the docs' four). */
export const SPHEREPAY_PROFILE_STATUSES = [
  'incomplete',
  'pending',
  'approved',
  'rejected',
  'resubmission_required',
] as const;
export type SpherePayProfileStatus = (typeof SPHEREPAY_PROFILE_STATUSES)[number];

export const SPHEREPAY_TOS_STATUSES = ['incomplete', 'pending', 'approved'] as const;
export type SpherePayTosStatus = (typeof SPHEREPAY_TOS_STATUSES)[number];

export const SPHEREPAY_GENDERS = ['male', 'female', 'other'] as const;
export type SpherePayGender = (typeof SPHEREPAY_GENDERS)[number];

export const SPHEREPAY_SOURCES_OF_FUNDS = [
  'salary',
  'business_income',
  'investment_returns',
  'inheritance',
  'gift',
  'savings',
  'other',
] as const;
export type SpherePaySourceOfFunds = (typeof SPHEREPAY_SOURCES_OF_FUNDS)[number];

/**
 * Customer webhook events: the event table of https://docs.spherepay.co/guide/developer-resource/webhooks/events,
 * plus `customer.update`, which the subscription examples use (https://docs.spherepay.co/api-reference/webhook/post).
 */
export const SPHEREPAY_CUSTOMER_EVENT_TYPES = [
  'customer.create',
  'customer.update',
  'customer.kyc.pending',
  'customer.kyc.successful',
  'customer.kyc.rejected',
  'customer.kyc.additionalReviewRequired',
  'customer.tos.pending',
  'customer.tos.successful',
] as const;
export type SpherePayCustomerEvent = (typeof SPHEREPAY_CUSTOMER_EVENT_TYPES)[number];

export interface SpherePayCriterionError {
  /** A criterion name; an open string (the docs' examples use names outside the seed enum). */
  name: string;
  /** Optional in the seed schema (only `name` is required). */
  detail?: string;
}

export interface SpherePayCriteria {
  complete: string[];
  pending: string[];
  required: string[];
  errors: SpherePayCriterionError[];
}

/**
 * One verification profile in the current layout `{name, status, criteria}`.
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
export interface SpherePayVerificationProfile {
  name: SpherePayProfileName;
  status: SpherePayProfileStatus;
  criteria: SpherePayCriteria;
}

export interface SpherePayPersonalInformation {
  taxIdentificationNumberType?: string;
  taxIdentificationNumberCountry?: string;
  taxIdentificationNumberDescription?: string;
  gender?: SpherePayGender;
  countryOfBirth?: string;
  nationality?: string;
  middleName?: string;
  occupationSocCode?: string;
  residencyCountry?: string;
  sourceOfFunds?: SpherePaySourceOfFunds;
}

interface SpherePayCustomerCommon {
  id: string;
  email?: string;
  phone?: string;
  verificationProfiles: SpherePayVerificationProfile[];
  meta?: Record<string, unknown>;
  tosStatus: SpherePayTosStatus;
  /** ISO 8601 with milliseconds, e.g. `2026-03-09T20:46:31.305Z`. */
  createdAt: string;
  updatedAt: string;
}

export interface SpherePayIndividualDocument extends SpherePayCustomerCommon {
  type: 'individual';
  firstName?: string;
  lastName?: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth?: string;
  personalInformation?: SpherePayPersonalInformation;
}

export interface SpherePayBusinessDocument extends SpherePayCustomerCommon {
  type: 'business';
  businessLegalName?: string;
  businessTradeName?: string;
}

/** `CustomerResponseDto`: served bare (not wrapped in `data`) by `GET /v2/customer/{id}`. */
export type SpherePayCustomerDocument = SpherePayIndividualDocument | SpherePayBusinessDocument;

/** `ProblemDetailsDto`, SpherePay's v2 error body (https://docs.spherepay.co/api-reference/customer/get-id). */
export interface SpherePayProblemDetails {
  title?: string;
  status: number;
  detail: string;
  code?: string;
  errors?: { detail: string; pointer?: string; parameter?: string; header?: string }[];
  correlationId?: string;
}
