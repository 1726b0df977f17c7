import { describe, expect, it } from 'vitest';
import { customerListResponse, customerV1Response, customerV2Response } from '../../src/providers/fin/dto.js';
import { mapCapabilities, mapCustomerSummary, mapCustomerV2 } from '../../src/providers/fin/mapper.js';
import { FIN_STATUSES } from '../../src/providers/fin/status.js';
import { expectedModels } from '../fixtures/expected-models.js';
import { fin } from '../fixtures/index.js';

// Fin.com documents → the unified model, as pure functions over documents parsed by the client's own
// schemas (dto.ts), so every input here is one the client would accept.

const ID = '671536F8-DDC5-4B1E-BD6F-27D0ED07A27C';
const PARTY = 'A1B2C3D4-0000-4000-8000-000000000001';

const v2 = (data: Record<string, unknown>) =>
  customerV2Response.parse({ data: { customer_id: ID, customer_status: 'REVIEWING', ...data } }).data;

describe('mapCustomerV2', () => {
  it('maps an individual detail document, lower-casing the id and keeping capabilities for V1', () => {
    const model = mapCustomerV2(
      v2({
        type: 'INDIVIDUAL',
        first_name: 'Ada',
        last_name: 'Lovelace',
        country_of_residence: 'GBR',
        email: 'ada@example.com',
        verification_type: 'RELIANCE',
        tos_policies_url: 'https://fin.example/tos',
        created_at: '2026-04-15T11:49:27Z',
        last_status_updated_at: '2026-04-16T08:00:00.5Z',
      }),
    );
    expect(model).toMatchObject({
      provider: 'FIN',
      providerId: ID.toLowerCase(),
      detail: 'full',
      type: 'INDIVIDUAL',
      firstName: 'Ada',
      lastName: 'Lovelace',
      countryOfResidence: 'GBR',
      email: 'ada@example.com',
      phone: null,
      status: 'IN_REVIEW',
      providerStatus: 'REVIEWING',
      verificationType: 'RELIANCE',
      // Fin gives the link, not whether the terms were accepted.
      termsOfService: { status: null, url: 'https://fin.example/tos' },
      createdAt: '2026-04-15T11:49:27.000Z',
      statusUpdatedAt: '2026-04-16T08:00:00.500Z',
      capabilities: null,
      requestForInformation: [],
      rejection: null,
    });
  });

  it.each([
    ['QUEUED', 'PROCESSING', 'IN_REVIEW'],
    ['ON_HOLD', 'IN_COMPLIANCE', 'ON_HOLD'],
    ['REINITIATE', 'ACTION_REQUIRED', 'ACTION_REQUIRED'],
    ['ASSOCIATED_PARTIES_REMAINING', 'ASSOCIATED_PARTIES_REMAINING', 'INCOMPLETE'],
    ['APPROVED', 'APPROVED', 'APPROVED'],
  ])('reports V1 status %s in the V2 word %s and as %s', (word, providerStatus, status) => {
    expect(mapCustomerV2(v2({ type: 'INDIVIDUAL', customer_status: word }))).toMatchObject({ providerStatus, status });
  });

  it('maps every status Fin documents, V1 and V2 words alike', () => {
    const mapped = Object.fromEntries(
      FIN_STATUSES.map((word) => [word, mapCustomerV2(v2({ type: 'INDIVIDUAL', customer_status: word })).status]),
    );
    expect(mapped).toEqual({
      INCOMPLETE: 'INCOMPLETE',
      QUEUED: 'IN_REVIEW',
      PROCESSING: 'IN_REVIEW',
      REVIEWING: 'IN_REVIEW',
      APPROVED: 'APPROVED',
      ASSOCIATED_PARTIES_REMAINING: 'INCOMPLETE',
      ON_HOLD: 'ON_HOLD',
      IN_COMPLIANCE: 'ON_HOLD',
      REINITIATE: 'ACTION_REQUIRED',
      ACTION_REQUIRED: 'ACTION_REQUIRED',
      REJECTED: 'REJECTED',
    });
  });

  it('maps a business with its parties, their verification and the requests naming them', () => {
    const model = mapCustomerV2(
      v2({
        type: 'BUSINESS',
        business_name: 'Acme Ltd',
        country_of_incorporation: 'SGP',
        associated_parties: [
          {
            id: PARTY,
            ownership_percent: 40,
            verification: { status: 'INITIATED', reason: { for_customer: 'Upload a passport' } },
          },
        ],
        request_for_information: [
          {
            associated_party_id: PARTY,
            section: 'proof_of_identity',
            categories: [
              {
                document_type: 'PASSPORT',
                fields: [{ field_name: 'expiry_date', data_type: 'DATE', status: 'EXPIRED', reason: '' }],
              },
            ],
          },
          { section: 'company', categories: [] },
        ],
      }),
    );
    expect(model).toMatchObject({
      type: 'BUSINESS',
      legalName: 'Acme Ltd',
      tradeName: null,
      countryOfIncorporation: 'SGP',
    });
    expect(model.type === 'BUSINESS' && model.associatedParties).toEqual([
      {
        id: PARTY.toLowerCase(),
        // Fin omits the party type of individuals.
        type: 'INDIVIDUAL',
        ownershipPercent: 40,
        email: null,
        verification: {
          status: 'INCOMPLETE',
          providerStatus: 'INITIATED',
          reason: { forCustomer: 'Upload a passport', forDeveloper: null },
          updatedAt: null,
        },
      },
    ]);
    expect(model.requestForInformation).toEqual([
      {
        // No scope in the business schema: a named party means ASSOCIATED_PARTY.
        scope: 'ASSOCIATED_PARTY',
        section: 'proof_of_identity',
        associatedPartyId: PARTY.toLowerCase(),
        categories: [
          {
            documentType: 'PASSPORT',
            fields: [
              { name: 'expiry_date', dataType: 'DATE', status: 'EXPIRED', reason: null, options: [], side: null },
            ],
          },
        ],
      },
      { scope: 'CUSTOMER', section: 'company', associatedPartyId: null, categories: [] },
    ]);
  });

  it('maps a structured rejection, and an empty one to null', () => {
    const rejected = mapCustomerV2(
      v2({
        type: 'BUSINESS',
        customer_status: 'REJECTED',
        rejection_reason: {
          applicant: { moderation_comment: '', reject_labels: ['LOW_QUALITY'] },
          documents: [{ category: 'PROOF_OF_IDENTITY', moderation_comment: 'Expired', reject_labels: [] }],
          associated_parties: [{ id: PARTY, applicant: { moderation_comment: 'Sanctioned' } }],
        },
      }),
    );
    expect(rejected.rejection).toEqual({
      applicant: { comment: null, labels: ['LOW_QUALITY'] },
      documents: [{ uri: null, category: 'PROOF_OF_IDENTITY', comment: 'Expired', labels: [] }],
      associatedParties: [
        { associatedPartyId: PARTY.toLowerCase(), applicant: { comment: 'Sanctioned', labels: [] }, documents: [] },
      ],
    });
    expect(mapCustomerV2(v2({ type: 'INDIVIDUAL', rejection_reason: {} })).rejection).toBeNull();
  });
});

