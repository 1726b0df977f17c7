import { createRandom } from '../random.js';
import { generateBusiness } from './generate/business.js';
import { createDeck } from './generate/deck.js';
import { generateIndividual } from './generate/individual.js';
import { GeneratorKit } from './generate/kit.js';
import { instantSortKey } from './generate/timestamps.js';
import type { FinApiVersion, FinCustomerRecord } from './record.js';
import type { FinSeedName } from './seeds/documents.js';
import { FIN_SEED_DOCUMENTS } from './seeds/documents.js';
import { deepFreeze } from '../freeze.js';
import { seedRecords } from './seeds/records.js';
import { FIN_V2_STATUSES, type FinCustomerType, type FinV2Status } from '../../providers/fin/wire.js';

/** Default dataset seed: `npm start` and every test without an explicit seed see the same customers. */
export const FIN_DEFAULT_SEED = 20260504;
/** Dataset size per type, seeds included. */
export const FIN_INDIVIDUAL_COUNT = 600;
export const FIN_BUSINESS_COUNT = 200;

/** ASSOCIATED_PARTIES_REMAINING is business only (https://developer.fin.com/api-reference/webhooks/customer-status). */
const INDIVIDUAL_STATUSES = FIN_V2_STATUSES.filter((s) => s !== 'ASSOCIATED_PARTIES_REMAINING');
/** Relative frequency per status, most customers approved; order as FIN_V2_STATUSES. */
const STATUS_WEIGHTS: Readonly<Record<FinV2Status, number>> = {
  INCOMPLETE: 10,
  PROCESSING: 6,
  REVIEWING: 8,
  APPROVED: 44,
  ASSOCIATED_PARTIES_REMAINING: 6,
  IN_COMPLIANCE: 5,
  ACTION_REQUIRED: 12,
  REJECTED: 8,
};

/** Filters for `findId`. */
export interface FinFindOptions {
  /** Only customers created through this API version (decides the names the V2 endpoints show). */
  createdVia?: FinApiVersion;
  /** Include the documented seed customers (default false: generated ones only, which nobody pins). */
  includeSeeds?: boolean;
}

/** The simulated Fin customers: one canonical record each, deterministic for a seed. */
export interface FinDataset {
  readonly seed: number;
  /** Every record, newest `created_at` first (ties by id) — the order the list endpoints serve. */
  readonly customers: readonly FinCustomerRecord[];
  /** Individual ids in list order. */
  readonly individualIds: string[];
  /** Business ids in list order. */
  readonly businessIds: string[];
  /** The documented customers, by seed document name. */
  readonly seedIds: Readonly<Record<FinSeedName, string>>;
  /** Customers whose V2 endpoints keep V1 status names (statuses.ts). */
  readonly v1CreatedIds: string[];
  /** The record for `id` (lower-case UUID), if any. */
  get(id: string): FinCustomerRecord | undefined;
  /** Records of one type in list order. */
  ofType(type: FinCustomerType): readonly FinCustomerRecord[];
  /**
   * The first (in list order) customer of `type` whose canonical V2 status is `status`; throws when there
   * is none, so a test never silently runs against nothing.
   */
  findId(type: FinCustomerType, status: FinV2Status, options?: FinFindOptions): string;
  /** Every id whose record satisfies `predicate`, in list order. */
  findIds(predicate: (record: FinCustomerRecord) => boolean): string[];
  /**
   * Puts `next` (frozen) in place of the record with its id, keeping list order. Records are never
   * edited: a change is a new object, so each one's memoised JSON (http.ts memoJson) stays right.
   */
  replace(next: FinCustomerRecord): void;
}

/**
 * Builds the dataset for `seed`: the five documented customers plus generated ones up to
 * FIN_INDIVIDUAL_COUNT individuals and FIN_BUSINESS_COUNT businesses. The first draws of every status deck
 * deal each status twice, so every status exists for both types (business-only ones for businesses).
 */
export function createFinDataset(seed: number = FIN_DEFAULT_SEED): FinDataset {
  const random = createRandom(seed);
  const kit = new GeneratorKit(random);
  const seeds = seedRecords(random);
  const byId = new Map<string, FinCustomerRecord>(seeds.map((r) => [r.id, r]));
  const freshId = (): string => {
    let id = random.uuid();
    while (byId.has(id)) id = random.uuid();
    return id;
  };

  const individualStatus = createDeck(random, INDIVIDUAL_STATUSES, {
    weights: INDIVIDUAL_STATUSES.map((s) => STATUS_WEIGHTS[s]),
    copies: 2,
  });
  const seededIndividuals = seeds.filter((r) => r.type === 'INDIVIDUAL').length;
  for (let i = seededIndividuals; i < FIN_INDIVIDUAL_COUNT; i++) {
    const record = generateIndividual(kit, freshId(), individualStatus(), i);
    byId.set(record.id, record);
  }

  const businessStatus = createDeck(random, FIN_V2_STATUSES, {
    weights: FIN_V2_STATUSES.map((s) => STATUS_WEIGHTS[s]),
    copies: 2,
  });
  const seededBusinesses = seeds.filter((r) => r.type === 'BUSINESS').length;
  for (let i = seededBusinesses; i < FIN_BUSINESS_COUNT; i++) {
    const record = generateBusiness(kit, freshId(), businessStatus(), i);
    byId.set(record.id, record);
  }

  // Frozen: routes serialise each record once (http.ts memoJson), which is only right if nothing changes it.
  const customers = [...byId.values()].sort(newestFirst).map(deepFreeze);
  const individuals = customers.filter((r) => r.type === 'INDIVIDUAL');
  const businesses = customers.filter((r) => r.type === 'BUSINESS');
  const seedIdSet = new Set(seeds.map((r) => r.id));
  const seedIds = Object.fromEntries(
    Object.entries(FIN_SEED_DOCUMENTS).map(([name, doc]) => [name, doc.customer_id]),
  ) as Record<FinSeedName, string>;

  return {
    seed,
    customers,
    individualIds: individuals.map((r) => r.id),
    businessIds: businesses.map((r) => r.id),
    seedIds,
    v1CreatedIds: customers.filter((r) => r.createdVia === 'V1').map((r) => r.id),
    get: (id) => byId.get(id.toLowerCase()),
    ofType: (type) => (type === 'INDIVIDUAL' ? individuals : businesses),
    findId(type, status, options = {}) {
      const found = customers.find(
        (r) =>
          r.type === type &&
          r.status === status &&
          (options.createdVia === undefined || r.createdVia === options.createdVia) &&
          (options.includeSeeds === true || !seedIdSet.has(r.id)),
      );
      if (!found) throw new Error(`no ${type} customer with status ${status} in the Fin dataset (seed ${seed})`);
      return found.id;
    },
    findIds: (predicate) => customers.filter(predicate).map((r) => r.id),
    replace(next) {
      const previous = byId.get(next.id);
      if (!previous) throw new Error(`no Fin customer ${next.id} to replace`);
      const frozen = deepFreeze(next);
      byId.set(next.id, frozen);
      for (const list of [customers, individuals, businesses]) {
        const i = list.indexOf(previous);
        if (i >= 0) list[i] = frozen;
      }
    },
  };
}

/** Newest created first; ties broken by id so the order is total and stable across runs. */
function newestFirst(a: FinCustomerRecord, b: FinCustomerRecord): number {
  const ka = instantSortKey(a.createdAt);
  const kb = instantSortKey(b.createdAt);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
