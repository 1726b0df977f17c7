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
import type { OpenFxCustomer } from './dto.js';

type Status = OpenFxCustomer['status'];
type KybStatus = OpenFxCustomer['kybStatus'];
type Capability = NonNullable<OpenFxCustomer['capabilities']>[number];
type FundsSource = NonNullable<OpenFxCustomer['sourceOfFunds']>;

/**
 * Maps an OpenFX Customer (openfx-get-customer.md) to the unified model. Pure; the only place that
 * knows both vocabularies. OpenFX keeps names, contact data, dates of birth and addresses on the
 * linked entity (openfx.md §4), so those fields are `null` here rather than invented.
 */
export function mapOpenFxCustomer(doc: OpenFxCustomer, fetchedAt: string = answeredNow()): CustomerModel {
  // Object.assign, not `{ ...common }`: on Node 20 the spread made mapping ~10× slower (about 8 µs
  // against 0.8 µs per customer; see fin/mapper.ts), and list pages map up to 512 of them.
  const common = {
    provider: 'OPENFX' as const,
    providerId: doc.id,
    // Every field the detail document has is in a list row too (openfx.md §3: rows are Customers).
    detail: 'full' as const,
    fetchedAt,
    // openfx.md §4: identity and contact data live on the entity, not on the customer.
    email: null,
    phone: null,
    status: deriveOnboardingStatus(doc.status, doc.kybStatus),
    // openfx-get-customer.md: `status` is the lifecycle word support staff know.
    providerStatus: doc.status,
    // Not reported: OpenFX has no status timestamp (openfx-get-customer.md).
    statusUpdatedAt: null,
    createdAt: toTimestamp(doc.createdAt),
    updatedAt: toTimestamp(doc.updatedAt),
    termsOfService: null,
    verificationType: null,
    verificationStatus: mapKybStatus(doc.kybStatus),
    verificationProfiles: [],
    capabilities: mapCapabilities(doc.capabilities),
    // openfx.md §4: `requires_info` says that information is missing, never which; nothing to list.
    requestForInformation: [],
    // OpenFX gives no rejection reasons on the customer (openfx.md §4).
    rejection: null,
    sourceOfFunds: doc.sourceOfFunds ? mapSourceOfFunds(doc.sourceOfFunds) : null,
    sourceOfFundsDescription: doc.sourceOfFundsDescription ?? null,
    metadata: mapMetadata(doc.metadata),
    // openfx-get-customer.md: `entityId` (`ent_…`) names the entity holding the identity data.
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
        // Owners, directors and signers live on the entity (openfx.md §4).
        associatedParties: [],
      });
      return business;
    }
    default:
      return assertNever(doc.type);
  }
}

/**
 * The unified onboarding status from OpenFX's lifecycle `status` and its separate `kybStatus`
 * (openfx.md §4). Settled lifecycle states are fixed by CONTRACT.md; while a customer is in review
 * (`submitted`, `under_review`) the KYB result says whether OpenFX is waiting on us or has decided.
 */
export function deriveOnboardingStatus(status: Status, kybStatus: KybStatus): OnboardingStatus {
  switch (status) {
    case 'active':
      return 'APPROVED';
    case 'rejected':
      return 'REJECTED';
    case 'suspended':
      return 'SUSPENDED';
    case 'closed':
      return 'CLOSED';
    case 'draft':
      // CONTRACT.md: not yet submitted, whatever the KYB field says.
      return 'INCOMPLETE';
    case 'submitted':
    case 'under_review':
      // openfx.md §4: requires_info asks the customer for more; a KYB rejection is final.
      if (kybStatus === 'requires_info') return 'ACTION_REQUIRED';
      if (kybStatus === 'rejected') return 'REJECTED';
      return 'IN_REVIEW';
    default:
      return assertNever(status);
  }
}

/** `kybStatus` as the verification status (openfx.md §4). */
export function mapKybStatus(kybStatus: KybStatus): OnboardingStatus {
  switch (kybStatus) {
    case 'not_started':
      return 'NOT_STARTED';
    case 'pending':
      return 'IN_REVIEW';
    case 'approved':
      return 'APPROVED';
    case 'rejected':
      return 'REJECTED';
    case 'requires_info':
      return 'ACTION_REQUIRED';
    default:
      return assertNever(kybStatus);
  }
}

/**
 * Granted capabilities (openfx-get-customer.md: "capabilities unlocked … granted progressively"):
 * each one listed is enabled; OpenFX gives no currency or method detail. Absent means none.
 */
export function mapCapabilities(capabilities: readonly Capability[] | null | undefined): CapabilityModel[] {
  return [...new Set(capabilities ?? [])].map((c) => ({
    kind: capabilityKind(c),
    currency: null,
    methods: [],
    enabled: true,
    reason: null,
  }));
}

function capabilityKind(capability: Capability): CapabilityKind {
  switch (capability) {
    case 'accounts':
      return 'ACCOUNTS';
    case 'payments':
      return 'PAYMENTS';
    case 'fx':
      return 'FX';
    case 'crypto':
      return 'CRYPTO';
    default:
      return assertNever(capability);
  }
}

/** `sourceOfFunds` values (openfx-get-customer.md) to the unified enum. */
export function mapSourceOfFunds(source: FundsSource): SourceOfFunds {
  switch (source) {
    case 'business_revenue':
      return 'BUSINESS_INCOME';
    case 'venture_capital':
      return 'VENTURE_CAPITAL';
    case 'private_equity':
      return 'PRIVATE_EQUITY';
    case 'personal_savings':
      return 'SAVINGS';
    case 'loans_or_credit':
      return 'LOANS_OR_CREDIT';
    case 'grants':
      return 'GRANTS';
    case 'investment_income':
      return 'INVESTMENT_INCOME';
    case 'other':
      return 'OTHER';
    default:
      return assertNever(source);
  }
}

// openfx-get-customer.md: metadata values are strings or null; key order kept as sent.
function mapMetadata(metadata: Readonly<Record<string, string | null>> | null | undefined): MetadataEntryModel[] {
  return Object.entries(metadata ?? {}).map(([key, value]) => ({ key, value }));
}
