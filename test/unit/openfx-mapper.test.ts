import { describe, expect, it } from 'vitest';
import type { OnboardingStatus } from '../../src/model/customer.js';
import { openFxCustomer, openFxCustomerList, type OpenFxCustomer } from '../../src/providers/openfx/dto.js';
import {
  deriveOnboardingStatus,
  mapCapabilities,
  mapKybStatus,
  mapOpenFxCustomer,
  mapSourceOfFunds,
} from '../../src/providers/openfx/mapper.js';
import { createOpenFxDataset } from '../../src/simulator/openfx/dataset.js';
import { expectedModels } from '../fixtures/expected-models.js';
import { openfx } from '../fixtures/index.js';

type Status = OpenFxCustomer['status'];
type Kyb = OpenFxCustomer['kybStatus'];

const KYB: readonly Kyb[] = ['not_started', 'pending', 'approved', 'rejected', 'requires_info'];

// The whole status × kybStatus table, written out: one row per lifecycle status, columns in KYB order.
const EXPECTED: Record<Status, readonly OnboardingStatus[]> = {
  draft: ['INCOMPLETE', 'INCOMPLETE', 'INCOMPLETE', 'INCOMPLETE', 'INCOMPLETE'],
  submitted: ['IN_REVIEW', 'IN_REVIEW', 'IN_REVIEW', 'REJECTED', 'ACTION_REQUIRED'],
  under_review: ['IN_REVIEW', 'IN_REVIEW', 'IN_REVIEW', 'REJECTED', 'ACTION_REQUIRED'],
  active: ['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED'],
  rejected: ['REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED'],
  suspended: ['SUSPENDED', 'SUSPENDED', 'SUSPENDED', 'SUSPENDED', 'SUSPENDED'],
  closed: ['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED'],
};
const PAIRS = Object.entries(EXPECTED).flatMap(([status, row]) =>
  KYB.map((kyb, i) => [status as Status, kyb, row[i] as OnboardingStatus] as const),
);

const SEED = openfx.activeBusiness.doc as unknown as OpenFxCustomer;

describe('OpenFX onboarding status', () => {
  it('has a row for all 35 status × kybStatus pairs', () => {
    expect(PAIRS).toHaveLength(35);
  });

  it.each(PAIRS)('maps status %s with kybStatus %s to %s', (status, kybStatus, expected) => {
    expect(deriveOnboardingStatus(status, kybStatus)).toBe(expected);
    const model = mapOpenFxCustomer({ ...SEED, status, kybStatus });
    expect(model.status).toBe(expected);
    expect(model.providerStatus).toBe(status);
  });

  it.each([
    ['not_started', 'NOT_STARTED'],
    ['pending', 'IN_REVIEW'],
    ['approved', 'APPROVED'],
    ['rejected', 'REJECTED'],
    ['requires_info', 'ACTION_REQUIRED'],
  ] as const)('maps kybStatus %s to verificationStatus %s', (kyb, expected) => {
    expect(mapKybStatus(kyb)).toBe(expected);
    expect(mapOpenFxCustomer({ ...SEED, kybStatus: kyb }).verificationStatus).toBe(expected);
  });
});

describe('OpenFX mapper fields', () => {
  it.each([
    ['business_revenue', 'BUSINESS_INCOME'],
    ['venture_capital', 'VENTURE_CAPITAL'],
    ['private_equity', 'PRIVATE_EQUITY'],
    ['personal_savings', 'SAVINGS'],
    ['loans_or_credit', 'LOANS_OR_CREDIT'],
    ['grants', 'GRANTS'],
    ['investment_income', 'INVESTMENT_INCOME'],
    ['other', 'OTHER'],
  ] as const)('maps sourceOfFunds %s to %s', (source, expected) => {
    expect(mapSourceOfFunds(source)).toBe(expected);
  });

  it('maps granted capabilities to enabled capabilities, and none to an empty list', () => {
    expect(mapCapabilities(['fx', 'accounts'])).toEqual([
      { kind: 'FX', currency: null, methods: [], enabled: true, reason: null },
      { kind: 'ACCOUNTS', currency: null, methods: [], enabled: true, reason: null },
    ]);
    expect(mapCapabilities(undefined)).toEqual([]);
    expect(mapCapabilities(null)).toEqual([]);
    expect(mapCapabilities([])).toEqual([]);
  });

  it('keeps metadata entries in order with null values', () => {
    const model = mapOpenFxCustomer({ ...SEED, metadata: { crm_id: 'crm_1', note: null, tier: 'gold' } });
    expect(model.metadata).toEqual([
      { key: 'crm_id', value: 'crm_1' },
      { key: 'note', value: null },
      { key: 'tier', value: 'gold' },
    ]);
  });

  it('maps an individual with identity fields left null and a normalised timestamp', () => {
    const model = mapOpenFxCustomer({
      ...SEED,
      type: 'individual',
      sourceOfFunds: 'other',
      sourceOfFundsDescription: 'Royalties.',
      createdAt: '2025-01-02T03:04:05.6Z',
    });
    expect(model).toMatchObject({
      type: 'INDIVIDUAL',
      firstName: null,
      middleName: null,
      lastName: null,
      dateOfBirth: null,
      countryOfResidence: null,
      nationality: null,
      taxIdentification: null,
      sourceOfFunds: 'OTHER',
      sourceOfFundsDescription: 'Royalties.',
      createdAt: '2025-01-02T03:04:05.600Z',
    });
    expect(model).not.toHaveProperty('associatedParties');
  });
});

