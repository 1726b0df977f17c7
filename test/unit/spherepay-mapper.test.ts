import { describe, expect, it } from 'vitest';
import { customerResponse } from '../../src/providers/spherepay/dto.js';
import { mapCustomer } from '../../src/providers/spherepay/mapper.js';
import type { IndividualCustomerModel } from '../../src/model/customer.js';
import { expectedModels } from '../fixtures/expected-models.js';
import { spherepay } from '../fixtures/index.js';

type Profile = { name?: string; status: string; criteria?: Record<string, unknown> } & Record<string, unknown>;

/** Maps a small individual document through the real DTO schema and mapper. */
function map(profiles: Profile[], tosStatus = 'approved', extra: Record<string, unknown> = {}) {
  return mapCustomer(
    customerResponse.parse({
      id: 'customer_0123456789abcdef0123456789abcdef',
      verificationProfiles: profiles.map((p, i) => ({ name: `kyc_profile_${'abc'[i] ?? 'z'}`, ...p })),
      tosStatus,
      createdAt: '2026-01-02T03:04:05Z',
      updatedAt: '2026-01-02T03:04:05.678Z',
      type: 'individual',
      ...extra,
    }),
  );
}

/** A profile with some progress, so it never counts as "not started". */
function profile(status: string, criteria: Partial<Record<'complete' | 'pending' | 'required', string[]>> = {}) {
  return { status, criteria: { complete: ['email_address'], pending: [], required: [], errors: [], ...criteria } };
}

function statusOf(profiles: Profile[], tosStatus = 'approved') {
  const c = map(profiles, tosStatus);
  return [c.status, c.providerStatus];
}

describe('SpherePay customer status derivation', () => {
  it.each([
    ['incomplete', 'INCOMPLETE'],
    ['pending', 'IN_REVIEW'],
    ['approved', 'APPROVED'],
    ['rejected', 'REJECTED'],
    ['resubmission_required', 'ACTION_REQUIRED'],
  ])('maps a single %s profile with ToS approved to %s', (raw, expected) => {
    expect(statusOf([profile(raw)])).toEqual([expected, raw]);
    expect(map([profile(raw)]).verificationProfiles[0]).toMatchObject({ status: expected, providerStatus: raw });
  });

  it.each([
    [['approved', 'rejected'], 'REJECTED', 'rejected'],
    [['rejected', 'resubmission_required'], 'REJECTED', 'rejected'],
    [['approved', 'resubmission_required', 'incomplete'], 'ACTION_REQUIRED', 'resubmission_required'],
    [['pending', 'incomplete'], 'INCOMPLETE', 'incomplete'],
    [['approved', 'pending'], 'IN_REVIEW', 'pending'],
    [['approved', 'approved'], 'APPROVED', 'approved'],
  ])('picks the most urgent of %j: %s', (statuses, expected, raw) => {
    expect(statusOf(statuses.map((s) => profile(s)))).toEqual([expected, raw]);
  });

  describe('not started', () => {
    it('is NOT_STARTED with no profiles and ToS incomplete', () => {
      expect(statusOf([], 'incomplete')).toEqual(['NOT_STARTED', 'no_profiles']);
    });

    it.each(['pending', 'approved'])('is INCOMPLETE with no profiles once ToS is %s', (tos) => {
      expect(statusOf([], tos)).toEqual(['INCOMPLETE', 'no_profiles']);
    });

    it('is NOT_STARTED when every profile is incomplete with nothing complete or pending and ToS incomplete', () => {
      const untouched = { status: 'incomplete', criteria: { complete: [], pending: [], required: ['a'], errors: [] } };
      expect(statusOf([untouched, untouched], 'incomplete')).toEqual(['NOT_STARTED', 'incomplete']);
      // Older bare `{name, status}` profiles carry no criteria: untouched too.
      expect(statusOf([{ status: 'incomplete' }], 'incomplete')).toEqual(['NOT_STARTED', 'incomplete']);
    });

    it('is INCOMPLETE once ToS moved, or any criterion is complete or pending', () => {
      const untouched = { status: 'incomplete', criteria: { complete: [], pending: [], required: ['a'], errors: [] } };
      expect(statusOf([untouched], 'pending')).toEqual(['INCOMPLETE', 'incomplete']);
      expect(statusOf([untouched, profile('incomplete')], 'incomplete')).toEqual(['INCOMPLETE', 'incomplete']);
      expect(statusOf([profile('incomplete', { complete: [], pending: ['x'] })], 'incomplete')).toEqual([
        'INCOMPLETE',
        'incomplete',
      ]);
    });

    it('is not NOT_STARTED when an untouched profile sits next to a rejected one', () => {
      const untouched = { status: 'incomplete', criteria: { complete: [], pending: [], required: ['a'], errors: [] } };
      expect(statusOf([untouched, profile('rejected')], 'incomplete')).toEqual(['REJECTED', 'rejected']);
    });
  });

  describe('terms-of-service gate', () => {
    it.each([
      ['approved', 'incomplete', 'INCOMPLETE', 'tos_incomplete'],
      ['pending', 'incomplete', 'INCOMPLETE', 'tos_incomplete'],
      ['approved', 'pending', 'IN_REVIEW', 'tos_pending'],
      ['pending', 'pending', 'IN_REVIEW', 'pending'],
      ['rejected', 'incomplete', 'REJECTED', 'rejected'],
      ['resubmission_required', 'pending', 'ACTION_REQUIRED', 'resubmission_required'],
      ['incomplete', 'incomplete', 'INCOMPLETE', 'incomplete'],
    ])('a %s profile with ToS %s is %s (%s)', (raw, tos, expected, providerStatus) => {
      expect(statusOf([profile(raw)], tos)).toEqual([expected, providerStatus]);
    });
  });

  it('reports the first profile in document order that holds the winning status', () => {
    const c = map([profile('approved'), profile('rejected'), profile('rejected')]);
    expect(c.providerStatus).toBe('rejected');
    expect(c.verificationProfiles.map((p) => p.name)).toEqual(['kyc_profile_a', 'kyc_profile_b', 'kyc_profile_c']);
  });
});

