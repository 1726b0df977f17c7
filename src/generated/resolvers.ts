import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerModel, IndividualCustomerModel, BusinessCustomerModel } from '../model/customer.js';
import type { AssociatedPartyView, InformationRequestView, RejectionView, PartyRejectionView } from '../resolvers/views.js';
import type { ConnectionModel, EdgeModel } from '../model/connection.js';
import type { GraphQLContext } from '../server/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An RFC 3339 timestamp in UTC, to milliseconds at least and to the provider's own finer precision where it has one, e.g. `2026-04-15T11:49:27.000Z`, `2024-05-01T10:00:00.707598Z`. */
  DateTime: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An owner, director or other person the provider verifies for a business customer. */
export type AssociatedParty = {
  __typename?: 'AssociatedParty';
  email?: Maybe<Scalars['String']['output']>;
  /** The party's id at the provider. */
  id: Scalars['ID']['output'];
  /** Share of the business this party owns, 0–100. */
  ownershipPercent?: Maybe<Scalars['Float']['output']>;
  /** What the provider rejected of this party, `null` when nothing. */
  rejection?: Maybe<PartyRejection>;
  /** The information requests that name this party. */
  requestForInformation: Array<InformationRequest>;
  type: PartyType;
  verification?: Maybe<PartyVerification>;
};

/** A legal entity. */
export type BusinessCustomer = Customer & Node & {
  __typename?: 'BusinessCustomer';
  /** Owners, directors and other people the provider verifies for this business. */
  associatedParties: Array<AssociatedParty>;
  capabilities: Array<Capability>;
  /** ISO 3166-1 alpha-3 country code, e.g. `SGP`. */
  countryOfIncorporation?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /**
   * When the provider answered the data this customer was built from (a list row: its list page's
   * answer). A customer served from the cache is up to `CACHE_TTL_SECONDS` older than the request;
   * send the header `Cache-Control: no-cache` to read every customer fresh.
   */
  fetchedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Registered legal name. */
  legalName?: Maybe<Scalars['String']['output']>;
  metadata: Array<MetadataEntry>;
  phone?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  providerEntityId?: Maybe<Scalars['String']['output']>;
  providerId: Scalars['String']['output'];
  providerStatus: Scalars['String']['output'];
  rejection?: Maybe<Rejection>;
  requestForInformation: Array<InformationRequest>;
  sourceOfFunds?: Maybe<SourceOfFunds>;
  sourceOfFundsDescription?: Maybe<Scalars['String']['output']>;
  status: OnboardingStatus;
  statusUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  termsOfService?: Maybe<TermsOfService>;
  /** Name the business trades under, where it differs. */
  tradeName?: Maybe<Scalars['String']['output']>;
  type: CustomerType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  verificationProfiles: Array<VerificationProfile>;
  verificationStatus?: Maybe<OnboardingStatus>;
  verificationType?: Maybe<VerificationType>;
};

/** One thing the customer may do, per currency where the provider says. */
export type Capability = {
  __typename?: 'Capability';
  /** ISO 4217 currency code, `null` where the capability is not per currency. */
  currency?: Maybe<Scalars['String']['output']>;
  /** Whether the customer may use it now. */
  enabled: Scalars['Boolean']['output'];
  kind: CapabilityKind;
  /** Payment rails, e.g. `ACH`, `FEDWIRE`, `BANK`; empty where the provider lists none. */
  methods: Array<Scalars['String']['output']>;
  /** Why it is not enabled, where the provider explains. */
  reason?: Maybe<StatusReason>;
};

/** What a capability lets the customer do. */
export type CapabilityKind =
  /** Open accounts (OpenFX). */
  | 'ACCOUNTS'
  /** Hold or move crypto assets (OpenFX). */
  | 'CRYPTO'
  /** Convert currencies (OpenFX). */
  | 'FX'
  /** Pay out to fiat (Fin.com). */
  | 'OFF_RAMP'
  /** Pay in fiat to receive crypto or a balance (Fin.com). */
  | 'ON_RAMP'
  /** Send payments (OpenFX). */
  | 'PAYMENTS';

export type CriterionError = {
  __typename?: 'CriterionError';
  criterion: Scalars['String']['output'];
  detail?: Maybe<Scalars['String']['output']>;
};

