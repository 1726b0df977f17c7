import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/model/global-id.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from '../helpers/queries.js';
import { fin } from '../fixtures/index.js';

// Every example of the Fin.com documents, read through the graph, compared field by field with the
// values the documents show.
// See https://developer.fin.com/api-reference/customers/get-customer-details
// See https://developer.fin.com/api-reference/customers/get-customer-details-v2
// See https://developer.fin.com/api-reference/customers/list-customers-v2

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function customer(id: string, extra = ''): Promise<Json> {
  const data = await h.data<{ customer: Json }>(
    `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} ${extra} } }`,
    {
      id,
    },
  );
  return data.customer;
}

describe('Fin.com V2 business example (671536f8…)', () => {
  const id = fin.actionRequiredBusiness.id;

  it('maps the customer fields', async () => {
    const c = await customer(id);
    expect(c).toMatchObject({
      __typename: 'BusinessCustomer',
      id: toGlobalId({ provider: 'FIN', providerId: id }),
      provider: 'FIN',
      providerId: id,
      type: 'BUSINESS',
      legalName: 'Fin.com',
      tradeName: null,
      email: 'contact@fin.com',
      phone: '+14155552671',
      countryOfIncorporation: 'USA',
      verificationType: 'STANDARD',
      status: 'ACTION_REQUIRED',
      providerStatus: 'ACTION_REQUIRED',
      termsOfService: {
        status: null,
        url: 'https://orchestration.fin.com/orchestration-customer-tos?customer_id=671536f8-ddc5-4b1e-bd6f-27d0ed07a27c&tos_policies_value=4e0e505a-36f0-4c9e-8eb1-3916410f227c',
      },
      createdAt: '2026-05-04T12:11:27.000Z',
      updatedAt: '2026-05-04T12:34:03.000Z',
      statusUpdatedAt: '2026-05-04T12:32:34.47927Z',
      verificationStatus: null,
      verificationProfiles: [],
      metadata: [],
      sourceOfFunds: null,
      providerEntityId: null,
    });
  });

  it('maps the associated parties with their own requests and rejections', async () => {
    const c = await customer(id);
    expect(c.associatedParties).toEqual([
      {
        id: '2e719a54-cdef-43f9-a5ac-f6ef679ea1dc',
        type: 'INDIVIDUAL',
        ownershipPercent: 60,
        email: 'jane.smith@acmecorp.com',
        verification: {
          status: 'REJECTED',
          providerStatus: 'REJECTED',
          reason: null,
          updatedAt: '2026-05-04T12:36:42.000Z',
        },
        requestForInformation: [{ section: 'identifying_documents' }],
        rejection: {
          associatedPartyId: '2e719a54-cdef-43f9-a5ac-f6ef679ea1dc',
          applicant: { labels: ['EXPIRATION_DATE'] },
        },
      },
      {
        id: '4ef045ea-c7a7-46dc-84a0-9a3d83186971',
        type: 'INDIVIDUAL',
        ownershipPercent: 40,
        email: 'robert.chen@acmecorp.com',
        verification: {
          status: 'APPROVED',
          providerStatus: 'APPROVED',
          reason: null,
          updatedAt: '2026-05-04T12:29:47.000Z',
        },
        requestForInformation: [],
        rejection: null,
      },
    ]);
  });

  it('maps the requests for information, linking the party they name', async () => {
    const c = await customer(id);
    const typeField = (status = 'INVALID') => ({
      name: 'type',
      dataType: 'ENUM',
      status,
      reason: null,
      options: [],
      side: null,
    });
    const files = (reason: string) => ({
      name: 'files',
      dataType: 'URI',
      status: 'INVALID',
      reason,
      options: [],
      side: null,
    });
    expect(c.requestForInformation).toEqual([
      {
        scope: 'ASSOCIATED_PARTY',
        section: 'identifying_documents',
        associatedParty: { id: '2e719a54-cdef-43f9-a5ac-f6ef679ea1dc' },
        categories: [
          {
            documentType: 'PASSPORT',
            fields: [
              typeField(),
              { name: 'expiry_date', dataType: 'DATE', status: 'INVALID', reason: null, options: [], side: null },
              { name: 'issue_date', dataType: 'DATE', status: 'INVALID', reason: null, options: [], side: null },
              files('User identity document is not valid for at least 2 month(s) from the date of submission.'),
            ],
          },
        ],
      },
      {
        scope: 'CUSTOMER',
        section: 'formation_documents',
        associatedParty: null,
        categories: [
          {
            documentType: 'EVIDENCE_OF_DIRECTORS_AND_CONTROLLERS',
            fields: [typeField(), files('Unacceptable document.')],
          },
        ],
      },
      {
        scope: 'CUSTOMER',
        section: 'supporting_documents',
        associatedParty: null,
        categories: [
          { documentType: 'PROOF_OF_SOURCE_OF_FUNDS', fields: [typeField(), files('Unacceptable document.')] },
        ],
      },
      {
        scope: 'CUSTOMER',
        section: 'ownership_documents',
        associatedParty: null,
        categories: [
          {
            documentType: 'PROOF_OF_SIGNATORY_AUTHORITY',
            fields: [typeField(), files('Document appears to be corrupted')],
          },
        ],
      },
    ]);
  });

  it('maps the rejection: applicant, documents and the per-party part', async () => {
    const c = await customer(id);
    const doc = (category: string, comment: string, label: string) => ({
      uri: '/ZuyUaH3a_testdoc1.png',
      category,
      comment,
      labels: [label],
    });
    expect(c.rejection).toEqual({
      applicant: { comment: null, labels: ['LOW_QUALITY', 'UNFILLED_ID', 'DOCUMENT_TEMPLATE', 'NOT_DOCUMENT'] },
      documents: [
        doc(
          'SUPPORTING_DOCUMENTS',
          'This document is not accepted.\n - The document should be of good quality.',
          'LOW_QUALITY',
        ),
        doc('OWNERSHIP_DOCUMENTS', 'This document is not accepted.\n - The document is not authentic', 'UNFILLED_ID'),
        doc(
          'OWNERSHIP_DOCUMENTS',
          'This document is not accepted.\n - The uploaded file appears to be a document template.',
          'DOCUMENT_TEMPLATE',
        ),
        doc('SUPPORTING_DOCUMENTS', 'This document is not accepted.\n - The file is not a document', 'NOT_DOCUMENT'),
      ],
      associatedParties: [
        {
          associatedPartyId: '2e719a54-cdef-43f9-a5ac-f6ef679ea1dc',
          associatedParty: { id: '2e719a54-cdef-43f9-a5ac-f6ef679ea1dc' },
          applicant: { comment: null, labels: ['EXPIRATION_DATE'] },
          documents: [
            {
              uri: '/OUkUie0z_approved_passport_sumsub.jpg',
              category: 'PROOF_OF_IDENTITY',
              comment: 'Your identity document must be valid for at least 2 month(s) from the date of submission.',
              labels: ['EXPIRATION_DATE'],
            },
          ],
        },
      ],
    });
  });
});

