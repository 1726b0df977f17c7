import type { OnboardingStatus } from '../../model/customer.js';
import { mapWord, type UnknownValueSink } from '../vocabulary.js';
import {
  FIN_V1_STATUSES,
  FIN_V2_STATUSES,
  toV2Status,
  type FinPartyStatus,
  type FinV1Status,
  type FinV2Status,
} from './wire.js';

/**
 * Every `customer_status` word Fin documents, V2 and V1.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export const FIN_STATUSES: readonly FinStatus[] = [...new Set([...FIN_V2_STATUSES, ...FIN_V1_STATUSES])];
export type FinStatus = FinV1Status | FinV2Status;

/**
 * `customer_status` → `{status, providerStatus}`: the V2 word survives in `providerStatus`; a word
 * Fin does not document is reported and read as IN_REVIEW (Fin is still deciding, as far as we know).
 */
export function finStatus(raw: string, sink: UnknownValueSink): { status: OnboardingStatus; providerStatus: string } {
  // V2 renamed QUEUED, ON_HOLD and REINITIATE, both sets are live, and the V2 GET may still answer
  // with V1 names; any other word, known or not, is kept as sent.
  // See https://developer.fin.com/api-reference/webhooks/customer-status
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
