import { expect } from 'vitest';
import type { Json } from './helpers.js';

/**
 * Asserts that a set of served V1 and V2 detail documents covers every documented value.
 * Shared by the HTTP test of the default dataset and the in-process check of other seeds.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function expectFullCoverage(v1Docs: readonly Json[], v2Docs: readonly Json[]): void {
  const of = (docs: readonly Json[], type: string) => docs.filter((d) => d.type === type);
  const set = <T>(values: Iterable<T>) => new Set<T>(values);

  // customer_status, both vocabularies, both types.
  const v2Individual = set(of(v2Docs, 'INDIVIDUAL').map((d) => d.customer_status));
  const v2Business = set(of(v2Docs, 'BUSINESS').map((d) => d.customer_status));
  for (const s of [
    'INCOMPLETE',
    'PROCESSING',
    'REVIEWING',
    'APPROVED',
    'IN_COMPLIANCE',
    'ACTION_REQUIRED',
    'REJECTED',
  ]) {
    expect(v2Individual, `V2 individual ${s}`).toContain(s);
    expect(v2Business, `V2 business ${s}`).toContain(s);
  }
  expect(v2Business).toContain('ASSOCIATED_PARTIES_REMAINING');
  for (const s of ['QUEUED', 'ON_HOLD', 'REINITIATE']) {
    expect(v2Individual, `V1-created individual ${s} on V2`).toContain(s);
    expect(v2Business, `V1-created business ${s} on V2`).toContain(s);
  }
  const v1Individual = set(of(v1Docs, 'INDIVIDUAL').map((d) => d.customer_status));
  const v1Business = set(of(v1Docs, 'BUSINESS').map((d) => d.customer_status));
  for (const s of ['INCOMPLETE', 'QUEUED', 'REVIEWING', 'APPROVED', 'ON_HOLD', 'REINITIATE', 'REJECTED']) {
    expect(v1Individual, `V1 individual ${s}`).toContain(s);
    expect(v1Business, `V1 business ${s}`).toContain(s);
  }
  expect(v1Business).toContain('ASSOCIATED_PARTIES_REMAINING');
  expect(v1Individual).not.toContain('ASSOCIATED_PARTIES_REMAINING');
  expect(v2Individual).not.toContain('ASSOCIATED_PARTIES_REMAINING');

  expect(set(v2Docs.map((d) => d.verification_type))).toEqual(set(['STANDARD', 'RELIANCE']));

  // Associated parties.
  const businesses = of(v2Docs, 'BUSINESS');
  const parties = businesses.flatMap((b) => b.associated_parties);
  for (const b of businesses) {
    expect(b.associated_parties.length, b.customer_id).toBeGreaterThanOrEqual(1);
    expect(b.associated_parties.length, b.customer_id).toBeLessThanOrEqual(4);
    const total = b.associated_parties.reduce((sum: number, p: Json) => sum + p.ownership_percent, 0);
    expect(total, b.customer_id).toBeLessThanOrEqual(100.0001);
  }
  expect(set(businesses.map((b) => b.associated_parties.length))).toEqual(set([1, 2, 3, 4]));
  expect(set(parties.map((p) => p.verification.status))).toEqual(
    set(['INITIATED', 'REVIEWING', 'APPROVED', 'REJECTED']),
  );
  expect(
    parties.some((p) => p.verification.reason.for_customer === null && p.verification.reason.for_developer === null),
  ).toBe(true);
  expect(parties.some((p) => typeof p.verification.reason.for_customer === 'string')).toBe(true);
  expect(parties.some((p) => typeof p.verification.reason.for_developer === 'string')).toBe(true);
  for (const p of parties) expect(typeof p.ownership_percent).toBe('number');

  // RFIs (V2 vocabulary).
  const withRfi = v2Docs.filter((d) => d.request_for_information.length > 0);
  for (const d of v2Docs.filter((x) => ['ACTION_REQUIRED', 'REINITIATE'].includes(x.customer_status))) {
    expect(d.request_for_information.length, d.customer_id).toBeGreaterThan(0);
  }
  for (const type of ['INDIVIDUAL', 'BUSINESS']) {
    expect(
      withRfi.some((d) => d.type === type && d.customer_status === 'APPROVED'),
      `APPROVED ${type} with RFI`,
    ).toBe(true);
  }
  const sections = (type: string, scope: string) =>
    set(
      of(withRfi, type).flatMap((d) =>
        d.request_for_information.filter((i: Json) => i.scope === scope).map((i: Json) => i.section),
      ),
    );
  expect(sections('INDIVIDUAL', 'CUSTOMER')).toEqual(
    set(['proof_of_identity', 'proof_of_address', 'tos_policies_value']),
  );
  expect(sections('BUSINESS', 'CUSTOMER')).toEqual(
    set(['formation_documents', 'ownership_documents', 'supporting_documents']),
  );
  expect(sections('BUSINESS', 'ASSOCIATED_PARTY')).toEqual(
    set(['identifying_documents', 'tax_info', 'address_documents']),
  );
  for (const d of of(withRfi, 'BUSINESS')) {
    const partyIds = d.associated_parties.map((p: Json) => p.id);
    for (const item of d.request_for_information.filter((i: Json) => i.scope === 'ASSOCIATED_PARTY')) {
      expect(partyIds, d.customer_id).toContain(item.associated_party_id);
    }
  }
  const fields = withRfi.flatMap((d) =>
    d.request_for_information.flatMap((i: Json) => i.categories.flatMap((c: Json) => c.fields)),
  );
  expect(set(fields.map((f) => f.data_type))).toEqual(set(['URI', 'DATE', 'TEXT', 'ENUM']));
  expect(set(fields.map((f) => f.status))).toEqual(set(['MISSING', 'EXPIRED', 'INVALID']));
  for (const f of fields.filter((x) => x.status === 'MISSING')) expect(f.reason).toBeNull();
  for (const f of fields.filter((x) => x.status === 'EXPIRED')) expect(typeof f.reason).toBe('string');
  expect(fields.some((f) => f.status === 'INVALID' && typeof f.reason === 'string')).toBe(true);
  expect(set(fields.filter((f) => f.side).map((f) => f.side))).toEqual(set(['FRONT', 'BACK']));
  for (const f of fields.filter((x) => x.side)) expect(f.data_type).toBe('URI');
  expect(fields.some((f) => f.data_type === 'ENUM' && f.options.length > 0)).toBe(true);
  expect(fields.some((f) => f.data_type === 'ENUM' && f.options.length === 0)).toBe(true);

  // Rejection reasons (V2).
  const rejected = v2Docs.filter((d) => ['REJECTED', 'ACTION_REQUIRED', 'REINITIATE'].includes(d.customer_status));
  for (const d of rejected) expect(d.rejection_reason, d.customer_id).not.toBeNull();
  for (const d of v2Docs.filter((x) => !rejected.includes(x))) expect(d.rejection_reason, d.customer_id).toBeNull();
  const reasons = rejected.map((d) => d.rejection_reason);
  const allDocs = reasons.flatMap((r) => [
    ...r.documents,
    ...(r.associated_parties ?? []).flatMap((p: Json) => p.documents),
  ]);
  const labels = set([
    ...reasons.flatMap((r) => r.applicant?.reject_labels ?? []),
    ...allDocs.flatMap((doc: Json) => doc.reject_labels),
  ]);
  for (const l of [
    'LOW_QUALITY',
    'UNFILLED_ID',
    'DOCUMENT_TEMPLATE',
    'NOT_DOCUMENT',
    'EXPIRATION_DATE',
    'PROBLEMATIC_APPLICANT_DATA',
    'DOCUMENT_MISSING',
  ]) {
    expect(labels, l).toContain(l);
  }
  expect(set(allDocs.map((doc: Json) => doc.category))).toEqual(
    set(['SUPPORTING_DOCUMENTS', 'OWNERSHIP_DOCUMENTS', 'PROOF_OF_IDENTITY']),
  );
  expect(reasons.some((r) => r.applicant === null)).toBe(true);
  for (const d of rejected.filter((x) => x.type === 'BUSINESS')) {
    const rejectedParties = d.associated_parties
      .filter((p: Json) => p.verification.status === 'REJECTED')
      .map((p: Json) => p.id);
    expect(d.rejection_reason.associated_parties.map((p: Json) => p.id).sort(), d.customer_id).toEqual(
      rejectedParties.sort(),
    );
  }
  for (const d of rejected.filter((x) => x.type === 'INDIVIDUAL'))
    expect(d.rejection_reason).not.toHaveProperty('associated_parties');
  expect(rejected.some((d) => d.type === 'BUSINESS' && d.rejection_reason.associated_parties.length > 0)).toBe(true);

  // Capabilities (V1 only).
  const caps = v1Docs.flatMap((d) => [...d.capabilities.on_ramp, ...d.capabilities.off_ramp]);
  expect(set(v1Docs.flatMap((d) => d.capabilities.off_ramp.map((c: Json) => c.currency)))).toEqual(
    set(['USD', 'EUR', 'BDT', 'AUD', 'INR', 'JPY', 'NPR', 'CAD', 'PKR', 'PHP', 'SGD', 'GBP']),
  );
  expect(set(caps.flatMap((c) => c.methods))).toEqual(set(['ACH', 'FEDWIRE', 'ACH_SAME_DAY', 'BANK', 'E_WALLET']));
  expect(set(caps.map((c) => c.status))).toEqual(set([true, false]));
  expect(caps.some((c) => !c.status && typeof c.reason.for_developer === 'string')).toBe(true);
  expect(caps.some((c) => typeof c.reason.for_customer === 'string')).toBe(true);

  // Formats.
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
  const stamps = v2Docs.flatMap((d) => [d.created_at, d.updated_at, d.last_status_updated_at]);
  for (const s of [...stamps, ...parties.map((p) => p.verification.updated_at)]) expect(s).toMatch(RFC3339);
  const fractionLengths = set(stamps.map((s) => (/\.(\d+)Z$/.exec(s)?.[1] ?? '').length));
  expect(fractionLengths).toContain(0);
  expect([...fractionLengths].filter((n) => n >= 1 && n <= 6).length).toBeGreaterThan(1);
  expect([...fractionLengths].some((n) => n > 6)).toBe(true);
  for (const d of v2Docs) {
    expect(Date.parse(d.created_at), d.customer_id).toBeLessThanOrEqual(Date.parse(d.last_status_updated_at));
    expect(Date.parse(d.last_status_updated_at), d.customer_id).toBeLessThanOrEqual(Date.parse(d.updated_at));
    expect(d.phone).toMatch(/^\+[1-9]\d{7,14}$/);
    expect(d.country_of_residence ?? d.country_of_incorporation).toMatch(/^[A-Z]{3}$/);
    expect(d.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z.]+$/);
    expect(d.tos_policies_url).toMatch(
      new RegExp(
        `^https://orchestration\\.fin\\.com/orchestration-customer-tos\\?customer_id=${d.customer_id}&tos_policies_value=[0-9a-f-]{36}$`,
      ),
    );
  }
}
