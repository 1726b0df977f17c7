/** The operation Apollo Sandbox opens with on `npm start`: a seed customer from the Fin.com docs. */
export const EXAMPLE_QUERY = `# A customer at any provider, in one vocabulary. Try the other ids in the README too.
query CustomerOnboarding($id: ID!) {
  customer(id: $id) {
    id
    provider
    providerId
    type
    status
    providerStatus
    email
    ... on BusinessCustomer {
      legalName
      countryOfIncorporation
      associatedParties {
        id
        ownershipPercent
        verification { status reason { forCustomer forDeveloper } }
        requestForInformation { section }
      }
    }
    ... on IndividualCustomer {
      firstName
      lastName
      countryOfResidence
    }
    requestForInformation {
      scope
      section
      associatedParty { id email }
      categories {
        documentType
        fields { name dataType status reason options }
      }
    }
    rejection {
      applicant { comment labels }
      documents { category comment labels }
    }
  }
}
`;

export const EXAMPLE_VARIABLES = { id: '671536f8-ddc5-4b1e-bd6f-27d0ed07a27c' };
