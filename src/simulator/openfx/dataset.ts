import { deepFreeze } from '../freeze.js';
import { createRandom } from '../random.js';
import {
  OPENFX_SOURCES_OF_FUNDS,
  type OpenFxCapability,
  type OpenFxCustomerDocument,
  type OpenFxCustomerType,
  type OpenFxKybStatus,
  type OpenFxStatus,
} from '../../providers/openfx/wire.js';

/**
 * The documented example, verbatim, keyed by its id.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export const OPENFX_SEED_DOCUMENTS: Readonly<Record<string, OpenFxCustomerDocument>> = Object.freeze({
  cus_01953e1a5f4b7000: {
    id: 'cus_01953e1a5f4b7000',
    entityId: 'ent_01953e1a5f4b7100',
    type: 'business',
    status: 'active',
    kybStatus: 'approved',
    capabilities: ['accounts', 'payments', 'fx', 'crypto'],
    metadata: {},
    createdAt: '2026-02-23T12:00:00Z',
    updatedAt: '2026-02-23T13:00:00Z',
  },
});

/** The simulated customer population: deterministic for a seed, newest first. */
export interface OpenFxDataset {
  readonly seed: number;
  /** Every customer in list order (newest first: `createdAt` desc, then `id` desc). */
  readonly customers: readonly OpenFxCustomerDocument[];
  /** Every customer id, in list order. */
  readonly ids: readonly string[];
  /** The id of the documented example. */
  readonly seedId: string;
  /** The customer with this id, or `undefined`. */
  get(id: string): OpenFxCustomerDocument | undefined;
  /** The customers matching `predicate`, in list order (for tests that need e.g. every business). */
  where(predicate: (customer: OpenFxCustomerDocument) => boolean): OpenFxCustomerDocument[];
  /** The position of `id` in list order, or -1. */
  indexOf(id: string): number;
  /** Puts `next` (frozen) in place of the customer with its id; documents are replaced, never edited. */
  replace(next: OpenFxCustomerDocument): void;
}

/** How many customers a dataset holds besides the seed example. */
const GENERATED = 249;

/**
 * Status × kybStatus pairs the dataset covers, cycled by index so every pair is present
 * whatever the seed. Includes every pair the mapper tells apart (submitted / under_review with
 * pending, requires_info, rejected, approved) and a few odd-but-possible ones (a suspended customer
 * asked for information, a draft that was closed). `active` is repeated so most customers are live.
 * The length is odd so each pair occurs with both customer types (the type alternates by index).
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
 */
const PAIRS: readonly (readonly [OpenFxStatus, OpenFxKybStatus])[] = [
  ['draft', 'not_started'],
  ['active', 'approved'],
  ['submitted', 'pending'],
  ['under_review', 'pending'],
  ['active', 'approved'],
  ['under_review', 'requires_info'],
  ['under_review', 'approved'],
  ['active', 'approved'],
  ['under_review', 'rejected'],
  ['rejected', 'rejected'],
  ['active', 'approved'],
  ['suspended', 'approved'],
  ['closed', 'approved'],
  ['active', 'approved'],
  ['closed', 'rejected'],
  ['submitted', 'requires_info'],
  ['active', 'approved'],
  ['submitted', 'rejected'],
  ['draft', 'requires_info'],
  ['suspended', 'requires_info'],
  ['closed', 'not_started'],
  ['submitted', 'not_started'],
  ['active', 'approved'],
];

/** Capability subsets for customers that have been granted some (none, each one alone, some, all). */
const CAPABILITY_SETS: readonly (OpenFxCapability[] | undefined)[] = [
  ['accounts', 'payments', 'fx', 'crypto'],
  ['accounts'],
  ['accounts', 'payments'],
  undefined,
  ['fx'],
  ['crypto'],
  ['accounts', 'payments', 'fx'],
  [],
  ['payments'],
  ['payments', 'fx', 'crypto'],
  ['accounts', 'payments', 'fx', 'crypto'],
];

const METADATA_KEYS = ['crm_id', 'segment', 'region', 'account_manager', 'external_ref', 'program', 'note'] as const;
const METADATA_VALUES = ['smb', 'enterprise', 'emea', 'apac', 'latam', 'gold', 'silver', 'pilot', 'Q3 review'];

const OTHER_DESCRIPTIONS = [
  'Proceeds from the sale of a subsidiary.',
  'Treasury reserves held since incorporation.',
  'Royalty payments from licensed patents.',
];

const FIRST_CREATED = Date.UTC(2024, 0, 1);
const LAST_CREATED = Date.UTC(2026, 1, 20);
const DAY = 86_400_000;

/**
 * Builds the dataset for `seed`: the documented example plus 249 generated customers. Coverage
 * (every status, kybStatus and pair above, both types, every capability and subset, every source of
 * funds, metadata shapes) follows from the index, so it holds for any seed; the seed only varies
 * ids, timestamps and values.
 */