describe('SpherePay requests for information', () => {
  it('asks for nothing when no profile has required or errored criteria', () => {
    expect(
      map([profile('approved'), profile('pending', { pending: ['identity_document'] })]).requestForInformation,
    ).toEqual([]);
  });

  it('groups value criteria into one category and gives each document its own', () => {
    const c = map([
      {
        name: 'kyb_profile_a',
        status: 'resubmission_required',
        criteria: {
          complete: ['email_address'],
          pending: [],
          required: ['legal_name', 'incorporation_cert_document', 'incorporated_on', 'liveness_check'],
          errors: [
            { name: 'incorporation_cert_document', detail: 'Document is expired' },
            { name: 'relationship_established_at', detail: 'Date is in the future' },
            { name: 'identity_document' },
          ],
        },
      },
      profile('approved'),
    ]);
    const field = (name: string, dataType: string, status: string, reason: string | null = null) => ({
      name,
      dataType,
      status,
      reason,
      options: [],
      side: null,
    });
    expect(c.requestForInformation).toEqual([
      {
        scope: 'CUSTOMER',
        section: 'kyb_profile_a',
        associatedPartyId: null,
        categories: [
          {
            documentType: null,
            fields: [
              field('legal_name', 'TEXT', 'MISSING'),
              field('incorporated_on', 'DATE', 'MISSING'),
              field('relationship_established_at', 'DATE', 'INVALID', 'Date is in the future'),
            ],
          },
          {
            documentType: 'INCORPORATION_CERT_DOCUMENT',
            fields: [field('files', 'URI', 'INVALID', 'Document is expired')],
          },
          { documentType: 'LIVENESS_CHECK', fields: [field('files', 'URI', 'MISSING')] },
          { documentType: 'IDENTITY_DOCUMENT', fields: [field('files', 'URI', 'INVALID')] },
        ],
      },
    ]);
  });

  it('makes one request per profile that owes something, in profile order', () => {
    const c = map([
      {
        name: 'kyb_profile_c',
        status: 'incomplete',
        criteria: { complete: [], pending: [], required: ['is_dao'], errors: [] },
      },
      {
        name: 'ubo_kyc_profile_c',
        status: 'rejected',
        criteria: { complete: [], pending: [], required: [], errors: [{ name: 'title', detail: 'Unknown title' }] },
      },
    ]);
    expect(c.requestForInformation.map((r) => [r.section, r.categories[0]?.fields[0]?.status])).toEqual([
      ['kyb_profile_c', 'MISSING'],
      ['ubo_kyc_profile_c', 'INVALID'],
    ]);
  });

  it('reads the older layout with top-level arrays and errors carrying message', () => {
    const c = map([
      {
        status: 'incomplete',
        complete: ['email_address'],
        required: ['first_name'],
        errors: [{ name: 'proof_of_address_document', message: 'Older than 3 months' }],
      },
    ]);
    expect(c.verificationProfiles[0]).toEqual({
      name: 'kyc_profile_a',
      status: 'INCOMPLETE',
      providerStatus: 'incomplete',
      completed: ['email_address'],
      pending: [],
      required: ['first_name'],
      errors: [{ criterion: 'proof_of_address_document', detail: 'Older than 3 months' }],
    });
    expect(c.requestForInformation[0]?.categories).toEqual([
      { documentType: null, fields: [expect.objectContaining({ name: 'first_name', status: 'MISSING' })] },
      {
        documentType: 'PROOF_OF_ADDRESS_DOCUMENT',
        fields: [expect.objectContaining({ name: 'files', status: 'INVALID', reason: 'Older than 3 months' })],
      },
    ]);
  });
});

