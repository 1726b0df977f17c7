/**
 * The SpherePay wire shapes the simulator serves, named verbatim after the provider
 * (https://docs.spherepay.co/api-reference/customer/get-id, `CustomerResponseDto` and `ProblemDetailsDto`). The
 * simulator keeps its own copy on purpose: it plays the provider and must not share types with our client.
 */

/** Verification profile names (seed enum; https://docs.spherepay.co/api-reference/customer/get-id). */
export const PROFILE_NAMES = [
  'kyc_profile_a',
  'kyb_profile_a',
  'ubo_kyc_profile_a',
  'kyc_profile_b',
  'kyb_profile_b',
  'kyb_profile_c',
  'kyc_profile_c',
  'ubo_kyc_profile_c',
] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/**
 * Per-profile statuses; the seed enum adds `resubmission_required` to the docs' four.
 * @see https://docs.spherepay.co/concepts/onboarding/verification-profile
 */
export const PROFILE_STATUSES = ['incomplete', 'pending', 'approved', 'rejected', 'resubmission_required'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const TOS_STATUSES = ['incomplete', 'pending', 'approved'] as const;
export type TosStatus = (typeof TOS_STATUSES)[number];

export const GENDERS = ['male', 'female', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const SOURCES_OF_FUNDS = [
  'salary',
  'business_income',
  'investment_returns',
  'inheritance',
  'gift',
  'savings',
  'other',
] as const;
export type SourceOfFunds = (typeof SOURCES_OF_FUNDS)[number];

export interface CriterionError {
  /** A criterion name; an open string (the docs' examples use names outside the seed enum). */
  name: string;
  /** Optional in the seed schema (only `name` is required). */
  detail?: string;
}

export interface Criteria {
  complete: string[];
  pending: string[];
  required: string[];
  errors: CriterionError[];
}

export interface VerificationProfile {
  name: ProfileName;
  status: ProfileStatus;
  criteria: Criteria;
}

export interface PersonalInformation {
  taxIdentificationNumberType?: string;
  taxIdentificationNumberCountry?: string;
  taxIdentificationNumberDescription?: string;
  gender?: Gender;
  countryOfBirth?: string;
  nationality?: string;
  middleName?: string;
  occupationSocCode?: string;
  residencyCountry?: string;
  sourceOfFunds?: SourceOfFunds;
}

interface CustomerCommon {
  id: string;
  email?: string;
  phone?: string;
  verificationProfiles: VerificationProfile[];
  meta?: Record<string, unknown>;
  tosStatus: TosStatus;
  /** ISO 8601 with milliseconds, e.g. `2026-03-09T20:46:31.305Z`. */
  createdAt: string;
  updatedAt: string;
}

export interface IndividualCustomerDocument extends CustomerCommon {
  type: 'individual';
  firstName?: string;
  lastName?: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth?: string;
  personalInformation?: PersonalInformation;
}

export interface BusinessCustomerDocument extends CustomerCommon {
  type: 'business';
  businessLegalName?: string;
  businessTradeName?: string;
}

/** `CustomerResponseDto`: served bare (not wrapped in `data`) by `GET /v2/customer/{id}`. */
export type CustomerDocument = IndividualCustomerDocument | BusinessCustomerDocument;

/** `ProblemDetailsDto`, SpherePay's v2 error body. */
export interface ProblemDetails {
  title?: string;
  status: number;
  detail: string;
  code?: string;
  errors?: { detail: string; pointer?: string; parameter?: string; header?: string }[];
  correlationId?: string;
}