export function createOpenFxDataset(seed = 1): OpenFxDataset {
  const random = createRandom(seed);
  const step = Math.floor((LAST_CREATED - FIRST_CREATED) / GENERATED);
  const generated: OpenFxCustomerDocument[] = [];
  let granted = 0;
  for (let i = 0; i < GENERATED; i++) {
    const [status, kybStatus] = PAIRS[i % PAIRS.length] as readonly [OpenFxStatus, OpenFxKybStatus];
    // Seconds precision mostly; every third one carries milliseconds (RFC 3339 allows both).
    const createdMs = roundTo(FIRST_CREATED + i * step + random.int(0, step - 1000), i % 3 === 0 ? 1 : 1000);
    const updatedMs = roundTo(createdMs + random.int(0, 40 * DAY), i % 3 === 1 ? 1 : 1000);
    const previous = generated[generated.length - 1];
    // One entity can back several customers (one per program); every tenth shares one.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/identity/customers-and-kyb
    const shareEntity = previous !== undefined && i % 10 === 5;
    const type: OpenFxCustomerType = shareEntity ? previous.type : i % 2 === 0 ? 'business' : 'individual';
    const id = `cus_${hexTime(createdMs)}${random.hex(4)}`;
    const entityId = shareEntity ? previous.entityId : `ent_${hexTime(createdMs)}${random.hex(4)}`;
    // Capabilities are granted progressively: only customers that reached `active`
    // have any; the others have none (field absent or empty).
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    const hadAccess =
      status === 'active' || status === 'suspended' || (status === 'closed' && kybStatus === 'approved');
    const capabilities = hadAccess ? CAPABILITY_SETS[granted++ % CAPABILITY_SETS.length] : i % 4 === 0 ? [] : undefined;
    const sourceIndex = i % (OPENFX_SOURCES_OF_FUNDS.length + 1);
    const sourceOfFunds = OPENFX_SOURCES_OF_FUNDS[sourceIndex];
    // The description elaborates `other`.
    // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
    const description = sourceOfFunds === 'other' ? random.pick(OTHER_DESCRIPTIONS) : undefined;
    const metadata = metadataFor(i % 5, random);
    const doc: OpenFxCustomerDocument = {
      id,
      entityId,
      type,
      status,
      kybStatus,
      ...(capabilities ? { capabilities: [...capabilities] } : {}),
      ...(sourceOfFunds ? { sourceOfFunds } : {}),
      ...(description ? { sourceOfFundsDescription: description } : {}),
      ...(metadata ? { metadata } : {}),
      createdAt: rfc3339(createdMs),
      updatedAt: rfc3339(updatedMs),
    };
    generated.push(doc);
  }
  // Frozen: routes serialise each document once (http.ts memoJson), which is only right if nothing changes it.
  const customers = [...Object.values(OPENFX_SEED_DOCUMENTS).map((d) => structuredClone(d)), ...generated]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map(deepFreeze);
  const byId = new Map(customers.map((c, i) => [c.id, { c, i }]));
  return {
    seed,
    customers,
    ids: customers.map((c) => c.id),
    seedId: 'cus_01953e1a5f4b7000',
    get: (id) => byId.get(id)?.c,
    where: (predicate) => customers.filter(predicate),
    indexOf: (id) => byId.get(id)?.i ?? -1,
    replace(next) {
      const entry = byId.get(next.id);
      if (!entry) throw new Error(`no OpenFX customer ${next.id} to replace`);
      const frozen = deepFreeze(next);
      customers[entry.i] = frozen;
      byId.set(next.id, { c: frozen, i: entry.i });
    },
  };
}

// Metadata shapes: absent, empty, several keys, and null values.
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
function metadataFor(
  shape: number,
  random: ReturnType<typeof createRandom>,
): Record<string, string | null> | undefined {
  switch (shape) {
    case 0:
      return undefined;
    case 1:
      return {};
    case 2:
      return { crm_id: `crm_${random.hex(8)}`, segment: random.pick(METADATA_VALUES) };
    case 3:
      return { external_ref: `ext-${random.hex(6)}`, note: null };
    default: {
      const out: Record<string, string | null> = {};
      for (const key of METADATA_KEYS) out[key] = random.bool(0.25) ? null : random.pick(METADATA_VALUES);
      return out;
    }
  }
}

function roundTo(ms: number, unit: number): number {
  return Math.floor(ms / unit) * unit;
}

// Ids are time-ordered like the documented `cus_01953e1a5f4b7000`: 12 hex digits of milliseconds, 4 random.
function hexTime(ms: number): string {
  return ms.toString(16).padStart(12, '0');
}

function rfc3339(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? iso.replace('.000Z', 'Z') : iso;
}