/**
 * A customer being onboarded at one provider. The same person or company onboarded at two providers
 * is two customers.
 */
export type Customer = {
  /** What the customer may do: on-ramp and off-ramp per currency (Fin.com), products (OpenFX). */
  capabilities: Array<Capability>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /**
   * When the provider answered the data this customer was built from (a list row: its list page's
   * answer). A customer served from the cache is up to `CACHE_TTL_SECONDS` older than the request;
   * send the header `Cache-Control: no-cache` to read every customer fresh.
   */
  fetchedAt: Scalars['DateTime']['output'];
  /** Globally unique, stable and opaque. */
  id: Scalars['ID']['output'];
  /** Key/value pairs the platform stored on the customer at the provider. */
  metadata: Array<MetadataEntry>;
  /** E.164 phone number, e.g. `+14155551234`. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The provider that holds this customer. */
  provider: Provider;
  /** The provider's id for the legal entity behind the customer (OpenFX `ent_…`). */
  providerEntityId?: Maybe<Scalars['String']['output']>;
  /** The customer's id at the provider (a UUID at Fin.com, `customer_…` at SpherePay, `cus_…` at OpenFX). */
  providerId: Scalars['String']['output'];
  /** The provider's own status word (Fin.com in its V2 vocabulary), for support staff. */
  providerStatus: Scalars['String']['output'];
  /** Why the provider rejected the customer or its documents, `null` when nothing was rejected. */
  rejection?: Maybe<Rejection>;
  /** What the provider still needs from the customer or its associated parties; empty when nothing. */
  requestForInformation: Array<InformationRequest>;
  sourceOfFunds?: Maybe<SourceOfFunds>;
  /** Free text that explains `sourceOfFunds`, mostly when it is `OTHER`. */
  sourceOfFundsDescription?: Maybe<Scalars['String']['output']>;
  /** Onboarding status in this API's vocabulary. */
  status: OnboardingStatus;
  /** When the status last changed, where the provider reports it. */
  statusUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Terms of service state and link, where the provider has them. */
  termsOfService?: Maybe<TermsOfService>;
  type: CustomerType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Verification profiles and their criteria (SpherePay); empty for other providers. */
  verificationProfiles: Array<VerificationProfile>;
  /** The provider's KYC/KYB review state, where it is tracked apart from `status` (OpenFX `kybStatus`). */
  verificationStatus?: Maybe<OnboardingStatus>;
  /** How the provider verifies this customer (Fin.com). */
  verificationType?: Maybe<VerificationType>;
};

/** A page of customers (Relay Cursor Connections). */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  /** The customers of `edges`, without cursors. */
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  /** How many customers the whole list holds, `null` where the provider does not say (OpenFX). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque; pass it as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Whether a customer is a natural person or a legal entity. */
export type CustomerType =
  | 'BUSINESS'
  | 'INDIVIDUAL';

/** Which side of a document a file field wants. */
export type DocumentSide =
  | 'BACK'
  | 'FRONT';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** A natural person. */
export type IndividualCustomer = Customer & Node & {
  __typename?: 'IndividualCustomer';
  capabilities: Array<Capability>;
  /** ISO 3166-1 alpha-3 country code. */
  countryOfBirth?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 country code, e.g. `USA`. */
  countryOfResidence?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /**
   * When the provider answered the data this customer was built from (a list row: its list page's
   * answer). A customer served from the cache is up to `CACHE_TTL_SECONDS` older than the request;
   * send the header `Cache-Control: no-cache` to read every customer fresh.
   */
  fetchedAt: Scalars['DateTime']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  metadata: Array<MetadataEntry>;
  middleName?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 country code. */
  nationality?: Maybe<Scalars['String']['output']>;
  /** Standard Occupational Classification code, e.g. `15-1132`. */
  occupationCode?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  providerEntityId?: Maybe<Scalars['String']['output']>;
  providerId: Scalars['String']['output'];
  providerStatus: Scalars['String']['output'];
  rejection?: Maybe<Rejection>;
  requestForInformation: Array<InformationRequest>;
  sourceOfFunds?: Maybe<SourceOfFunds>;
  sourceOfFundsDescription?: Maybe<Scalars['String']['output']>;
  status: OnboardingStatus;
  statusUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The kind of tax id the customer gave; the number itself is never returned by providers. */
  taxIdentification?: Maybe<TaxIdentification>;
  termsOfService?: Maybe<TermsOfService>;
  type: CustomerType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  verificationProfiles: Array<VerificationProfile>;
  verificationStatus?: Maybe<OnboardingStatus>;
  verificationType?: Maybe<VerificationType>;
};

