/** What a capability lets the customer do. */
export const CapabilityKind = {
  /** Open accounts (OpenFX). */
  Accounts: 'ACCOUNTS',
  /** Hold or move crypto assets (OpenFX). */
  Crypto: 'CRYPTO',
  /** Convert currencies (OpenFX). */
  Fx: 'FX',
  /** Pay out to fiat (Fin.com). */
  OffRamp: 'OFF_RAMP',
  /** Pay in fiat to receive crypto or a balance (Fin.com). */
  OnRamp: 'ON_RAMP',
  /** Send payments (OpenFX). */
  Payments: 'PAYMENTS'
} as const;

export type CapabilityKind = typeof CapabilityKind[keyof typeof CapabilityKind];
/** Whether a customer is a natural person or a legal entity. */
export const CustomerType = {
  Business: 'BUSINESS',
  Individual: 'INDIVIDUAL'
} as const;

export type CustomerType = typeof CustomerType[keyof typeof CustomerType];
/** Which side of a document a file field wants. */
export const DocumentSide = {
  Back: 'BACK',
  Front: 'FRONT'
} as const;

export type DocumentSide = typeof DocumentSide[keyof typeof DocumentSide];
export const Gender = {
  Female: 'FEMALE',
  Male: 'MALE',
  Other: 'OTHER'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
/** The kind of value a requested field takes. */
export const InformationDataType = {
  Date: 'DATE',
  /** One of `options`. */
  Enum: 'ENUM',
  Text: 'TEXT',
  /** A file upload or link. */
  Uri: 'URI'
} as const;

export type InformationDataType = typeof InformationDataType[keyof typeof InformationDataType];
/** Why a field is requested. */
export const InformationFieldStatus = {
  Expired: 'EXPIRED',
  Invalid: 'INVALID',
  Missing: 'MISSING'
} as const;

export type InformationFieldStatus = typeof InformationFieldStatus[keyof typeof InformationFieldStatus];
/** Whom an information request is about. */
export const InformationRequestScope = {
  AssociatedParty: 'ASSOCIATED_PARTY',
  Customer: 'CUSTOMER'
} as const;

export type InformationRequestScope = typeof InformationRequestScope[keyof typeof InformationRequestScope];
/**
 * Where a customer (or one of its verifications) stands in onboarding, in one vocabulary for every
 * provider. The README's status table shows how each provider's own words map here.
 */
export const OnboardingStatus = {
  /** The provider asks for new or corrected information (see `requestForInformation`). */
  ActionRequired: 'ACTION_REQUIRED',
  /** Verified: the customer may transact. */
  Approved: 'APPROVED',
  /** The relationship has ended. */
  Closed: 'CLOSED',
  /** Some information has been given, more is needed before review. */
  Incomplete: 'INCOMPLETE',
  /** Submitted and waiting for, or under, the provider's review. */
  InReview: 'IN_REVIEW',
  /** Nothing has been submitted yet. */
  NotStarted: 'NOT_STARTED',
  /** Paused by the provider's compliance team. */
  OnHold: 'ON_HOLD',
  /** Refused by the provider (see `rejection`). */
  Rejected: 'REJECTED',
  /** Was approved, now held by compliance; may be reactivated. */
  Suspended: 'SUSPENDED'
} as const;

export type OnboardingStatus = typeof OnboardingStatus[keyof typeof OnboardingStatus];
/** What kind of party is associated with a business. */
export const PartyType = {
  Business: 'BUSINESS',
  Individual: 'INDIVIDUAL'
} as const;

export type PartyType = typeof PartyType[keyof typeof PartyType];
/** The onboarding providers this API speaks to. */
export const Provider = {
  /** Fin.com (OAuth client credentials, customers on `/v1` and `/v2`). */
  Fin: 'FIN',
  /** OpenFX (signed requests, KYB status). */
  Openfx: 'OPENFX',
  /** SpherePay (API key, verification profiles). */
  Spherepay: 'SPHEREPAY'
} as const;

export type Provider = typeof Provider[keyof typeof Provider];
/** The customer's primary source of funds, where the provider records one. */
export const SourceOfFunds = {
  /** Income of a business the customer owns or runs (SpherePay `business_income`, OpenFX `business_revenue`). */
  BusinessIncome: 'BUSINESS_INCOME',
  Gift: 'GIFT',
  Grants: 'GRANTS',
  Inheritance: 'INHERITANCE',
  /** Returns on investments (SpherePay `investment_returns`, OpenFX `investment_income`). */
  InvestmentIncome: 'INVESTMENT_INCOME',
  LoansOrCredit: 'LOANS_OR_CREDIT',
  /** Something else; see `sourceOfFundsDescription`. */
  Other: 'OTHER',
  PrivateEquity: 'PRIVATE_EQUITY',
  Salary: 'SALARY',
  /** Savings (SpherePay `savings`, OpenFX `personal_savings`). */
  Savings: 'SAVINGS',
  VentureCapital: 'VENTURE_CAPITAL'
} as const;

export type SourceOfFunds = typeof SourceOfFunds[keyof typeof SourceOfFunds];
/** Whether the customer has accepted the provider's terms of service. */
export const TermsOfServiceStatus = {
  Accepted: 'ACCEPTED',
  NotAccepted: 'NOT_ACCEPTED',
  /** Accepted, awaiting the provider's confirmation. */
  Pending: 'PENDING'
} as const;

export type TermsOfServiceStatus = typeof TermsOfServiceStatus[keyof typeof TermsOfServiceStatus];
/** How the provider verifies the customer. */
export const VerificationType = {
  /** The provider relies on checks the platform has already done. */
  Reliance: 'RELIANCE',
  /** The provider runs its own KYC/KYB checks. */
  Standard: 'STANDARD'
} as const;

export type VerificationType = typeof VerificationType[keyof typeof VerificationType];