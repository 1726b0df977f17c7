import { describe, expect, it } from 'vitest';
import {
  OPENFX_CAPABILITIES,
  OPENFX_KYB_STATUSES,
  OPENFX_SOURCES_OF_FUNDS,
  OPENFX_STATUSES,
} from '../../../src/providers/openfx/wire.js';
import { createOpenFxDataset } from '../../../src/simulator/openfx/dataset.js';
import { openfx } from '../../fixtures/index.js';

const dataset = createOpenFxDataset(1);
const all = dataset.customers;

describe('OpenFX simulator dataset', () => {
  it('is identical for the same seed and different for another', () => {
    expect(createOpenFxDataset(1).customers).toEqual(all);
    const other = createOpenFxDataset(2);
    expect(other.ids).not.toEqual(dataset.ids);
    expect(other.get(openfx.activeBusiness.id)).toEqual(openfx.activeBusiness.doc);
  });

  it('holds about 250 customers with unique, well-formed, time-ordered ids', () => {
    expect(all.length).toBe(250);
    expect(new Set(dataset.ids).size).toBe(all.length);
    for (const c of all) {
      expect(c.id).toMatch(/^cus_[0-9a-f]{16}$/);
      expect(c.entityId).toMatch(/^ent_[A-Za-z0-9]+$/);
      for (const ts of [c.createdAt, c.updatedAt]) {
        expect(ts).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      }
      expect(Date.parse(c.updatedAt)).toBeGreaterThanOrEqual(Date.parse(c.createdAt));
    }
    const created = all.map((c) => Date.parse(c.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(dataset.ids[0]).toBe(dataset.seedId);
  });

  it('lets several customers share one entity (one per program)', () => {
    const entities = new Set(all.map((c) => c.entityId));
    expect(entities.size).toBeLessThan(all.length);
  });

  it('covers every status, kybStatus and the pairs the mapper tells apart, for both types', () => {
    const pairs = new Set(all.map((c) => `${c.type}:${c.status}:${c.kybStatus}`));
    for (const type of ['individual', 'business']) {
      for (const status of OPENFX_STATUSES) expect(all.some((c) => c.type === type && c.status === status)).toBe(true);
      for (const pair of [
        'draft:not_started',
        'submitted:pending',
        'submitted:requires_info',
        'submitted:rejected',
        'under_review:pending',
        'under_review:requires_info',
        'under_review:approved',
        'under_review:rejected',
        'active:approved',
        'rejected:rejected',
        'suspended:approved',
        'closed:approved',
        'closed:rejected',
      ]) {
        expect(pairs, `${type}:${pair}`).toContain(`${type}:${pair}`);
      }
    }
    for (const kyb of OPENFX_KYB_STATUSES) expect(all.some((c) => c.kybStatus === kyb)).toBe(true);
  });

  it('covers every capability, and no, some and all capabilities', () => {
    for (const cap of OPENFX_CAPABILITIES) expect(all.some((c) => c.capabilities?.includes(cap))).toBe(true);
    expect(all.some((c) => c.capabilities === undefined)).toBe(true);
    expect(all.some((c) => c.capabilities?.length === 0)).toBe(true);
    expect(all.some((c) => c.capabilities?.length === 1)).toBe(true);
    expect(all.some((c) => c.capabilities?.length === 2)).toBe(true);
    expect(all.some((c) => c.capabilities?.length === OPENFX_CAPABILITIES.length)).toBe(true);
  });

  it('covers every source of funds, with a description exactly when it is other', () => {
    for (const s of OPENFX_SOURCES_OF_FUNDS) expect(all.some((c) => c.sourceOfFunds === s)).toBe(true);
    expect(all.some((c) => c.sourceOfFunds === undefined)).toBe(true);
    for (const c of all) {
      expect(c.sourceOfFundsDescription !== undefined, c.id).toBe(c.sourceOfFunds === 'other');
      expect((c.sourceOfFundsDescription ?? '').length).toBeLessThanOrEqual(500);
    }
  });

  it('covers absent, empty, multi-key and null-valued metadata within the documented limits', () => {
    expect(all.some((c) => c.metadata === undefined)).toBe(true);
    expect(all.some((c) => c.metadata && Object.keys(c.metadata).length === 0)).toBe(true);
    expect(all.some((c) => c.metadata && Object.keys(c.metadata).length >= 3)).toBe(true);
    expect(all.some((c) => c.metadata && Object.values(c.metadata).includes(null))).toBe(true);
    for (const c of all) {
      const entries = Object.entries(c.metadata ?? {});
      expect(entries.length).toBeLessThanOrEqual(50);
      for (const [key, value] of entries) {
        expect(key).toMatch(/^[a-zA-Z0-9_]{1,40}$/);
        expect(value === null || value.length <= 500).toBe(true);
      }
    }
  });

  it('finds customers by id and predicate', () => {
    const id = dataset.ids[17] as string;
    expect(dataset.get(id)?.id).toBe(id);
    expect(dataset.indexOf(id)).toBe(17);
    expect(dataset.get('cus_missing')).toBeUndefined();
    expect(dataset.where((c) => c.type === 'business').every((c) => c.type === 'business')).toBe(true);
  });
});