describe('Fin.com V2 individual example (1f45e58d…)', () => {
  it('maps every field, the passport request and the rejection', async () => {
    const c = await customer(fin.actionRequiredIndividual.id);
    expect(c).toMatchObject({
      __typename: 'IndividualCustomer',
      type: 'INDIVIDUAL',
      firstName: 'John',
      lastName: 'Doe',
      middleName: null,
      dateOfBirth: null,
      email: 'atkeyafahmida290@gmail.com',
      phone: '+8801748386269',
      countryOfResidence: 'BGD',
      verificationType: 'STANDARD',
      status: 'ACTION_REQUIRED',
      providerStatus: 'ACTION_REQUIRED',
      createdAt: '2026-05-04T12:40:03.000Z',
      updatedAt: '2026-05-04T12:47:50.000Z',
      statusUpdatedAt: '2026-05-04T12:44:42.707598Z',
      rejection: {
        applicant: { comment: null, labels: ['EXPIRATION_DATE', 'PROBLEMATIC_APPLICANT_DATA'] },
        documents: [
          {
            uri: '/SuElNZpi_approved_passport_sumsub.jpg',
            category: 'PROOF_OF_IDENTITY',
            comment:
              "Your identity document has expired and can't be used for verification. Please upload a different identity document.",
            labels: ['EXPIRATION_DATE'],
          },
        ],
        associatedParties: [],
      },
    });
    expect(c.requestForInformation).toHaveLength(1);
    expect(c.requestForInformation[0]).toMatchObject({
      scope: 'CUSTOMER',
      section: 'proof_of_identity',
      associatedParty: null,
      categories: [{ documentType: 'PASSPORT' }],
    });
    expect(c.requestForInformation[0].categories[0].fields.map((f: Json) => [f.name, f.dataType, f.status])).toEqual([
      ['type', 'ENUM', 'INVALID'],
      ['expiry_date', 'DATE', 'INVALID'],
      ['issue_date', 'DATE', 'INVALID'],
      ['files', 'URI', 'INVALID'],
    ]);
    expect(c.requestForInformation[0].categories[0].fields[3].reason).toBe(
      'Expired Identity document. A new document has been requested.',
    );
  });
});

