// The GraphQL operations the scenarios send. `errors` of VerificationProfile is aliased so that a
// top-level `"errors"` in a response body always means a GraphQL error (the load generator counts those).

/** `single-small`: one Fin business, ~15 scalars and its associated parties (Mesh's "one Fin customer by id"). */
export const SINGLE_SMALL = /* GraphQL */ `
  query BenchSingleSmall($id: ID!) {
    customer(id: $id) {
      id
      provider
      providerId
      type
      email
      phone
      status
      providerStatus
      statusUpdatedAt
      createdAt
      updatedAt
      verificationType
      sourceOfFunds
      ... on BusinessCustomer {
        legalName
        tradeName
        countryOfIncorporation
        associatedParties {
          id
          ownershipPercent
          email
          verification {
            status
          }
        }
      }
    }
  }
`;

const FULL_FRAGMENTS = /* GraphQL */ `
  fragment BenchReason on StatusReason {
    forCustomer
    forDeveloper
  }
  fragment BenchRfi on InformationRequest {
    scope
    section
    associatedParty {
      id
    }
    categories {
      documentType
      fields {
        name
        dataType
        status
        reason
        options
        side
      }
    }
  }
  fragment BenchRejectionReason on RejectionReason {
    comment
    labels
  }
  fragment BenchRejectedDocument on RejectedDocument {
    uri
    category
    comment
    labels
  }
  fragment BenchPartyRejection on PartyRejection {
    associatedPartyId
    associatedParty {
      id
    }
    applicant {
      ...BenchRejectionReason
    }
    documents {
      ...BenchRejectedDocument
    }
  }
  fragment BenchFullCustomer on Customer {
    id
    provider
    providerId
    type
    email
    phone
    status
    providerStatus
    statusUpdatedAt
    createdAt
    updatedAt
    termsOfService {
      status
      url
    }
    verificationType
    verificationStatus
    verificationProfiles {
      name
      status
      providerStatus
      completed
      pending
      required
      criterionErrors: errors {
        criterion
        detail
      }
    }
    capabilities {
      kind
      currency
      methods
      enabled
      reason {
        ...BenchReason
      }
    }
    requestForInformation {
      ...BenchRfi
    }
    rejection {
      applicant {
        ...BenchRejectionReason
      }
      documents {
        ...BenchRejectedDocument
      }
      associatedParties {
        ...BenchPartyRejection
      }
    }
    sourceOfFunds
    sourceOfFundsDescription
    metadata {
      key
      value
    }
    providerEntityId
    ... on IndividualCustomer {
      firstName
      middleName
      lastName
      dateOfBirth
      countryOfResidence
      nationality
      countryOfBirth
      gender
      occupationCode
      taxIdentification {
        type
        country
        description
      }
    }
    ... on BusinessCustomer {
      legalName
      tradeName
      countryOfIncorporation
      associatedParties {
        id
        type
        ownershipPercent
        email
        verification {
          status
          providerStatus
          reason {
            ...BenchReason
          }
          updatedAt
        }
        requestForInformation {
          ...BenchRfi
        }
        rejection {
          ...BenchPartyRejection
        }
      }
    }
  }
`;

/** `single-full`: every field of the schema for one customer. */
export const SINGLE_FULL = /* GraphQL */ `
  query BenchSingleFull($id: ID!) {
    customer(id: $id) {
      ...BenchFullCustomer
    }
  }
  ${FULL_FRAGMENTS}
`;

/** `nodes-20`: twenty customers across providers, a moderate selection. */
export const NODES = /* GraphQL */ `
  query BenchNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Customer {
        provider
        providerId
        type
        email
        status
        providerStatus
        createdAt
        updatedAt
      }
      ... on IndividualCustomer {
        firstName
        lastName
      }
      ... on BusinessCustomer {
        legalName
      }
    }
  }
`;

/**
 * `list-40-rfi`: a Fin business page asking for what Fin's list rows lack (requests for
 * information, associated parties, status time), so each row's detail is loaded: 41 calls, as Mesh.
 */
export const LIST_RFI = /* GraphQL */ `
  query BenchListRfi($after: String) {
    customers(provider: FIN, type: BUSINESS, first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        providerId
        type
        email
        phone
        status
        providerStatus
        createdAt
        statusUpdatedAt
        requestForInformation {
          scope
          section
          categories {
            documentType
            fields {
              name
              status
            }
          }
        }
        ... on BusinessCustomer {
          legalName
          associatedParties {
            id
            ownershipPercent
            email
            verification {
              status
            }
          }
        }
      }
    }
  }
`;

/**
 * `list-40-detail` (Mesh's "list of 40 Fin customers with nested detail"): every customer field and
 * nested object a Fin list row carries. Mesh's generated schema fetches
 * each row's detail for these (41 calls); the list page primes our loaders, so it costs one.
 * @see https://developer.fin.com/api-reference/customers/list-customers-v2
 */
export const LIST_DETAIL = /* GraphQL */ `
  query BenchListDetail($after: String) {
    customers(provider: FIN, type: BUSINESS, first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          provider
          providerId
          type
          email
          phone
          status
          providerStatus
          createdAt
          updatedAt
          termsOfService {
            status
            url
          }
          ... on BusinessCustomer {
            legalName
            tradeName
            countryOfIncorporation
          }
        }
      }
    }
  }
`;

/** `list-512`: one page of up to 512 Fin individuals, summary fields only. */
export const LIST_512 = /* GraphQL */ `
  query BenchList512 {
    customers(provider: FIN, type: INDIVIDUAL, first: 512) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          providerId
          type
          email
          phone
          status
          providerStatus
          createdAt
          updatedAt
          ... on IndividualCustomer {
            firstName
            lastName
            countryOfResidence
          }
        }
      }
    }
  }
`;

/**
 * `three-hop`, through the gateway: a page of 20 Fin businesses (customers subgraph), their accounts
 * (accounts subgraph), and each account's holder back from the customers subgraph with what Fin's list
 * rows lack (RFIs, associated parties), so each holder's detail loads: 1 + 20 upstream calls uncached.
 */
export const THREE_HOP = /* GraphQL */ `
  query BenchThreeHop($after: String) {
    customers(provider: FIN, type: BUSINESS, first: 20, after: $after) {
      nodes {
        id
        accounts {
          iban
          holder {
            id
            status
            requestForInformation {
              section
            }
            ... on BusinessCustomer {
              legalName
              associatedParties {
                id
                email
              }
            }
          }
        }
      }
    }
  }
`;

/** `typename` (profile only): the cheapest request the server answers, to price the stack under our code. */
export const TYPENAME = '{ __typename }';

/** Start-up only: ids (and the next cursor) of one provider's customers, to build the request pools. */
export const IDS = /* GraphQL */ `
  query BenchIds($provider: Provider!, $type: CustomerType, $first: Int, $after: String) {
    customers(provider: $provider, type: $type, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        providerId
        type
      }
    }
  }
`;
