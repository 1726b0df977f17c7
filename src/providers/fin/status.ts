import type { OnboardingStatus } from '../../model/customer.js';
import { mapWord, type UnknownValueSink } from '../vocabulary.js';

/**
 * Every `customer_status` word Fin documents, V1 and V2.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export const FIN_STATUSES = [
  'INCOMPLETE',
  'QUEUED',
  'PROCESSING',
  'REVIEWING',
  'APPROVED',
  'ASSOCIATED_PARTIES_REMAINING',
  'ON_HOLD',
  'IN_COMPLIANCE',
  'REINITIATE',
  'ACTION_REQUIRED',
  'REJECTED',
] as const;
export type FinStatus = (typeof FIN_STATUSES)[number];
export type FinV2Status = Exclude<FinStatus, 'QUEUED' | 'ON_HOLD' | 'REINITIATE'>;

/**
 * Associated-party `verification.status` values.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export const FIN_PARTY_STATUSES = ['INITIATED', 'REVIEWING', 'APPROVED', 'REJECTED'] as const;
export type FinPartyStatus = (typeof FIN_PARTY_STATUSES)[number];

/**
 * The provider's word in the V2 vocabulary. V2 renamed QUEUED, ON_HOLD and REINITIATE
 * (https://developer.fin.com/api-reference/customers/get-customer-details-v2, `customer_status`), both sets are live,
 * and the V2 GET may still answer with V1 names. Any other word, known or not, is kept as sent.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export function toV2Status(status: string): string {
  switch (status) {
    case 'QUEUED':
      return 'PROCESSING';
    case 'ON_HOLD':
      return 'IN_COMPLIANCE';
    case 'REINITIATE':
      return 'ACTION_REQUIRED';
    default:
      return status;
  }
}

/**
 * `customer_status` → `{status, providerStatus}`: the V2 word survives in `providerStatus`; a word
 * Fin does not document is reported and read as IN_REVIEW (Fin is still deciding, as far as we know).
 */
export function finStatus(raw: string, sink: UnknownValueSink): { status: OnboardingStatus; providerStatus: string } {
  const providerStatus = toV2Status(raw);
  return { status: mapWord(FIN_STATUS_MAP, providerStatus, 'IN_REVIEW', 'customer_status', sink), providerStatus };
}

/** Fin V2 `customer_status` → OnboardingStatus (the README status table). */
export const FIN_STATUS_MAP: Readonly<Record<FinV2Status, OnboardingStatus>> = {
  INCOMPLETE: 'INCOMPLETE', // contract, fixed
  PROCESSING: 'IN_REVIEW', // queued for processing (V1 QUEUED)
  REVIEWING: 'IN_REVIEW',
  ASSOCIATED_PARTIES_REMAINING: 'INCOMPLETE', // the business waits for its parties to finish
  IN_COMPLIANCE: 'ON_HOLD', // paused for compliance (V1 ON_HOLD)
  ACTION_REQUIRED: 'ACTION_REQUIRED', // contract, fixed (V1 REINITIATE too)
  APPROVED: 'APPROVED', // contract, fixed
  REJECTED: 'REJECTED', // contract, fixed
};

/** Associated-party verification → OnboardingStatus. */
export const FIN_PARTY_STATUS_MAP: Readonly<Record<FinPartyStatus, OnboardingStatus>> = {
  INITIATED: 'INCOMPLETE',
  REVIEWING: 'IN_REVIEW',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
};