describe('mapCustomerSummary', () => {
  it('maps a list row as a summary that lacks the detail-only fields', () => {
    const row = customerListResponse.parse({
      data: {
        pagination: { current_page: 1, per_page: 1, total_page: 1, total: 1 },
        customers: [{ customer_id: ID, customer_status: 'ON_HOLD', type: 'BUSINESS', business_name: 'Acme Ltd' }],
      },
    }).data.customers[0]!;
    expect(mapCustomerSummary(row)).toMatchObject({
      providerId: ID.toLowerCase(),
      detail: 'summary',
      status: 'ON_HOLD',
      providerStatus: 'IN_COMPLIANCE',
      legalName: 'Acme Ltd',
      associatedParties: [],
      verificationType: null,
      statusUpdatedAt: null,
    });
  });
});

describe('mapCapabilities', () => {
  it('lists on-ramp then off-ramp capabilities from the V1 document, with reasons only where given', () => {
    const v1 = customerV1Response.parse({
      data: {
        customer_id: ID,
        capabilities: {
          on_ramp: [{ currency: 'USD', status: true, methods: ['ACH', 'FEDWIRE'] }],
          off_ramp: [
            { currency: 'EUR', status: false, reason: { for_customer: null, for_developer: 'SEPA not enabled' } },
            { currency: 'GBP', status: false, reason: { for_customer: '', for_developer: null } },
          ],
        },
      },
    }).data;
    expect(mapCapabilities(v1)).toEqual([
      { kind: 'ON_RAMP', currency: 'USD', methods: ['ACH', 'FEDWIRE'], enabled: true, reason: null },
      {
        kind: 'OFF_RAMP',
        currency: 'EUR',
        methods: [],
        enabled: false,
        reason: { forCustomer: null, forDeveloper: 'SEPA not enabled' },
      },
      { kind: 'OFF_RAMP', currency: 'GBP', methods: [], enabled: false, reason: null },
    ]);
  });

  it('answers an empty list when the V1 document has no capabilities', () => {
    expect(mapCapabilities(customerV1Response.parse({ data: { customer_id: ID } }).data)).toEqual([]);
  });
});

describe('Fin.com documented examples', () => {
  const fetchedAt = '2026-05-05T00:00:00.000Z';
  const mapSeed = (doc: unknown) => mapCustomerV2(customerV2Response.parse({ data: doc }).data, undefined, fetchedAt);
  it('maps the V2 individual field by field: its passport request and its rejection', () => {
    expect(mapSeed(fin.actionRequiredIndividual.doc)).toEqual(expectedModels.fin.actionRequiredIndividual(fetchedAt));
  });

  it('maps the V2 business with its parties, linking the party its requests and rejection name', () => {
    const model = mapSeed(fin.actionRequiredBusiness.doc);
    const party = fin.actionRequiredBusiness.partyWithRfi.id;
    expect(model).toMatchObject({
      type: 'BUSINESS',
      legalName: 'Fin.com',
      tradeName: null,
      countryOfIncorporation: 'USA',
      status: 'ACTION_REQUIRED',
      statusUpdatedAt: '2026-05-04T12:32:34.47927Z',
      associatedParties: [
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
        },
      ],
    });
    expect(model.requestForInformation.map((r) => [r.scope, r.section, r.associatedPartyId])).toEqual([
      ['ASSOCIATED_PARTY', 'identifying_documents', party],
      ['CUSTOMER', 'formation_documents', null],
      ['CUSTOMER', 'supporting_documents', null],
      ['CUSTOMER', 'ownership_documents', null],
    ]);
    expect(model.rejection?.associatedParties.map((p) => [p.associatedPartyId, p.applicant?.labels])).toEqual([
      [party, ['EXPIRATION_DATE']],
    ]);
  });
});
