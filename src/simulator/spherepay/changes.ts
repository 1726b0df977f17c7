import { randomBytes } from 'node:crypto';
import { hexHmac } from '../../webhooks/signature.js';
import { changeHandler, type ApplyChange, type WebhookOutbox, type WebhookTarget } from '../webhooks.js';
import type { SpherePayDataset } from './dataset.js';
import {
  SPHEREPAY_PROFILE_STATUSES,
  type SpherePayCustomerDocument,
  type SpherePayCustomerEvent,
  type SpherePayProfileStatus,
  type SpherePayVerificationProfile,
} from '../../providers/spherepay/wire.js';

/**
 * The two documented envelopes: `event` = `{id: "event_…", name, data: {customer}}`, `evt` =
 * `{id: "evt_…", type, createdAt, data}`.
 * @see https://docs.spherepay.co/guide/developer-resource/webhooks/events
 * @see https://docs.staging.spherepay.co/get-started/webhooks
 */
export type SpherePayEnvelope = 'event' | 'evt';

/** Most urgent first, as the customer's derived status reads them. */
const URGENT: readonly SpherePayProfileStatus[] = [
  'rejected',
  'resubmission_required',
  'incomplete',
  'pending',
  'approved',
];

/**
 * Applies a control-endpoint change to a SpherePay customer and sends its signed webhook
 * (`signature` = hex HMAC-SHA256 of the body, https://docs.spherepay.co/api/webhook). `status` sets every verification
 * profile's status (`approved` also completes their criteria and accepts the terms of service); an
 * RFI request marks the first profile `resubmission_required` with a criterion error; resolving clears
 * the errors and puts such profiles back to `pending`. The event is named after the resulting status:
 * `customer.kyc.successful|rejected|pending|additionalReviewRequired`, else `customer.update`.
 */
export function spherePayChanges(
  dataset: SpherePayDataset,
  outbox: WebhookOutbox,
  now: () => number,
  envelope: () => SpherePayEnvelope,
): ApplyChange {
  return changeHandler(dataset, SPHEREPAY_PROFILE_STATUSES, (doc, change) => {
    if (doc.verificationProfiles.length === 0)
      return { invalid: 'This customer has no verification profile to change.' };
    const { status } = change;
    let profiles: SpherePayVerificationProfile[] = doc.verificationProfiles.map((p) => structuredClone(p));
    if (status) profiles = profiles.map((p) => withStatus(p, status));
    if (change.rfi === 'requested') {
      const [first, ...rest] = profiles as [SpherePayVerificationProfile, ...SpherePayVerificationProfile[]];
      const errors = [
        ...first.criteria.errors,
        { name: 'proof_of_address', detail: 'The document is unreadable; upload it again.' },
      ];
      profiles = [
        { ...first, status: status ?? 'resubmission_required', criteria: { ...first.criteria, errors } },
        ...rest,
      ];
    } else if (change.rfi === 'resolved') {
      profiles = profiles.map((p) => ({
        ...p,
        status: status ?? (p.status === 'resubmission_required' ? 'pending' : p.status),
        criteria: { ...p.criteria, errors: [], required: [] },
      }));
    }
    const at = new Date(now()).toISOString();
    const next: SpherePayCustomerDocument = {
      ...structuredClone(doc),
      verificationProfiles: profiles,
      ...(status === 'approved' ? { tosStatus: 'approved' as const } : {}),
      updatedAt: at,
    };
    dataset.replace(next);
    const winner = URGENT.find((s) => profiles.some((p) => p.status === s)) ?? 'incomplete';
    outbox.send((target) => spherePayDelivery(target, envelope(), eventName(winner), next, at));
    return { document: next };
  });
}

function withStatus(
  profile: SpherePayVerificationProfile,
  status: SpherePayProfileStatus,
): SpherePayVerificationProfile {
  if (status !== 'approved') return { ...profile, status };
  const { complete, pending, required } = profile.criteria;
  return {
    ...profile,
    status,
    criteria: { complete: [...complete, ...pending, ...required], pending: [], required: [], errors: [] },
  };
}

function eventName(status: SpherePayProfileStatus): SpherePayCustomerEvent {
  switch (status) {
    case 'approved':
      return 'customer.kyc.successful';
    case 'rejected':
      return 'customer.kyc.rejected';
    case 'pending':
      return 'customer.kyc.pending';
    case 'resubmission_required':
      return 'customer.kyc.additionalReviewRequired';
    default:
      return 'customer.update';
  }
}

/** One delivery in either documented envelope, signed over the exact body bytes. */
export function spherePayDelivery(
  target: WebhookTarget,
  envelope: SpherePayEnvelope,
  name: SpherePayCustomerEvent,
  customer: SpherePayCustomerDocument,
  createdAt: string,
) {
  const body = JSON.stringify(
    envelope === 'event'
      ? { id: `event_${randomBytes(16).toString('hex')}`, name, data: { customer }, webhookRecords: [] }
      : { id: `evt_${randomBytes(16).toString('hex')}`, type: name, createdAt, data: customer },
  );
  return { body, headers: { signature: hexHmac('sha256', target.secret, body) } };
}
