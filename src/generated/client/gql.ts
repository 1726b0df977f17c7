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
    "query CustomerCapabilities($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Customer {\n      provider\n      status\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n          forDeveloper\n        }\n      }\n    }\n  }\n}": typeof types.CustomerCapabilitiesDocument,
    "query CustomerOnboarding($id: ID!) {\n  customer(id: $id) {\n    id\n    provider\n    type\n    status\n    providerStatus\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      associatedParties {\n        id\n        ownershipPercent\n        verification {\n          status\n        }\n      }\n    }\n    requestForInformation {\n      scope\n      section\n      associatedParty {\n        id\n      }\n      categories {\n        documentType\n        fields {\n          name\n          dataType\n          status\n          reason\n        }\n      }\n    }\n  }\n}": typeof types.CustomerOnboardingDocument,
    "query CustomerList($provider: Provider!, $type: CustomerType, $first: Int, $after: String) {\n  customers(provider: $provider, type: $type, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        providerId\n        type\n        status\n      }\n    }\n  }\n}": typeof types.CustomerListDocument,
};
const documents: Documents = {
    "query CustomerCapabilities($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Customer {\n      provider\n      status\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n          forDeveloper\n        }\n      }\n    }\n  }\n}": types.CustomerCapabilitiesDocument,
    "query CustomerOnboarding($id: ID!) {\n  customer(id: $id) {\n    id\n    provider\n    type\n    status\n    providerStatus\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      associatedParties {\n        id\n        ownershipPercent\n        verification {\n          status\n        }\n      }\n    }\n    requestForInformation {\n      scope\n      section\n      associatedParty {\n        id\n      }\n      categories {\n        documentType\n        fields {\n          name\n          dataType\n          status\n          reason\n        }\n      }\n    }\n  }\n}": types.CustomerOnboardingDocument,
    "query CustomerList($provider: Provider!, $type: CustomerType, $first: Int, $after: String) {\n  customers(provider: $provider, type: $type, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        providerId\n        type\n        status\n      }\n    }\n  }\n}": types.CustomerListDocument,
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
export function graphql(source: "query CustomerCapabilities($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Customer {\n      provider\n      status\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n          forDeveloper\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerCapabilities($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Customer {\n      provider\n      status\n      capabilities {\n        kind\n        currency\n        methods\n        enabled\n        reason {\n          forCustomer\n          forDeveloper\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerOnboarding($id: ID!) {\n  customer(id: $id) {\n    id\n    provider\n    type\n    status\n    providerStatus\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      associatedParties {\n        id\n        ownershipPercent\n        verification {\n          status\n        }\n      }\n    }\n    requestForInformation {\n      scope\n      section\n      associatedParty {\n        id\n      }\n      categories {\n        documentType\n        fields {\n          name\n          dataType\n          status\n          reason\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerOnboarding($id: ID!) {\n  customer(id: $id) {\n    id\n    provider\n    type\n    status\n    providerStatus\n    ... on IndividualCustomer {\n      firstName\n      lastName\n    }\n    ... on BusinessCustomer {\n      legalName\n      associatedParties {\n        id\n        ownershipPercent\n        verification {\n          status\n        }\n      }\n    }\n    requestForInformation {\n      scope\n      section\n      associatedParty {\n        id\n      }\n      categories {\n        documentType\n        fields {\n          name\n          dataType\n          status\n          reason\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerList($provider: Provider!, $type: CustomerType, $first: Int, $after: String) {\n  customers(provider: $provider, type: $type, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        providerId\n        type\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query CustomerList($provider: Provider!, $type: CustomerType, $first: Int, $after: String) {\n  customers(provider: $provider, type: $type, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        providerId\n        type\n        status\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;