/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Whether a customer is a natural person or a legal entity. */
export type CustomerType =
  | 'BUSINESS'
  | 'INDIVIDUAL';

/** Which side of a document a file field wants. */
export type DocumentSide =
  | 'BACK'
  | 'FRONT';

/** The kind of value a requested field takes. */
export type InformationDataType =
  | 'DATE'
  /** One of `options`. */
  | 'ENUM'
  | 'TEXT'
  /** A file upload or link. */
  | 'URI';

/** Why a field is requested. */
export type InformationFieldStatus =
  | 'EXPIRED'
  | 'INVALID'
  | 'MISSING';

/** Whom an information request is about. */
export type InformationRequestScope =
  | 'ASSOCIATED_PARTY'
  | 'CUSTOMER';

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

/** What kind of party is associated with a business. */
export type PartyType =
  | 'BUSINESS'
  | 'INDIVIDUAL';

/** The onboarding providers this API speaks to. */
export type Provider =
  /** Fin.com (OAuth client credentials, customers on `/v1` and `/v2`). */
  | 'FIN'
  /** OpenFX (signed requests, KYB status). */
  | 'OPENFX'
  /** SpherePay (API key, verification profiles). */
  | 'SPHEREPAY';

/** Whether the customer has accepted the provider's terms of service. */
export type TermsOfServiceStatus =
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  /** Accepted, awaiting the provider's confirmation. */
  | 'PENDING';

export type DeskRequestFragment = { scope: InformationRequestScope, section: string, associatedParty: { id: string, email: string | null } | null, categories: Array<{ documentType: string | null, fields: Array<{ name: string, dataType: InformationDataType, status: InformationFieldStatus, reason: string | null, side: DocumentSide | null }> }> };

export type DeskCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskCustomerQuery = { customer:
    | { countryOfIncorporation: string | null, statusUpdatedAt: string | null, createdAt: string | null, verificationStatus: OnboardingStatus | null, legalName: string | null, tradeName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string, associatedParties: Array<{ id: string, type: PartyType, ownershipPercent: number | null, email: string | null, verification: { status: OnboardingStatus, providerStatus: string, updatedAt: string | null, reason: { forCustomer: string | null, forDeveloper: string | null } | null } | null }>, termsOfService: { status: TermsOfServiceStatus | null } | null, capabilities: Array<{ kind: CapabilityKind, currency: string | null, methods: Array<string>, enabled: boolean, reason: { forCustomer: string | null } | null }>, requestForInformation: Array<{ scope: InformationRequestScope, section: string, associatedParty: { id: string, email: string | null } | null, categories: Array<{ documentType: string | null, fields: Array<{ name: string, dataType: InformationDataType, status: InformationFieldStatus, reason: string | null, side: DocumentSide | null }> }> }>, rejection: { applicant: { comment: string | null, labels: Array<string> } | null, documents: Array<{ category: string | null, comment: string | null, labels: Array<string> }> } | null }
    | { countryOfResidence: string | null, nationality: string | null, statusUpdatedAt: string | null, createdAt: string | null, verificationStatus: OnboardingStatus | null, firstName: string | null, lastName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string, termsOfService: { status: TermsOfServiceStatus | null } | null, capabilities: Array<{ kind: CapabilityKind, currency: string | null, methods: Array<string>, enabled: boolean, reason: { forCustomer: string | null } | null }>, requestForInformation: Array<{ scope: InformationRequestScope, section: string, associatedParty: { id: string, email: string | null } | null, categories: Array<{ documentType: string | null, fields: Array<{ name: string, dataType: InformationDataType, status: InformationFieldStatus, reason: string | null, side: DocumentSide | null }> }> }>, rejection: { applicant: { comment: string | null, labels: Array<string> } | null, documents: Array<{ category: string | null, comment: string | null, labels: Array<string> }> } | null }
   | null };

type DeskRow_BusinessCustomer_Fragment = { legalName: string | null, tradeName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string };

type DeskRow_IndividualCustomer_Fragment = { firstName: string | null, lastName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string };

export type DeskRowFragment =
  | DeskRow_BusinessCustomer_Fragment
  | DeskRow_IndividualCustomer_Fragment
;

export type DeskCustomersQueryVariables = Exact<{
  provider: Provider;
  first: number;
  after?: string | null | undefined;
}>;


export type DeskCustomersQuery = { customers: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { legalName: string | null, tradeName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string }
        | { firstName: string | null, lastName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string }
       }> } };

export type DeskCustomerUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DeskCustomerUpdatedSubscription = { customerUpdated:
    | { legalName: string | null, tradeName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string }
    | { firstName: string | null, lastName: string | null, id: string, provider: Provider, providerId: string, type: CustomerType, status: OnboardingStatus, providerStatus: string, email: string | null, updatedAt: string | null, fetchedAt: string }
   };

export const DeskRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"associatedParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}}]}}]}}]} as unknown as DocumentNode<DeskRequestFragment, unknown>;
export const DeskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndividualCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}}]}}]}}]} as unknown as DocumentNode<DeskRowFragment, unknown>;
export const DeskCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forCustomer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestForInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskRequest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndividualCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryOfResidence"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryOfIncorporation"}},{"kind":"Field","name":{"kind":"Name","value":"associatedParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipPercent"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"forDeveloper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndividualCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"associatedParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}}]}}]}}]} as unknown as DocumentNode<DeskCustomerQuery, DeskCustomerQueryVariables>;
export const DeskCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndividualCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}}]}}]}}]} as unknown as DocumentNode<DeskCustomersQuery, DeskCustomersQueryVariables>;
export const DeskCustomerUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeskCustomerUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fetchedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndividualCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCustomer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"tradeName"}}]}}]}}]} as unknown as DocumentNode<DeskCustomerUpdatedSubscription, DeskCustomerUpdatedSubscriptionVariables>;