describe('Fin.com V1 individual example (56c41b8e…)', () => {
  it('translates the V1 status and maps every capability from V1', async () => {
    const c = await customer(fin.onHoldIndividual.id, CAPABILITIES);
    expect(c).toMatchObject({
      firstName: 'John',
      lastName: 'Doe',
      email: 'john.doe@fin.com',
      phone: '+14724480512',
      countryOfResidence: 'USA',
      status: 'ON_HOLD',
      providerStatus: 'IN_COMPLIANCE',
      createdAt: '2026-04-15T11:49:27.000Z',
      updatedAt: '2026-04-15T11:52:48.000Z',
      statusUpdatedAt: '2026-04-15T11:52:48.000Z',
      requestForInformation: [],
      rejection: null,
    });
    const review = { forCustomer: null, forDeveloper: 'Customer is under review' };
    expect(c.capabilities[0]).toEqual({
      kind: 'ON_RAMP',
      currency: 'USD',
      methods: ['ACH', 'FEDWIRE'],
      enabled: false,
      reason: null,
    });
    expect(c.capabilities[1]).toEqual({
      kind: 'OFF_RAMP',
      currency: 'USD',
      methods: ['ACH', 'FEDWIRE', 'ACH_SAME_DAY'],
      enabled: false,
      reason: review,
    });
    expect(c.capabilities.slice(2).map((x: Json) => [x.currency, x.methods.join('+'), x.enabled, x.reason])).toEqual(
      ['EUR', 'BDT', 'AUD', 'INR', 'JPY', 'NPR', 'CAD', 'PKR', 'PHP', 'SGD', 'GBP'].map((cur) => [
        cur,
        cur === 'BDT' ? 'BANK+E_WALLET' : 'BANK',
        false,
        review,
      ]),
    );
  });
});

describe('Fin.com V1 business example (94e6b847…)', () => {
  it('maps the business, its party and its enabled off-ramps', async () => {
    const c = await customer(fin.approvedBusiness.id, CAPABILITIES);
    expect(c).toMatchObject({
      legalName: 'Fin.com',
      email: 'contact@fin.com',
      phone: '+6591234567',
      countryOfIncorporation: 'SGP',
      status: 'APPROVED',
      providerStatus: 'APPROVED',
      associatedParties: [
        {
          id: '42daffd3-09a0-4d48-8e73-2680a953d0e1',
          type: 'INDIVIDUAL',
          ownershipPercent: 10,
          email: 'john.doe@fin.com',
          verification: { status: 'APPROVED', reason: null, updatedAt: '2026-04-15T11:29:08.000Z' },
        },
      ],
    });
    expect(c.capabilities).toHaveLength(13);
    expect(c.capabilities[1]).toMatchObject({
      kind: 'OFF_RAMP',
      currency: 'USD',
      enabled: false,
      reason: { forDeveloper: 'Unsupported at the moment' },
    });
    expect(c.capabilities.slice(2).every((x: Json) => x.enabled && x.reason === null)).toBe(true);
  });
});

describe('Fin.com list example (ed54db74…)', () => {
  it('maps the business listed in the docs', async () => {
    const c = await customer(fin.inComplianceBusiness.id);
    expect(c).toMatchObject({
      legalName: 'Fin.com',
      email: 'm@tech.com',
      phone: '+8801529876543',
      countryOfIncorporation: 'BGD',
      status: 'ON_HOLD',
      providerStatus: 'IN_COMPLIANCE',
      createdAt: '2026-04-13T11:38:57.000Z',
      updatedAt: '2026-04-13T11:40:51.000Z',
      associatedParties: [
        {
          id: 'f6b13e01-044a-4f74-a70b-d5f66b6449af',
          ownershipPercent: 60,
          email: 'fatima.rahman22@acmecorp.com.bd',
          verification: { status: 'APPROVED', updatedAt: '2026-04-13T11:40:49.000Z' },
        },
      ],
    });
  });
});