/** A group of requested fields, usually one document. */
export type InformationCategory = {
  __typename?: 'InformationCategory';
  /** The document asked for, e.g. `PASSPORT`; `null` for plain data fields. */
  documentType?: Maybe<Scalars['String']['output']>;
  fields: Array<InformationField>;
};

/** The kind of value a requested field takes. */
export type InformationDataType =
  | 'DATE'
  /** One of `options`. */
  | 'ENUM'
  | 'TEXT'
  /** A file upload or link. */
  | 'URI';

/** One value the provider asks for. */
export type InformationField = {
  __typename?: 'InformationField';
  dataType: InformationDataType;
  /** The provider's field name, e.g. `expiry_date` or `identity_document`. */
  name: Scalars['String']['output'];
  /** The allowed values when `dataType` is `ENUM`; may be empty. */
  options: Array<Scalars['String']['output']>;
  /** Why the value is not accepted; `null` when it is simply missing. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Which side of the document a file field wants, where it matters. */
  side?: Maybe<DocumentSide>;
  status: InformationFieldStatus;
};

/** Why a field is requested. */
export type InformationFieldStatus =
  | 'EXPIRED'
  | 'INVALID'
  | 'MISSING';

/**
 * Something the provider needs before onboarding can go on, in one shape for every provider, so a
 * frontend renders "what is missing" once.
 */
export type InformationRequest = {
  __typename?: 'InformationRequest';
  /** The party this request is about, when `scope` is `ASSOCIATED_PARTY`. */
  associatedParty?: Maybe<AssociatedParty>;
  categories: Array<InformationCategory>;
  scope: InformationRequestScope;
  /** The provider's section name, e.g. `proof_of_identity` or a SpherePay profile name. */
  section: Scalars['String']['output'];
};

/** Whom an information request is about. */
export type InformationRequestScope =
  | 'ASSOCIATED_PARTY'
  | 'CUSTOMER';

/** A free-form key/value pair the platform stored on the customer at the provider. */
export type MetadataEntry = {
  __typename?: 'MetadataEntry';
  key: Scalars['String']['output'];
  /** The value as text; non-text values are JSON-encoded. `null` where the provider stores null. */
  value?: Maybe<Scalars['String']['output']>;
};

/** An object with a globally unique, stable and opaque `id` (Relay Global Object Identification). */
export type Node = {
  /** Globally unique identifier. Opaque: pass it back as it is, never parse it. */
  id: Scalars['ID']['output'];
};

/**
 * Where a customer (or one of its verifications) stands in onboarding, in one vocabulary for every
 * provider. The README's status table shows how each provider's own words map here.
 */
export type OnboardingStatus =
  /** The provider asks for new or corrected information (see `requestForInformation`). */
  | 'ACTION_REQUIRED'
  /** Verified: the customer may transact. */
  | 'APPROVED'
  /** The relationship has ended. */
  | 'CLOSED'
  /** Some information has been given, more is needed before review. */
  | 'INCOMPLETE'
  /** Submitted and waiting for, or under, the provider's review. */
  | 'IN_REVIEW'
  /** Nothing has been submitted yet. */
  | 'NOT_STARTED'
  /** Paused by the provider's compliance team. */
  | 'ON_HOLD'
  /** Refused by the provider (see `rejection`). */
  | 'REJECTED'
  /** Was approved, now held by compliance; may be reactivated. */
  | 'SUSPENDED';

/** Where a page of a connection stands (Relay Cursor Connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge in this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede `startCursor`. Forward-only connections answer `false`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge in this page, `null` when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** What the provider rejected of one associated party. */
export type PartyRejection = {
  __typename?: 'PartyRejection';
  applicant?: Maybe<RejectionReason>;
  /** The party, `null` if the provider names a party the business does not list. */
  associatedParty?: Maybe<AssociatedParty>;
  /** The party's id at the provider. */
  associatedPartyId: Scalars['ID']['output'];
  documents: Array<RejectedDocument>;
};

