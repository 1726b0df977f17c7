import { describe, expect, it } from 'vitest';
import { groupRequestsBySection, humanize } from '../../web/desk/src/logic/rfi.js';
import type { DeskRequestFragment } from '../../web/desk/src/gql/graphql.js';

const field = (name: string, status: 'MISSING' | 'EXPIRED' | 'INVALID', reason: string | null = null) => ({
  name,
  dataType: 'TEXT' as const,
  status,
  reason,
  side: null,
});

describe('groupRequestsBySection', () => {
  it('lists each section once, in first-seen order, with every field and its reason', () => {
    const requests: DeskRequestFragment[] = [
      {
        scope: 'CUSTOMER',
        section: 'proof_of_identity',
        associatedParty: null,
        categories: [
          {
            documentType: 'PASSPORT',
            fields: [field('expiry_date', 'EXPIRED', 'The passport expired on 2025-01-01.'), field('front', 'MISSING')],
          },
        ],
      },
      {
        scope: 'CUSTOMER',
        section: 'tax_information',
        associatedParty: null,
        categories: [{ documentType: null, fields: [field('tax_id', 'INVALID', 'Checksum fails.')] }],
      },
      {
        scope: 'ASSOCIATED_PARTY',
        section: 'proof_of_identity',
        associatedParty: { id: 'party-1', email: 'owner@example.com' },
        categories: [{ documentType: 'ID_CARD', fields: [field('back', 'MISSING')] }],
      },
    ];
    const sections = groupRequestsBySection(requests);
    expect(sections.map((s) => [s.section, s.title])).toEqual([
      ['proof_of_identity', 'Proof of identity'],
      ['tax_information', 'Tax information'],
    ]);
    expect(sections[0]!.fields).toEqual([
      {
        party: null,
        documentType: 'PASSPORT',
        name: 'expiry_date',
        status: 'EXPIRED',
        reason: 'The passport expired on 2025-01-01.',
        side: null,
      },
      { party: null, documentType: 'PASSPORT', name: 'front', status: 'MISSING', reason: null, side: null },
      {
        party: { id: 'party-1', email: 'owner@example.com' },
        documentType: 'ID_CARD',
        name: 'back',
        status: 'MISSING',
        reason: null,
        side: null,
      },
    ]);
    expect(sections[1]!.fields.map((f) => [f.name, f.reason])).toEqual([['tax_id', 'Checksum fails.']]);
  });

  it('gives no sections for no requests', () => {
    expect(groupRequestsBySection([])).toEqual([]);
  });
});

describe('humanize', () => {
  it.each([
    ['proof_of_identity', 'Proof of identity'],
    ['PROOF_OF_ADDRESS', 'Proof of address'],
    ['kyc_profile_a', 'Kyc profile a'],
    ['issueDate', 'Issue date'],
    ['ON_RAMP', 'On ramp'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(humanize(input)).toBe(expected);
  });
});