describe('SpherePay field mapping', () => {
  it('turns meta into entries: strings as is, null as null, other values as JSON', () => {
    const c = map([], 'approved', { meta: { a: 'x', b: 7, c: null, d: true, e: { nested: [1] } } });
    expect(c.metadata).toEqual([
      { key: 'a', value: 'x' },
      { key: 'b', value: '7' },
      { key: 'c', value: null },
      { key: 'd', value: 'true' },
      { key: 'e', value: '{"nested":[1]}' },
    ]);
    expect(map([]).metadata).toEqual([]);
  });

  it.each([
    ['male', 'MALE'],
    ['female', 'FEMALE'],
    ['other', 'OTHER'],
  ])('maps gender %s to %s', (raw, expected) => {
    expect((map([], 'approved', { personalInformation: { gender: raw } }) as IndividualCustomerModel).gender).toBe(
      expected,
    );
  });

  it.each([
    ['salary', 'SALARY'],
    ['business_income', 'BUSINESS_INCOME'],
    ['investment_returns', 'INVESTMENT_INCOME'],
    ['inheritance', 'INHERITANCE'],
    ['gift', 'GIFT'],
    ['savings', 'SAVINGS'],
    ['other', 'OTHER'],
  ])('maps source of funds %s to %s', (raw, expected) => {
    expect(map([], 'approved', { personalInformation: { sourceOfFunds: raw } }).sourceOfFunds).toBe(expected);
  });

  it.each([
    ['incomplete', 'NOT_ACCEPTED'],
    ['pending', 'PENDING'],
    ['approved', 'ACCEPTED'],
  ])('maps tosStatus %s to terms of service %s', (raw, expected) => {
    expect(map([], raw).termsOfService).toEqual({ status: expected, url: null });
  });

  it('normalises timestamps to milliseconds and drops a malformed date of birth', () => {
    const c = map([], 'approved', { dateOfBirth: '15/01/1990' }) as IndividualCustomerModel;
    expect(c.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(c.updatedAt).toBe('2026-01-02T03:04:05.678Z');
    expect(c.dateOfBirth).toBeNull();
  });

  it('builds tax identification only when some part of it is present', () => {
    const none = map([], 'approved', { personalInformation: { nationality: 'BRA' } }) as IndividualCustomerModel;
    expect(none.taxIdentification).toBeNull();
    const other = map([], 'approved', {
      personalInformation: { taxIdentificationNumberType: 'other', taxIdentificationNumberDescription: 'CPF' },
    }) as IndividualCustomerModel;
    expect(other.taxIdentification).toEqual({ type: 'other', country: null, description: 'CPF' });
  });
});

describe('SpherePay documented examples', () => {
  const fetchedAt = '2026-03-10T00:00:00.000Z';
  const mapSeed = (doc: unknown) => mapCustomer(customerResponse.parse(doc), undefined, fetchedAt);

  it('maps the Individual example field by field', () => {
    expect(mapSeed(spherepay.individual.doc)).toEqual(expectedModels.spherepay.individual(fetchedAt));
  });

  it('maps the Business example field by field', () => {
    expect(mapSeed(spherepay.business.doc)).toEqual(expectedModels.spherepay.business(fetchedAt));
  });
});
