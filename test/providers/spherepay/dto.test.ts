import { describe, expect, it } from 'vitest';
import { customerListResponse, customerResponse } from '../../../src/providers/spherepay/dto.js';
import { SPHEREPAY_SEED_DOCUMENTS } from '../../../src/simulator/spherepay/index.js';

const base = {
  id: 'customer_0123456789abcdef0123456789abcdef',
  verificationProfiles: [],
  tosStatus: 'incomplete',
  createdAt: '2026-03-09T20:46:31.305Z',
  updatedAt: '2026-03-09T20:46:31.305Z',
  type: 'individual',
};

/** The failing paths of a rejected document, for precise assertions. */
function failingPaths(doc: unknown): string[] {
  const result = customerResponse.safeParse(doc);
  expect(result.success, 'expected the document to be rejected').toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('SpherePay customer DTO', () => {
  it('accepts both documented examples', () => {
    expect(customerResponse.safeParse(SPHEREPAY_SEED_DOCUMENTS.individual).success).toBe(true);
    expect(customerResponse.safeParse(SPHEREPAY_SEED_DOCUMENTS.business).success).toBe(true);
  });

  it('accepts a document with only the required fields', () => {
    expect(customerResponse.parse(base)).toMatchObject(base);
    expect(customerResponse.parse({ ...base, type: 'business' })).toMatchObject({ type: 'business' });
  });

  it.each(['id', 'verificationProfiles', 'tosStatus', 'createdAt', 'updatedAt'])('requires %s', (field) => {
    const doc: Record<string, unknown> = { ...base };
    delete doc[field];
    expect(failingPaths(doc)).toContain(field);
  });

  it('requires a known type', () => {
    expect(customerResponse.safeParse({ ...base, type: undefined }).success).toBe(false);
    expect(customerResponse.safeParse({ ...base, type: 'robot' }).success).toBe(false);
  });

  it('rejects an id that is not a SpherePay customer id', () => {
    expect(failingPaths({ ...base, id: 'cus_123' })).toEqual(['id']);
  });

  it('keeps the enum words it maps open, but word-shaped: tosStatus and profile status', () => {
    expect(customerResponse.safeParse({ ...base, tosStatus: 'accepted' }).success).toBe(true);
    const profiles = [{ name: 'kyc_profile_a', status: 'done' }];
    expect(customerResponse.safeParse({ ...base, verificationProfiles: profiles }).success).toBe(true);
    expect(failingPaths({ ...base, tosStatus: 'not a <word>' })).toEqual(['tosStatus']);
    expect(failingPaths({ ...base, verificationProfiles: [{ name: 'kyc_profile_a', status: '' }] })).toEqual([
      'verificationProfiles.0.status',
    ]);
  });

  it('keeps profile and criterion names open', () => {
    const doc = customerResponse.parse({
      ...base,
      verificationProfiles: [
        {
          name: 'kyc_profile_z',
          status: 'incomplete',
          criteria: {
            complete: ['first_name'],
            pending: [],
            required: ['address_of_residence'],
            errors: [{ name: 'identification_document', detail: 'Blurry' }],
          },
        },
      ],
    });
    expect(doc.verificationProfiles[0]?.criteria?.errors?.[0]?.name).toBe('identification_document');
  });

  it('accepts the older profile layouts: top-level arrays, bare {name, status}, errors with message', () => {
    const doc = customerResponse.parse({
      ...base,
      verificationProfiles: [
        { name: 'kyc_profile_a', status: 'pending', complete: ['email_address'], pending: ['identity_verification'] },
        { name: 'kyc_profile_b', status: 'approved' },
        { name: 'kyc_profile_c', status: 'rejected', errors: [{ name: 'proof_of_address', message: 'Too old' }] },
      ],
    });
    expect(doc.verificationProfiles.map((p) => p.status)).toEqual(['pending', 'approved', 'rejected']);
  });

  it('reads optional fields sent as null as absent, and unknown gender or source of funds as null', () => {
    const doc = customerResponse.parse({
      ...base,
      email: null,
      meta: null,
      personalInformation: { gender: 'unspecified', sourceOfFunds: 'lottery', nationality: null },
    });
    expect(doc.type === 'individual' && doc.personalInformation).toEqual({
      gender: null,
      sourceOfFunds: null,
      nationality: null,
    });
  });

  it('parses the list envelope and requires its pagination object', () => {
    const page = { customers: [base], pagination: { page: 1, limit: 10, total: 1, totalPages: 1, hasNext: false } };
    expect(customerListResponse.parse(page).customers).toHaveLength(1);
    expect(customerListResponse.safeParse({ customers: [base] }).success).toBe(false);
    expect(customerListResponse.safeParse({ unexpected: [1, 2, 3] }).success).toBe(false);
  });
});