describe('OpenFX customer DTO', () => {
  const base = { ...openfx.activeBusiness.doc } as Record<string, unknown>;
  const without = (key: string) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));

  it('accepts every simulated customer and maps each one', () => {
    const dataset = createOpenFxDataset(1);
    const parsed = openFxCustomerList.safeParse({
      items: dataset.customers,
      pagination: { hasMore: false, nextCursor: null },
    });
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    for (const doc of parsed.data?.items ?? []) expect(mapOpenFxCustomer(doc).providerId).toBe(doc.id);
  });

  it.each(['id', 'entityId', 'type', 'status', 'kybStatus', 'createdAt', 'updatedAt'])(
    'refuses a customer without %s',
    (key) => {
      expect(openFxCustomer.safeParse(without(key)).success).toBe(false);
    },
  );

  it.each([
    ['type', 'partnership'],
    ['status', 'pending\n<b>'],
    ['kybStatus', ''],
    ['capabilities', ['accounts', 'x'.repeat(65)]],
    ['id', 'ent_01953e1a5f4b7100'],
    ['entityId', 'cus_01953e1a5f4b7000'],
    ['createdAt', 'yesterday'],
  ])('refuses %s = %j', (key, value) => {
    expect(openFxCustomer.safeParse({ ...base, [key]: value }).success).toBe(false);
  });

  it('keeps undocumented enum words: status in providerStatus, the rest mapped best-effort and reported', () => {
    const reported: [string, string][] = [];
    const parsed = openFxCustomer.parse({
      ...base,
      status: 'pending',
      kybStatus: 'in_progress',
      capabilities: ['accounts', 'cards'],
      sourceOfFunds: 'lottery',
    });
    const model = mapOpenFxCustomer(parsed, (field, value) => reported.push([field, value]));
    expect(model.providerStatus).toBe('pending');
    expect(model.status).toBe('IN_REVIEW');
    expect(model.verificationStatus).toBe('IN_REVIEW');
    expect(model.capabilities?.map((c) => c.kind)).toEqual(['ACCOUNTS']);
    expect(model.sourceOfFunds).toBe('OTHER');
    expect(reported).toEqual([
      ['status', 'pending'],
      ['kybStatus', 'in_progress'],
      ['capabilities', 'cards'],
      ['sourceOfFunds', 'lottery'],
    ]);
  });

  it('treats null optional fields as absent and drops unknown fields', () => {
    const parsed = openFxCustomer.parse({ ...base, capabilities: null, metadata: null, sourceOfFunds: null, extra: 1 });
    expect(parsed).not.toHaveProperty('extra');
    const model = mapOpenFxCustomer(parsed);
    expect(model.capabilities).toEqual([]);
    expect(model.metadata).toEqual([]);
    expect(model.sourceOfFunds).toBeNull();
  });
});

describe('OpenFX documented example', () => {
  it('maps field by field', () => {
    const fetchedAt = '2026-02-24T00:00:00.000Z';
    expect(mapOpenFxCustomer(openFxCustomer.parse(openfx.activeBusiness.doc), undefined, fetchedAt)).toEqual(
      expectedModels.openfx.activeBusiness(fetchedAt),
    );
  });
});