/** What kind of party is associated with a business. */
export type PartyType =
  | 'BUSINESS'
  | 'INDIVIDUAL';

/** The verification of one associated party. */
export type PartyVerification = {
  __typename?: 'PartyVerification';
  /** The provider's own word, e.g. `REVIEWING`. */
  providerStatus: Scalars['String']['output'];
  reason?: Maybe<StatusReason>;
  status: OnboardingStatus;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The onboarding providers this API speaks to. */
export type Provider =
  /** Fin.com (OAuth client credentials, customers on `/v1` and `/v2`). */
  | 'FIN'
  /** OpenFX (signed requests, KYB status). */
  | 'OPENFX'
  /** SpherePay (API key, verification profiles). */
  | 'SPHEREPAY';

export type Query = {
  __typename?: 'Query';
  /**
   * A customer by global id, or by a raw provider id whose shape names its provider: a UUID is
   * Fin.com, `customer_…` is SpherePay, `cus_…` is OpenFX. `null` with a `NOT_FOUND` error when the
   * provider does not know it.
   */
  customer?: Maybe<Customer>;
  /**
   * Lists one provider's customers, newest pages as the provider orders them. `first` defaults to
   * 20 and may be up to 512; never more upstream pages are fetched than the page needs.
   */
  customers: CustomerConnection;
  /** Fetches any object by its global id (Relay). */
  node?: Maybe<Node>;
  /**
   * Fetches several objects at once, in the order asked. An entry is `null` where its id resolves
   * to nothing, with the reason in `errors`.
   */
  nodes: Array<Maybe<Node>>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider: Provider;
  type?: InputMaybe<CustomerType>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type RejectedDocument = {
  __typename?: 'RejectedDocument';
  /** e.g. `PROOF_OF_IDENTITY`, `SUPPORTING_DOCUMENTS`. */
  category?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  labels: Array<Scalars['String']['output']>;
  /** Where the provider stores the rejected file. */
  uri?: Maybe<Scalars['String']['output']>;
};

/** Why a provider rejected a customer. */
export type Rejection = {
  __typename?: 'Rejection';
  /** Reasons about the applicant as a whole. */
  applicant?: Maybe<RejectionReason>;
  /** Reasons about the business's associated parties. */
  associatedParties: Array<PartyRejection>;
  /** Reasons about single documents. */
  documents: Array<RejectedDocument>;
};

export type RejectionReason = {
  __typename?: 'RejectionReason';
  /** The reviewer's comment, `null` when empty. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Machine-readable reasons, e.g. `LOW_QUALITY`, `EXPIRATION_DATE`. */
  labels: Array<Scalars['String']['output']>;
};

/** The customer's primary source of funds, where the provider records one. */
export type SourceOfFunds =
  /** Income of a business the customer owns or runs (SpherePay `business_income`, OpenFX `business_revenue`). */
  | 'BUSINESS_INCOME'
  | 'GIFT'
  | 'GRANTS'
  | 'INHERITANCE'
  /** Returns on investments (SpherePay `investment_returns`, OpenFX `investment_income`). */
  | 'INVESTMENT_INCOME'
  | 'LOANS_OR_CREDIT'
  /** Something else; see `sourceOfFundsDescription`. */
  | 'OTHER'
  | 'PRIVATE_EQUITY'
  | 'SALARY'
  /** Savings (SpherePay `savings`, OpenFX `personal_savings`). */
  | 'SAVINGS'
  | 'VENTURE_CAPITAL';

/** A provider's free-text explanation, split by audience. */
export type StatusReason = {
  __typename?: 'StatusReason';
  /** Safe to show to the customer. */
  forCustomer?: Maybe<Scalars['String']['output']>;
  /** Meant for the platform's developers and support staff. */
  forDeveloper?: Maybe<Scalars['String']['output']>;
};

/**
 * Live updates, over the graphql-ws protocol on WebSocket at `/graphql` (what Apollo Sandbox, Apollo
 * Client, urql, Hive Gateway and Apollo Router speak). With API keys configured, send
 * `{"authorization": "Bearer <key>"}` as the `connection_init` payload.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A customer, read fresh from its provider each time the provider signals (by a signed webhook) that
   * it changed: a new onboarding status, a new or resolved request for information. Without arguments,
   * every customer; with both, customers matching both. Malformed ids are refused with
   * `BAD_USER_INPUT` before the subscription starts.
   */
  customerUpdated: Customer;
};


/**
 * Live updates, over the graphql-ws protocol on WebSocket at `/graphql` (what Apollo Sandbox, Apollo
 * Client, urql, Hive Gateway and Apollo Router speak). With API keys configured, send
 * `{"authorization": "Bearer <key>"}` as the `connection_init` payload.
 */
export type SubscriptionCustomerUpdatedArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  provider?: InputMaybe<Provider>;
};

