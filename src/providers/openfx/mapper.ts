import {
  assertNever,
  type BusinessCustomerModel,
  type CapabilityKind,
  type CapabilityModel,
  type CustomerModel,
  type IndividualCustomerModel,
  type MetadataEntryModel,
  type OnboardingStatus,
  type SourceOfFunds,
} from '../../model/customer.js';
import { answeredNow, toTimestamp } from '../../model/time.js';
import type { z } from 'zod';
import { ignoreUnknown, mapWord, type UnknownValueSink } from '../vocabulary.js';
import type { openFxCapability, openFxKybStatus, OpenFxCustomer, openFxSourceOfFunds, openFxStatus } from './dto.js';

/**
 * Maps an OpenFX Customer to the unified model. Pure; the only place that
 * knows both vocabularies. OpenFX keeps names, contact data, dates of birth and addresses on the
 * linked entity, so those fields are `null` here rather than invented.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
 */
export function mapOpenFxCustomer(
  doc: OpenFxCustomer,
  sink: UnknownValueSink = ignoreUnknown,
  fetchedAt: string = answeredNow(),
): CustomerModel {
  // Object.assign, not `{ ...common }`: on Node 20 the spread made mapping ~10× slower (about 8 µs
  // against 0.8 µs per customer; see fin/mapper.ts), and list pages map up to 512 of them.
  const common = {
    provider: 'OPENFX' as const,
    providerId: doc.id,
    // Every field the detail document has is in a list row too (rows are Customers).
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/list-customers
    detail: 'full' as const,
    fetchedAt,
    // Identity and contact data live on the entity, not on the customer.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
    email: null,
    phone: null,
    status: deriveOnboardingStatus(doc.status, doc.kybStatus, sink),
    // `status` is the lifecycle word support staff know.
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    providerStatus: doc.status,
    // Not reported: OpenFX has no status timestamp.
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    statusUpdatedAt: null,
    createdAt: toTimestamp(doc.createdAt),
    updatedAt: toTimestamp(doc.updatedAt),
    termsOfService: null,
    verificationType: null,
    verificationStatus: mapKybStatus(doc.kybStatus, sink),
    verificationProfiles: [],
    capabilities: mapCapabilities(doc.capabilities, sink),
    // `requires_info` says that information is missing, never which; nothing to list.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
    requestForInformation: [],
    // OpenFX gives no rejection reasons on the customer.
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    rejection: null,
    sourceOfFunds: doc.sourceOfFunds ? mapSourceOfFunds(doc.sourceOfFunds, sink) : null,
    sourceOfFundsDescription: doc.sourceOfFundsDescription ?? null,
    metadata: mapMetadata(doc.metadata),
    // `entityId` (`ent_…`) names the entity holding the identity data.
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    providerEntityId: doc.entityId,
  };
  switch (doc.type) {
    case 'individual': {
      const individual: IndividualCustomerModel = Object.assign(common, {
        type: 'INDIVIDUAL' as const,
        firstName: null,
        middleName: null,
        lastName: null,
        dateOfBirth: null,
        countryOfResidence: null,
        nationality: null,
        countryOfBirth: null,
        gender: null,
        occupationCode: null,
        taxIdentification: null,
      });
      return individual;
    }
    case 'business': {
      const business: BusinessCustomerModel = Object.assign(common, {
        type: 'BUSINESS' as const,
        legalName: null,
        tradeName: null,
        countryOfIncorporation: null,
        // Owners, directors and signers live on the entity.
        // See https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
        associatedParties: [],
      });
      return business;
    }
    default:
      return assertNever(doc.type);
  }
}

type Status = z.infer<typeof openFxStatus>;
type KybStatus = z.infer<typeof openFxKybStatus>;

