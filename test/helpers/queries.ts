// Selections shared by the integration tests: every field the schema offers on a customer.

export const REASON = 'reason { forCustomer forDeveloper }';
export const RFI = `requestForInformation {
  scope section associatedParty { id }
  categories { documentType fields { name dataType status reason options side } }
}`;
export const REJECTION = `rejection {
  applicant { comment labels }
  documents { uri category comment labels }
  associatedParties { associatedPartyId associatedParty { id } applicant { comment labels } documents { uri category comment labels } }
}`;

export const CUSTOMER_FIELDS = `
  __typename id provider providerId type email phone status providerStatus statusUpdatedAt createdAt updatedAt
  termsOfService { status url }
  verificationType verificationStatus
  verificationProfiles { name status providerStatus completed pending required errors { criterion detail } }
  ${RFI}
  ${REJECTION}
  sourceOfFunds sourceOfFundsDescription
  metadata { key value }
  providerEntityId
  ... on IndividualCustomer {
    firstName middleName lastName dateOfBirth countryOfResidence nationality countryOfBirth gender occupationCode
    taxIdentification { type country description }
  }
  ... on BusinessCustomer {
    legalName tradeName countryOfIncorporation
    associatedParties {
      id type ownershipPercent email
      verification { status providerStatus ${REASON} updatedAt }
      requestForInformation { section }
      rejection { associatedPartyId applicant { labels } }
    }
  }
`;

export const CAPABILITIES = `capabilities { kind currency methods enabled ${REASON} }`;
