/**
 * The unified customer model: what every provider mapper produces and every resolver reads.
 * Enum-like unions use the GraphQL enum values verbatim so codegen mappers line up with no
 * translation layer.
 */

import type { Provider } from '../generated/resolvers.js';

/**
 * The SDL `Provider` enum, the one list of provider names. The registry (`providers/registry.ts`)
 * holds one module per name, and the compiler checks that it covers this type exactly.
 */
export type ProviderName = Provider;

export type CustomerType = 'INDIVIDUAL' | 'BUSINESS';

export type OnboardingStatus =
  | 'NOT_STARTED'
  | 'INCOMPLETE'
  | 'IN_REVIEW'
  | 'ACTION_REQUIRED'
  | 'ON_HOLD'
  | 'APPROVED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'CLOSED';

export type VerificationType = 'STANDARD' | 'RELIANCE';
export type TermsOfServiceStatus = 'NOT_ACCEPTED' | 'PENDING' | 'ACCEPTED';
export type Gender = 'MALE' | 'FEMALE' | 'OTHER';
export type SourceOfFunds =
  | 'SALARY'
  | 'BUSINESS_INCOME'
  | 'INVESTMENT_INCOME'
  | 'INHERITANCE'
  | 'GIFT'
  | 'SAVINGS'
  | 'VENTURE_CAPITAL'
  | 'PRIVATE_EQUITY'
  | 'LOANS_OR_CREDIT'
  | 'GRANTS'
  | 'OTHER';
export type CapabilityKind = 'ON_RAMP' | 'OFF_RAMP' | 'ACCOUNTS' | 'PAYMENTS' | 'FX' | 'CRYPTO';
export type InformationRequestScope = 'CUSTOMER' | 'ASSOCIATED_PARTY';
export type InformationDataType = 'URI' | 'DATE' | 'TEXT' | 'ENUM';
export type InformationFieldStatus = 'MISSING' | 'EXPIRED' | 'INVALID';
export type DocumentSide = 'FRONT' | 'BACK';
export type PartyType = 'INDIVIDUAL' | 'BUSINESS';

/** Identifies one customer at one provider. */
export interface CustomerRef {
  readonly provider: ProviderName;
  /** The id at the provider, already validated against that provider's pattern. */
  readonly providerId: string;
}

export interface StatusReasonModel {
  forCustomer: string | null;
  forDeveloper: string | null;
}

export interface TermsOfServiceModel {
  status: TermsOfServiceStatus | null;
  url: string | null;
}

export interface MetadataEntryModel {
  key: string;
  value: string | null;
}

export interface CapabilityModel {
  kind: CapabilityKind;
  currency: string | null;
  methods: string[];
  enabled: boolean;
  reason: StatusReasonModel | null;
}

export interface VerificationProfileModel {
  name: string;
  status: OnboardingStatus;
  providerStatus: string;
  completed: string[];
  pending: string[];
  required: string[];
  errors: { criterion: string; detail: string | null }[];
}

export interface InformationFieldModel {
  name: string;
  dataType: InformationDataType;
  status: InformationFieldStatus;
  reason: string | null;
  options: string[];
  side: DocumentSide | null;
}

export interface InformationCategoryModel {
  documentType: string | null;
  fields: InformationFieldModel[];
}

export interface InformationRequestModel {
  scope: InformationRequestScope;
  section: string;
  /** The party's provider id when the request names one; resolved against the customer's parties. */
  associatedPartyId: string | null;
  categories: InformationCategoryModel[];
}

export interface RejectionReasonModel {
  comment: string | null;
  labels: string[];
}

export interface RejectedDocumentModel {
  uri: string | null;
  category: string | null;
  comment: string | null;
  labels: string[];
}

export interface PartyRejectionModel {
  associatedPartyId: string;
  applicant: RejectionReasonModel | null;
  documents: RejectedDocumentModel[];
}

export interface RejectionModel {
  applicant: RejectionReasonModel | null;
  documents: RejectedDocumentModel[];
  associatedParties: PartyRejectionModel[];
}

export interface PartyVerificationModel {
  status: OnboardingStatus;
  providerStatus: string;
  reason: StatusReasonModel | null;
  updatedAt: string | null;
}

export interface AssociatedPartyModel {
  id: string;
  type: PartyType;
  ownershipPercent: number | null;
  email: string | null;
  verification: PartyVerificationModel | null;
}

interface CustomerCommon extends CustomerRef {
  /**
   * `full` when mapped from a detail document; `summary` when mapped from a list row that lacks
   * the detail-only fields (statusUpdatedAt, verificationType, requestForInformation, rejection,
   * associatedParties), which resolvers then load on demand (`fromDetail` in resolvers/customer.ts).
   */
  detail: 'full' | 'summary';
  /**
   * When the provider answered the data this model was built from (ISO 8601 UTC): stamped as the
   * response arrives, kept through the cache; a list row has its list page's time.
   */
  fetchedAt: string;
  email: string | null;
  phone: string | null;
  status: OnboardingStatus;
  providerStatus: string;
  statusUpdatedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  termsOfService: TermsOfServiceModel | null;
  verificationType: VerificationType | null;
  verificationStatus: OnboardingStatus | null;
  verificationProfiles: VerificationProfileModel[];
  /** `null` when the document does not carry them and the provider serves them from another call. */
  capabilities: CapabilityModel[] | null;
  requestForInformation: InformationRequestModel[];
  rejection: RejectionModel | null;
  sourceOfFunds: SourceOfFunds | null;
  sourceOfFundsDescription: string | null;
  metadata: MetadataEntryModel[];
  providerEntityId: string | null;
}

export interface IndividualCustomerModel extends CustomerCommon {
  type: 'INDIVIDUAL';
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  countryOfResidence: string | null;
  nationality: string | null;
  countryOfBirth: string | null;
  gender: Gender | null;
  occupationCode: string | null;
  taxIdentification: { type: string | null; country: string | null; description: string | null } | null;
}

export interface BusinessCustomerModel extends CustomerCommon {
  type: 'BUSINESS';
  legalName: string | null;
  tradeName: string | null;
  countryOfIncorporation: string | null;
  associatedParties: AssociatedPartyModel[];
}

export type CustomerModel = IndividualCustomerModel | BusinessCustomerModel;

/** Compile-time exhaustiveness guard for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
