import type { SpherePayBusinessDocument, SpherePayIndividualDocument } from '../../providers/spherepay/wire.js';

/**
 * The API key the simulator accepts unless told otherwise. SpherePay keys are opaque; older docs
 * show `secret_<32 hex>` (https://docs.spherepay.co/overview/authentication), so the dev key has that shape.
 */
export const SPHEREPAY_DEV_API_KEY = 'secret_0123456789abcdef0123456789abcdef';

/** The id the documented examples use (https://docs.spherepay.co/api-reference/customer/get-id, `id` example). */
export const SPHEREPAY_SEED_INDIVIDUAL_ID = 'customer_f31121c389624d3697cbf3ea8830b7a4';

/**
 * The documented Business example reuses the Individual example's id, and one id cannot name two
 * customers, so the simulator serves the Business example under this second id (still
 * `customer_` + 32 hex, like every SpherePay customer id).
 */
export const SPHEREPAY_SEED_BUSINESS_ID = 'customer_b0000000000000000000000000000001';

/** The `verificationProfiles` example of both documented schemas, verbatim. */
function documentedProfiles(): SpherePayIndividualDocument['verificationProfiles'] {
  return [
    {
      name: 'kyc_profile_a',
      status: 'incomplete',
      criteria: {
        complete: ['email_address', 'phone_number', 'residential_address', 'tax_identification_number'],
        pending: [],
        required: ['identity_document', 'liveness_report_document'],
        errors: [],
      },
    },
  ];
}

/**
 * The documented examples, field for field (https://docs.spherepay.co/api-reference/customer/get-id,
 * `CustomerResponseDto` Individual and Business). `personalInformation` is assembled from the per-field schema
 * examples; `taxIdentificationNumberDescription` has no example and is absent.
 */
export const SPHEREPAY_SEED_DOCUMENTS: {
  readonly individual: SpherePayIndividualDocument;
  readonly business: SpherePayBusinessDocument;
} = {
  individual: {
    id: SPHEREPAY_SEED_INDIVIDUAL_ID,
    email: 'jane.smith@example.com',
    phone: '+14155550123',
    verificationProfiles: documentedProfiles(),
    tosStatus: 'incomplete',
    createdAt: '2026-03-09T20:46:31.305Z',
    updatedAt: '2026-03-09T20:46:31.305Z',
    type: 'individual',
    firstName: 'Jane',
    lastName: 'Smith',
    dateOfBirth: '1990-01-15',
    personalInformation: {
      taxIdentificationNumberType: 'ssn',
      taxIdentificationNumberCountry: 'USA',
      gender: 'male',
      countryOfBirth: 'USA',
      nationality: 'USA',
      middleName: 'James',
      occupationSocCode: '15-1132',
      residencyCountry: 'USA',
      sourceOfFunds: 'salary',
    },
  },
  business: {
    id: SPHEREPAY_SEED_BUSINESS_ID,
    email: 'jane.smith@example.com',
    phone: '+14155550123',
    // The Business schema repeats the Individual's `kyc_profile_a` example; kept verbatim.
    verificationProfiles: documentedProfiles(),
    tosStatus: 'incomplete',
    createdAt: '2026-03-09T20:46:31.305Z',
    updatedAt: '2026-03-09T20:46:31.305Z',
    type: 'business',
    businessLegalName: 'Acme Corporation Inc.',
    businessTradeName: 'Acme Corp',
  },
};
