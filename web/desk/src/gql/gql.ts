/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DeskRequest on InformationRequest {\n    scope\n    section\n    associatedParty {\n      id\n      email\n    }\n    categories {\n      documentType\n      fields {\n        name\n        dataType\n        status\n        reason\n        side\n      }\n    }\n  }\n": typeof types.DeskRequestFragmentDoc,
    "\n  query DeskCustomer($id: ID!) {\n    customer(id: $id) {\n      ...DeskRow\n      statusUpdatedAt\n      createdAt\n      verificationStatus\n      termsOfService {\n        status\n      }\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n        }\n      }\n      requestForInformation {\n        ...DeskRequest\n      }\n      rejection {\n        applicant {\n          comment\n          labels\n        }\n        documents {\n          category\n          comment\n          labels\n        }\n      }\n      ... on IndividualCustomer {\n        countryOfResidence\n        nationality\n      }\n      ... on BusinessCustomer {\n        countryOfIncorporation\n        associatedParties {\n          id\n          type\n          ownershipPercent\n          email\n          verification {\n            status\n            providerStatus\n            reason {\n              forCustomer\n              forDeveloper\n            }\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskCustomerDocument,
    "\n  fragment DeskRow on Customer {\n    id\n    provider\n    providerId\n    type\n    status\n    providerStatus\n    email\n    updatedAt\n    fetchedAt\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      tradeName\n    }\n  }\n": typeof types.DeskRowFragmentDoc,
    "\n  query DeskCustomers($provider: Provider!, $first: Int!, $after: String) {\n    customers(provider: $provider, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeskRow\n        }\n      }\n    }\n  }\n": typeof types.DeskCustomersDocument,
    "\n  subscription DeskCustomerUpdated {\n    customerUpdated {\n      ...DeskRow\n    }\n  }\n": typeof types.DeskCustomerUpdatedDocument,
};
const documents: Documents = {
    "\n  fragment DeskRequest on InformationRequest {\n    scope\n    section\n    associatedParty {\n      id\n      email\n    }\n    categories {\n      documentType\n      fields {\n        name\n        dataType\n        status\n        reason\n        side\n      }\n    }\n  }\n": types.DeskRequestFragmentDoc,
    "\n  query DeskCustomer($id: ID!) {\n    customer(id: $id) {\n      ...DeskRow\n      statusUpdatedAt\n      createdAt\n      verificationStatus\n      termsOfService {\n        status\n      }\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n        }\n      }\n      requestForInformation {\n        ...DeskRequest\n      }\n      rejection {\n        applicant {\n          comment\n          labels\n        }\n        documents {\n          category\n          comment\n          labels\n        }\n      }\n      ... on IndividualCustomer {\n        countryOfResidence\n        nationality\n      }\n      ... on BusinessCustomer {\n        countryOfIncorporation\n        associatedParties {\n          id\n          type\n          ownershipPercent\n          email\n          verification {\n            status\n            providerStatus\n            reason {\n              forCustomer\n              forDeveloper\n            }\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": types.DeskCustomerDocument,
    "\n  fragment DeskRow on Customer {\n    id\n    provider\n    providerId\n    type\n    status\n    providerStatus\n    email\n    updatedAt\n    fetchedAt\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      tradeName\n    }\n  }\n": types.DeskRowFragmentDoc,
    "\n  query DeskCustomers($provider: Provider!, $first: Int!, $after: String) {\n    customers(provider: $provider, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeskRow\n        }\n      }\n    }\n  }\n": types.DeskCustomersDocument,
    "\n  subscription DeskCustomerUpdated {\n    customerUpdated {\n      ...DeskRow\n    }\n  }\n": types.DeskCustomerUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskRequest on InformationRequest {\n    scope\n    section\n    associatedParty {\n      id\n      email\n    }\n    categories {\n      documentType\n      fields {\n        name\n        dataType\n        status\n        reason\n        side\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeskRequest on InformationRequest {\n    scope\n    section\n    associatedParty {\n      id\n      email\n    }\n    categories {\n      documentType\n      fields {\n        name\n        dataType\n        status\n        reason\n        side\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskCustomer($id: ID!) {\n    customer(id: $id) {\n      ...DeskRow\n      statusUpdatedAt\n      createdAt\n      verificationStatus\n      termsOfService {\n        status\n      }\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n        }\n      }\n      requestForInformation {\n        ...DeskRequest\n      }\n      rejection {\n        applicant {\n          comment\n          labels\n        }\n        documents {\n          category\n          comment\n          labels\n        }\n      }\n      ... on IndividualCustomer {\n        countryOfResidence\n        nationality\n      }\n      ... on BusinessCustomer {\n        countryOfIncorporation\n        associatedParties {\n          id\n          type\n          ownershipPercent\n          email\n          verification {\n            status\n            providerStatus\n            reason {\n              forCustomer\n              forDeveloper\n            }\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskCustomer($id: ID!) {\n    customer(id: $id) {\n      ...DeskRow\n      statusUpdatedAt\n      createdAt\n      verificationStatus\n      termsOfService {\n        status\n      }\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n        }\n      }\n      requestForInformation {\n        ...DeskRequest\n      }\n      rejection {\n        applicant {\n          comment\n          labels\n        }\n        documents {\n          category\n          comment\n          labels\n        }\n      }\n      ... on IndividualCustomer {\n        countryOfResidence\n        nationality\n      }\n      ... on BusinessCustomer {\n        countryOfIncorporation\n        associatedParties {\n          id\n          type\n          ownershipPercent\n          email\n          verification {\n            status\n            providerStatus\n            reason {\n              forCustomer\n              forDeveloper\n            }\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskRow on Customer {\n    id\n    provider\n    providerId\n    type\n    status\n    providerStatus\n    email\n    updatedAt\n    fetchedAt\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      tradeName\n    }\n  }\n"): (typeof documents)["\n  fragment DeskRow on Customer {\n    id\n    provider\n    providerId\n    type\n    status\n    providerStatus\n    email\n    updatedAt\n    fetchedAt\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      tradeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskCustomers($provider: Provider!, $first: Int!, $after: String) {\n    customers(provider: $provider, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeskRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskCustomers($provider: Provider!, $first: Int!, $after: String) {\n    customers(provider: $provider, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeskRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskCustomerUpdated {\n    customerUpdated {\n      ...DeskRow\n    }\n  }\n"): (typeof documents)["\n  subscription DeskCustomerUpdated {\n    customerUpdated {\n      ...DeskRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;