/** The kind of tax identification number a customer gave. */
export type TaxIdentification = {
  __typename?: 'TaxIdentification';
  /** ISO 3166-1 alpha-3 country that issued it. */
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The provider's name for the kind of number, e.g. `ssn`. */
  type?: Maybe<Scalars['String']['output']>;
};

/** The provider's terms of service for this customer. */
export type TermsOfService = {
  __typename?: 'TermsOfService';
  /** Acceptance state, `null` where the provider does not report it (Fin.com). */
  status?: Maybe<TermsOfServiceStatus>;
  /** Where the customer reads and accepts the terms, `null` where the provider gives no link. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Whether the customer has accepted the provider's terms of service. */
export type TermsOfServiceStatus =
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  /** Accepted, awaiting the provider's confirmation. */
  | 'PENDING';

/** A verification profile and how far its criteria are met (SpherePay). */
export type VerificationProfile = {
  __typename?: 'VerificationProfile';
  /** Criteria already met. */
  completed: Array<Scalars['String']['output']>;
  /** Criteria that failed, with the provider's explanation. */
  errors: Array<CriterionError>;
  /** The provider's profile name, e.g. `kyc_profile_a`. */
  name: Scalars['String']['output'];
  /** Criteria being checked now. */
  pending: Array<Scalars['String']['output']>;
  /** The provider's own word, e.g. `resubmission_required`. */
  providerStatus: Scalars['String']['output'];
  /** Criteria still to be provided. */
  required: Array<Scalars['String']['output']>;
  status: OnboardingStatus;
};

/** How the provider verifies the customer. */
export type VerificationType =
  /** The provider relies on checks the platform has already done. */
  | 'RELIANCE'
  /** The provider runs its own KYC/KYB checks. */
  | 'STANDARD';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  BusinessCustomer: BusinessCustomer;
  Customer: Customer;
  IndividualCustomer: IndividualCustomer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BusinessCustomer:
    ( { __typename: 'BusinessCustomer' }
    & GraphQLRecursivePick<FederationTypes['BusinessCustomer'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  IndividualCustomer:
    ( { __typename: 'IndividualCustomer' }
    & GraphQLRecursivePick<FederationTypes['IndividualCustomer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssociatedParty: ResolverTypeWrapper<AssociatedPartyView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BusinessCustomer: ResolverTypeWrapper<BusinessCustomerModel>;
  Capability: ResolverTypeWrapper<Capability>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapabilityKind: CapabilityKind;
  CriterionError: ResolverTypeWrapper<CriterionError>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<ConnectionModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CustomerEdge: ResolverTypeWrapper<EdgeModel>;
  CustomerType: CustomerType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentSide: DocumentSide;
  Gender: Gender;
  IndividualCustomer: ResolverTypeWrapper<IndividualCustomerModel>;
  InformationCategory: ResolverTypeWrapper<InformationCategory>;
  InformationDataType: InformationDataType;
  InformationField: ResolverTypeWrapper<InformationField>;
  InformationFieldStatus: InformationFieldStatus;
  InformationRequest: ResolverTypeWrapper<InformationRequestView>;
  InformationRequestScope: InformationRequestScope;
  MetadataEntry: ResolverTypeWrapper<MetadataEntry>;
  Node: ResolverTypeWrapper<CustomerModel>;
  OnboardingStatus: OnboardingStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyRejection: ResolverTypeWrapper<PartyRejectionView>;
  PartyType: PartyType;
  PartyVerification: ResolverTypeWrapper<PartyVerification>;
  Provider: Provider;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedDocument: ResolverTypeWrapper<RejectedDocument>;
  Rejection: ResolverTypeWrapper<RejectionView>;
  RejectionReason: ResolverTypeWrapper<RejectionReason>;
  SourceOfFunds: SourceOfFunds;
  StatusReason: ResolverTypeWrapper<StatusReason>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TaxIdentification: ResolverTypeWrapper<TaxIdentification>;
  TermsOfService: ResolverTypeWrapper<TermsOfService>;
  TermsOfServiceStatus: TermsOfServiceStatus;
  VerificationProfile: ResolverTypeWrapper<VerificationProfile>;
  VerificationType: VerificationType;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssociatedParty: AssociatedPartyView;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  BusinessCustomer: BusinessCustomerModel;
  Capability: Capability;
  Boolean: Scalars['Boolean']['output'];
  CriterionError: CriterionError;
  Customer: CustomerModel;
  CustomerConnection: ConnectionModel;
  Int: Scalars['Int']['output'];
  CustomerEdge: EdgeModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  IndividualCustomer: IndividualCustomerModel;
  InformationCategory: InformationCategory;
  InformationField: InformationField;
  InformationRequest: InformationRequestView;
  MetadataEntry: MetadataEntry;
  Node: CustomerModel;
  PageInfo: PageInfo;
  PartyRejection: PartyRejectionView;
  PartyVerification: PartyVerification;
  Query: Record<PropertyKey, never>;
  RejectedDocument: RejectedDocument;
  Rejection: RejectionView;
  RejectionReason: RejectionReason;
  StatusReason: StatusReason;
  Subscription: Record<PropertyKey, never>;
  TaxIdentification: TaxIdentification;
  TermsOfService: TermsOfService;
  VerificationProfile: VerificationProfile;
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssociatedPartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssociatedParty'] = ResolversParentTypes['AssociatedParty']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownershipPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['PartyRejection']>, ParentType, ContextType>;
  requestForInformation?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartyType'], ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['PartyVerification']>, ParentType, ContextType>;
};

export type BusinessCustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BusinessCustomer'] = ResolversParentTypes['BusinessCustomer'], FederationReferenceType extends FederationReferenceTypes['BusinessCustomer'] = FederationReferenceTypes['BusinessCustomer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusinessCustomer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associatedParties?: Resolver<Array<ResolversTypes['AssociatedParty']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  countryOfIncorporation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<Array<ResolversTypes['MetadataEntry']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerEntityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['Rejection']>, ParentType, ContextType>;
  requestForInformation?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
  sourceOfFunds?: Resolver<Maybe<ResolversTypes['SourceOfFunds']>, ParentType, ContextType>;
  sourceOfFundsDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnboardingStatus'], ParentType, ContextType>;
  statusUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  termsOfService?: Resolver<Maybe<ResolversTypes['TermsOfService']>, ParentType, ContextType>;
  tradeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationProfiles?: Resolver<Array<ResolversTypes['VerificationProfile']>, ParentType, ContextType>;
  verificationStatus?: Resolver<Maybe<ResolversTypes['OnboardingStatus']>, ParentType, ContextType>;
  verificationType?: Resolver<Maybe<ResolversTypes['VerificationType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapabilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability']> = {
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CapabilityKind'], ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['StatusReason']>, ParentType, ContextType>;
};

export type CriterionErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CriterionError'] = ResolversParentTypes['CriterionError']> = {
  criterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveType: TypeResolveFn<'BusinessCustomer' | 'IndividualCustomer', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IndividualCustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndividualCustomer'] = ResolversParentTypes['IndividualCustomer'], FederationReferenceType extends FederationReferenceTypes['IndividualCustomer'] = FederationReferenceTypes['IndividualCustomer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IndividualCustomer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  countryOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryOfResidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<Array<ResolversTypes['MetadataEntry']>, ParentType, ContextType>;
  middleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occupationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerEntityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['Rejection']>, ParentType, ContextType>;
  requestForInformation?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
  sourceOfFunds?: Resolver<Maybe<ResolversTypes['SourceOfFunds']>, ParentType, ContextType>;
  sourceOfFundsDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnboardingStatus'], ParentType, ContextType>;
  statusUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  taxIdentification?: Resolver<Maybe<ResolversTypes['TaxIdentification']>, ParentType, ContextType>;
  termsOfService?: Resolver<Maybe<ResolversTypes['TermsOfService']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationProfiles?: Resolver<Array<ResolversTypes['VerificationProfile']>, ParentType, ContextType>;
  verificationStatus?: Resolver<Maybe<ResolversTypes['OnboardingStatus']>, ParentType, ContextType>;
  verificationType?: Resolver<Maybe<ResolversTypes['VerificationType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InformationCategoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InformationCategory'] = ResolversParentTypes['InformationCategory']> = {
  documentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['InformationField']>, ParentType, ContextType>;
};

export type InformationFieldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InformationField'] = ResolversParentTypes['InformationField']> = {
  dataType?: Resolver<ResolversTypes['InformationDataType'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['DocumentSide']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InformationFieldStatus'], ParentType, ContextType>;
};

export type InformationRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InformationRequest'] = ResolversParentTypes['InformationRequest']> = {
  associatedParty?: Resolver<Maybe<ResolversTypes['AssociatedParty']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['InformationCategory']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['InformationRequestScope'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetadataEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetadataEntry'] = ResolversParentTypes['MetadataEntry']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'BusinessCustomer' | 'IndividualCustomer', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartyRejectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyRejection'] = ResolversParentTypes['PartyRejection']> = {
  applicant?: Resolver<Maybe<ResolversTypes['RejectionReason']>, ParentType, ContextType>;
  associatedParty?: Resolver<Maybe<ResolversTypes['AssociatedParty']>, ParentType, ContextType>;
  associatedPartyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['RejectedDocument']>, ParentType, ContextType>;
};

export type PartyVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyVerification'] = ResolversParentTypes['PartyVerification']> = {
  providerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['StatusReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnboardingStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first' | 'provider'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
};

export type RejectedDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectedDocument'] = ResolversParentTypes['RejectedDocument']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RejectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Rejection'] = ResolversParentTypes['Rejection']> = {
  applicant?: Resolver<Maybe<ResolversTypes['RejectionReason']>, ParentType, ContextType>;
  associatedParties?: Resolver<Array<ResolversTypes['PartyRejection']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['RejectedDocument']>, ParentType, ContextType>;
};

export type RejectionReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectionReason'] = ResolversParentTypes['RejectionReason']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusReason'] = ResolversParentTypes['StatusReason']> = {
  forCustomer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forDeveloper?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  customerUpdated?: SubscriptionResolver<ResolversTypes['Customer'], "customerUpdated", ParentType, ContextType, Partial<SubscriptionCustomerUpdatedArgs>>;
};

export type TaxIdentificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaxIdentification'] = ResolversParentTypes['TaxIdentification']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TermsOfServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TermsOfService'] = ResolversParentTypes['TermsOfService']> = {
  status?: Resolver<Maybe<ResolversTypes['TermsOfServiceStatus']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VerificationProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VerificationProfile'] = ResolversParentTypes['VerificationProfile']> = {
  completed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CriterionError']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  providerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnboardingStatus'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = GraphQLContext> = {
  AssociatedParty?: AssociatedPartyResolvers<ContextType>;
  BusinessCustomer?: BusinessCustomerResolvers<ContextType>;
  Capability?: CapabilityResolvers<ContextType>;
  CriterionError?: CriterionErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  IndividualCustomer?: IndividualCustomerResolvers<ContextType>;
  InformationCategory?: InformationCategoryResolvers<ContextType>;
  InformationField?: InformationFieldResolvers<ContextType>;
  InformationRequest?: InformationRequestResolvers<ContextType>;
  MetadataEntry?: MetadataEntryResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyRejection?: PartyRejectionResolvers<ContextType>;
  PartyVerification?: PartyVerificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedDocument?: RejectedDocumentResolvers<ContextType>;
  Rejection?: RejectionResolvers<ContextType>;
  RejectionReason?: RejectionReasonResolvers<ContextType>;
  StatusReason?: StatusReasonResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TaxIdentification?: TaxIdentificationResolvers<ContextType>;
  TermsOfService?: TermsOfServiceResolvers<ContextType>;
  VerificationProfile?: VerificationProfileResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