/** Settled lifecycle states (README "Status mapping" fixes these); `submitted`/`under_review` depend on KYB. */
const SETTLED: Readonly<Record<Exclude<Status, 'submitted' | 'under_review'>, OnboardingStatus>> = {
  active: 'APPROVED',
  rejected: 'REJECTED',
  suspended: 'SUSPENDED',
  closed: 'CLOSED',
  // README "Status mapping": not yet submitted, whatever the KYB field says.
  draft: 'INCOMPLETE',
};

/**
 * The unified onboarding status from OpenFX's lifecycle `status` and its separate `kybStatus`.
 * Settled lifecycle states are fixed by README "Status mapping"; while a customer is in review
 * (`submitted`, `under_review`) the KYB result says whether OpenFX is waiting on us or has decided.
 * An undocumented `status` is reported and read like a review in progress.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
 */
export function deriveOnboardingStatus(
  status: string,
  kybStatus: string,
  sink: UnknownValueSink = ignoreUnknown,
): OnboardingStatus {
  if (Object.hasOwn(SETTLED, status)) return SETTLED[status as keyof typeof SETTLED];
  if (status !== 'submitted' && status !== 'under_review') sink('status', status);
  // requires_info asks the customer for more; a KYB rejection is final.
  // See https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
  if (kybStatus === 'requires_info') return 'ACTION_REQUIRED';
  if (kybStatus === 'rejected') return 'REJECTED';
  return 'IN_REVIEW';
}

const KYB: Readonly<Record<KybStatus, OnboardingStatus>> = {
  not_started: 'NOT_STARTED',
  pending: 'IN_REVIEW',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  requires_info: 'ACTION_REQUIRED',
};

/**
 * `kybStatus` as the verification status; an undocumented word reads as IN_REVIEW.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
 */
export function mapKybStatus(kybStatus: string, sink: UnknownValueSink = ignoreUnknown): OnboardingStatus {
  return mapWord(KYB, kybStatus, 'IN_REVIEW', 'kybStatus', sink);
}

const CAPABILITIES: Readonly<Record<z.infer<typeof openFxCapability>, CapabilityKind>> = {
  accounts: 'ACCOUNTS',
  payments: 'PAYMENTS',
  fx: 'FX',
  crypto: 'CRYPTO',
};

/**
 * Granted capabilities ("capabilities unlocked … granted progressively"):
 * each one listed is enabled; OpenFX gives no currency or method detail. Absent means none. An
 * undocumented capability has no kind to show it as: it is reported and left out.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export function mapCapabilities(
  capabilities: readonly string[] | null | undefined,
  sink: UnknownValueSink = ignoreUnknown,
): CapabilityModel[] {
  const out: CapabilityModel[] = [];
  for (const c of new Set(capabilities ?? [])) {
    const kind = mapWord<CapabilityKind | null>(CAPABILITIES, c, null, 'capabilities', sink);
    if (kind) out.push({ kind, currency: null, methods: [], enabled: true, reason: null });
  }
  return out;
}

const SOURCES: Readonly<Record<z.infer<typeof openFxSourceOfFunds>, SourceOfFunds>> = {
  business_revenue: 'BUSINESS_INCOME',
  venture_capital: 'VENTURE_CAPITAL',
  private_equity: 'PRIVATE_EQUITY',
  personal_savings: 'SAVINGS',
  loans_or_credit: 'LOANS_OR_CREDIT',
  grants: 'GRANTS',
  investment_income: 'INVESTMENT_INCOME',
  other: 'OTHER',
};

/**
 * `sourceOfFunds` values to the unified enum; an undocumented one is OTHER.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export function mapSourceOfFunds(source: string, sink: UnknownValueSink = ignoreUnknown): SourceOfFunds {
  return mapWord(SOURCES, source, 'OTHER', 'sourceOfFunds', sink);
}

// Metadata values are strings or null; key order kept as sent.
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
function mapMetadata(metadata: Readonly<Record<string, string | null>> | null | undefined): MetadataEntryModel[] {
  return Object.entries(metadata ?? {}).map(([key, value]) => ({ key, value }));
}
