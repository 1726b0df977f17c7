import { deepFreeze } from '../freeze.js';
import { createRandom, type Random } from '../random.js';
import { SPHEREPAY_SEED_DOCUMENTS } from './seed.js';
import {
  SPHEREPAY_GENDERS,
  SPHEREPAY_PROFILE_STATUSES,
  SPHEREPAY_SOURCES_OF_FUNDS,
  SPHEREPAY_TOS_STATUSES,
  type SpherePayBusinessDocument,
  type SpherePayCriterionError,
  type SpherePayCriteria,
  type SpherePayCustomerDocument,
  type SpherePayIndividualDocument,
  type SpherePayPersonalInformation,
  type SpherePayProfileName,
  type SpherePayProfileStatus,
  type SpherePayVerificationProfile,
} from '../../providers/spherepay/wire.js';

/** The simulated customers of one SpherePay simulator, identical for a given seed. */
export interface SpherePayDataset {
  /** Every customer in the order the list endpoint serves them (newest `createdAt` first, then id). */
  readonly customers: readonly SpherePayCustomerDocument[];
  /** Every id, in served order. */
  readonly ids: readonly string[];
  readonly individualIds: readonly string[];
  readonly businessIds: readonly string[];
  get(id: string): SpherePayCustomerDocument | undefined;
  /** The first id (in served order) whose document satisfies `predicate`; throws when none does. */
  findId(predicate: (doc: SpherePayCustomerDocument) => boolean): string;
  /** Every id (in served order) whose document satisfies `predicate`. */
  filterIds(predicate: (doc: SpherePayCustomerDocument) => boolean): string[];
  /** Puts `next` (frozen) in place of the document with its id; documents are replaced, never edited. */
  replace(next: SpherePayCustomerDocument): void;
}

/** Generated customers besides the two documented examples: 150 individuals and 100 businesses in all. */
const GENERATED_INDIVIDUALS = 149;
const GENERATED_BUSINESSES = 99;

/** Generated timestamps fall before this instant, so the documented examples (2026-03-09) list first. */
const DATASET_EPOCH = Date.UTC(2026, 2, 1);
const DAY_MS = 86_400_000;

/**
 * Builds the dataset. Enum values are assigned by index cycles with coprime periods, so every
 * profile name, profile status, ToS status, gender and source of funds (and their combinations)
 * appears for any seed; the seed varies ids, names, criteria subsets and timestamps.
 */
export function createSpherePayDataset(seed: number): SpherePayDataset {
  const rng = createRandom(seed);
  const docs: SpherePayCustomerDocument[] = [
    structuredClone(SPHEREPAY_SEED_DOCUMENTS.individual),
    structuredClone(SPHEREPAY_SEED_DOCUMENTS.business),
  ];
  const used = new Set(docs.map((d) => d.id));
  const newId = (): string => {
    let id: string;
    do id = `customer_${rng.hex(32)}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
  for (let i = 0; i < GENERATED_INDIVIDUALS; i++) docs.push(individual(rng, i, newId()));
  for (let j = 0; j < GENERATED_BUSINESSES; j++) docs.push(business(rng, j, newId()));

  docs.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1));
  for (const d of docs) deepFreeze(d);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const filterIds = (predicate: (doc: SpherePayCustomerDocument) => boolean): string[] =>
    docs.filter(predicate).map((d) => d.id);
  return {
    customers: docs,
    ids: docs.map((d) => d.id),
    individualIds: filterIds((d) => d.type === 'individual'),
    businessIds: filterIds((d) => d.type === 'business'),
    get: (id) => byId.get(id),
    findId(predicate) {
      const found = docs.find(predicate);
      if (!found) throw new Error('SpherePay dataset: no customer matches the predicate');
      return found.id;
    },
    filterIds,
    replace(next) {
      const previous = byId.get(next.id);
      if (!previous) throw new Error(`no SpherePay customer ${next.id} to replace`);
      const frozen = deepFreeze(next);
      byId.set(next.id, frozen);
      docs[docs.indexOf(previous)] = frozen;
    },
  };
}

// Individuals: profile layouts cycle with period 4, statuses with floor(i/4) (period 20), ToS with
// period 3, so every (layout, status, ToS) combination appears within 60 customers.
const INDIVIDUAL_LAYOUTS: readonly SpherePayProfileName[][] = [
  ['kyc_profile_a'],
  ['kyc_profile_a', 'kyc_profile_b'],
  ['kyc_profile_b'],
  ['kyc_profile_c'],
];
// Businesses: layouts period 5, statuses floor(j/5) (period 25), ToS period 3.
const BUSINESS_LAYOUTS: readonly SpherePayProfileName[][] = [
  ['kyb_profile_a', 'ubo_kyc_profile_a'],
  ['kyb_profile_a'],
  ['kyb_profile_b'],
  ['kyb_profile_c', 'ubo_kyc_profile_c'],
  ['kyb_profile_c'],
];

/** The criteria each profile asks for, in the order SpherePay lists them. Names are open strings. */
const PROFILE_CRITERIA: Record<SpherePayProfileName, readonly string[]> = {
  kyc_profile_a: [
    'email_address',
    'phone_number',
    'residential_address',
    'tax_identification_number',
    'identity_document',
    'liveness_check',
    'liveness_report_document',
    'terms_of_service',
  ],
  // `identity_verification` is outside the seed enum but appears in the docs' examples.
  // See https://docs.spherepay.co/api-reference/customer/get
  kyc_profile_b: [
    'email_verification',
    'phone_verification',
    'residential_address',
    'tax_identification_number',
    'identity_verification',
    'kyc_b_approval',
  ],
  kyc_profile_c: [
    'email_address',
    'phone_number',
    'residential_address',
    'tax_identification_number',
    'identity_document',
    'liveness_check',
    'nationality',
    'country_of_birth',
    'middle_name',
    'occupation_soc_code',
    'sex',
    'proof_of_address_document',
    'w9_document',
  ],
  kyb_profile_a: [
    'email_address',
    'legal_name',
    'trade_name',
    'entity_type',
    'description',
    'registered_address',
    'operating_address',
    'business_representatives',
    'naics_code',
    'website',
    'incorporated_on',
    'identification_number',
    'estimated_annual_revenue',
    'expected_monthly_payments',
    'account_purpose',
    'source_of_funds',
    'incorporation_cert_document',
    'incorporation_articles_document',
    'shareholder_registry_document',
    'proof_of_nature_of_business_document',
    'master_service_agreement',
    'terms_of_service',
  ],
  kyb_profile_b: [
    'legal_name',
    'registered_address',
    'registration_number',
    'entity_type',
    'incorporated_on',
    'w8_ben_e_document',
    'corporate_resolution_document',
    'kyb_b_approval',
  ],
  kyb_profile_c: [
    'legal_name',
    'trade_name',
    'entity_type',
    'entity_type_description',
    'registered_address',
    'is_dao',
    'regulated_activities',
    'regulated_activities_description',
    'participates_in_regulated_financial_activity',
    'regulated_financial_activity_description',
    'money_services_description',
    'compliance_screening_explanation',
    'operates_in_prohibited_countries',
    'account_purpose_description',
    'source_of_funds_description',
    'source_of_funds_document',
    'financial_statements_document',
    'bank_statement_document',
    'regulated_activity_document',
    'flow_of_funds_document',
  ],
  ubo_kyc_profile_a: [
    'identity_document',
    'liveness_check',
    'residential_address',
    'ownership_percentage',
    'is_control_person',
    'is_signer',
    'relationship_established_at',
    'title',
  ],
  ubo_kyc_profile_c: [
    'identity_document',
    'liveness_check',
    'residential_address',
    'ownership_percentage',
    'is_control_person',
    'relationship_established_at',
    'title',
    'proof_of_address_document',
    'liveness_report_document',
  ],
};

const DOCUMENT_ERRORS = [
  'Document is expired',
  'Document image is unreadable',
  'Document type is not accepted',
  'Document does not show the full page',
];
const FIELD_ERRORS = [
  'Value could not be verified',
  'Value does not match the identity document',
  'Value is not in the expected format',
  'Address could not be verified',
];

/** SpherePayCriteria consistent with the profile's status, drawn from the profile's criterion list. */
function criteriaFor(
  rng: Random,
  name: SpherePayProfileName,
  status: SpherePayProfileStatus,
  fresh: boolean,
): SpherePayCriteria {
  const all = [...PROFILE_CRITERIA[name]];
  const pickSome = (n: number): Set<string> => {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(n, all.length)) chosen.add(rng.pick(all));
    return chosen;
  };
  const error = (criterion: string): SpherePayCriterionError => {
    // `detail` is optional in the seed schema; a few errors leave it out.
    if (rng.bool(0.15)) return { name: criterion };
    return { name: criterion, detail: rng.pick(criterion.endsWith('_document') ? DOCUMENT_ERRORS : FIELD_ERRORS) };
  };
  const inOrder = (set: Set<string>): string[] => all.filter((c) => set.has(c));
  const except = (...sets: Set<string>[]): string[] => all.filter((c) => !sets.some((s) => s.has(c)));
  switch (status) {
    case 'approved':
      return { complete: all, pending: [], required: [], errors: [] };
    case 'pending': {
      const pending = pickSome(rng.int(1, 2));
      return { complete: except(pending), pending: inOrder(pending), required: [], errors: [] };
    }
    case 'incomplete': {
      // A profile nobody has started: nothing complete or pending yet.
      if (fresh) return { complete: [], pending: [], required: all, errors: [] };
      const required = pickSome(rng.int(1, 3));
      // Sometimes a required criterion also carries an error (a failed first attempt).
      const errors = rng.bool(0.3) ? [error(inOrder(required)[0] as string)] : [];
      return { complete: except(required), pending: [], required: inOrder(required), errors };
    }
    case 'rejected': {
      const failed = pickSome(rng.int(1, 2));
      return { complete: except(failed), pending: [], required: [], errors: inOrder(failed).map(error) };
    }
    case 'resubmission_required': {
      const failed = inOrder(pickSome(rng.int(1, 2)));
      // The first failed criterion must be provided again; another may be newly required.
      const required = new Set([failed[0] as string, ...(rng.bool(0.5) ? pickSome(1) : [])]);
      return {
        complete: except(required, new Set(failed)),
        pending: [],
        required: inOrder(required),
        errors: failed.map(error),
      };
    }
  }
}

function profiles(rng: Random, layout: readonly SpherePayProfileName[], statusIndex: number, fresh: boolean) {
  return layout.map((name, k): SpherePayVerificationProfile => {
    // The first profile cycles through every status; later ones (UBO, second programme) are
    // often already approved, otherwise offset so multi-profile customers mix statuses.
    const status =
      k > 0 && rng.bool(0.5)
        ? 'approved'
        : (SPHEREPAY_PROFILE_STATUSES[
            (statusIndex + 2 * k) % SPHEREPAY_PROFILE_STATUSES.length
          ] as SpherePayProfileStatus);
    return { name, status, criteria: criteriaFor(rng, name, status, fresh) };
  });
}

const FIRST_NAMES = ['Ava', 'Liam', 'Noah', 'Mia', 'Sofia', 'Mateo', 'Yuki', 'Amara', 'Lucas', 'Chen', 'Priya', 'Omar'];
const LAST_NAMES = ['Garcia', 'Nguyen', 'Okafor', 'Silva', 'Kowalski', 'Haddad', 'Tanaka', 'Müller', 'Rossi', 'Patel'];
const MIDDLE_NAMES = ['James', 'Marie', 'Ana', 'Lee', 'Rose', 'Kai'];
const COUNTRIES = ['USA', 'BRA', 'MEX', 'GBR', 'DEU', 'NGA', 'IND', 'JPN', 'CAN', 'ESP'];
const SOC_CODES = ['15-1132', '11-1021', '29-1141', '13-2011', '41-2031', '25-2021', '47-2061'];
const TAX_ID_TYPES = ['ssn', 'itin', 'other'];
const COMPANY_WORDS = ['Northwind', 'Blue Harbor', 'Copperleaf', 'Lumen', 'Granite Peak', 'Tidewater', 'Orbit'];
const COMPANY_KINDS = ['Traders', 'Logistics', 'Labs', 'Payments', 'Foods', 'Studios', 'Holdings'];
const COMPANY_SUFFIXES = ['LLC', 'Inc.', 'Ltda.', 'GmbH', 'S.A. de C.V.', 'Ltd'];

/** Timestamps with millisecond precision, `updatedAt` never before `createdAt`. */
function timestamps(rng: Random): { createdAt: string; updatedAt: string } {
  const created = DATASET_EPOCH - rng.int(1, 540 * DAY_MS);
  const updated = created + rng.int(0, Math.min(60 * DAY_MS, DATASET_EPOCH - 1 - created));
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

/**
 * Free-form `meta` (values may be strings, numbers, booleans, objects or null;
 * https://docs.spherepay.co/api-reference/customer/get-id), or absent.
 */
function meta(rng: Random, n: number): Record<string, unknown> | undefined {
  switch (n % 4) {
    case 0:
      return { externalId: `ext-${rng.hex(8)}`, tier: rng.int(1, 3), referrer: null };
    case 1:
      return { crmId: rng.int(10_000, 99_999), segment: rng.pick(['retail', 'smb', 'enterprise']) };
    case 2:
      return { onboardedBy: null, flags: { vip: rng.bool() }, campaign: 'spring-2026' };
    default:
      return undefined;
  }
}

function phone(rng: Random): string {
  return rng.bool(0.7) ? `+1415555${rng.int(1000, 9999)}` : `+4420${rng.int(10_000_000, 99_999_999)}`;
}

function individual(rng: Random, i: number, id: string): SpherePayIndividualDocument {
  const layout = i % 30 === 29 ? [] : (INDIVIDUAL_LAYOUTS[i % INDIVIDUAL_LAYOUTS.length] as SpherePayProfileName[]);
  const tosStatus = SPHEREPAY_TOS_STATUSES[
    i % SPHEREPAY_TOS_STATUSES.length
  ] as (typeof SPHEREPAY_TOS_STATUSES)[number];
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const doc: SpherePayIndividualDocument = {
    id,
    email: `${firstName}.${lastName}${i}@example.com`.toLowerCase().replace('ü', 'u'),
    phone: phone(rng),
    verificationProfiles: profiles(rng, layout, Math.floor(i / INDIVIDUAL_LAYOUTS.length), i % 4 === 0),
    meta: meta(rng, i),
    tosStatus,
    ...timestamps(rng),
    type: 'individual',
    firstName,
    lastName,
    dateOfBirth: `${rng.int(1950, 2004)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    personalInformation: personalInformation(rng, i),
  };
  // A few customers lack optional contact fields or personal information.
  if (i % 17 === 16) delete doc.email;
  if (i % 19 === 18) delete doc.phone;
  if (i % 11 === 10) {
    delete doc.personalInformation;
    delete doc.dateOfBirth;
  }
  if (doc.meta === undefined) delete doc.meta;
  return doc;
}

function personalInformation(rng: Random, i: number): SpherePayPersonalInformation {
  const info: SpherePayPersonalInformation = {};
  if (i % 6 !== 5) {
    const taxType = TAX_ID_TYPES[i % TAX_ID_TYPES.length] as string;
    info.taxIdentificationNumberType = taxType;
    info.taxIdentificationNumberCountry = taxType === 'other' ? rng.pick(COUNTRIES) : 'USA';
    // Required when the type is `other` (seed schema).
    if (taxType === 'other') info.taxIdentificationNumberDescription = 'National tax registry number';
  }
  if (i % 13 !== 12)
    info.gender = SPHEREPAY_GENDERS[Math.floor(i / 3) % SPHEREPAY_GENDERS.length] as (typeof SPHEREPAY_GENDERS)[number];
  info.countryOfBirth = rng.pick(COUNTRIES);
  info.nationality = rng.pick(COUNTRIES);
  if (rng.bool(0.4)) info.middleName = rng.pick(MIDDLE_NAMES);
  if (rng.bool(0.8)) info.occupationSocCode = rng.pick(SOC_CODES);
  info.residencyCountry = rng.pick(COUNTRIES);
  if (i % 8 !== 7) {
    info.sourceOfFunds = SPHEREPAY_SOURCES_OF_FUNDS[
      i % SPHEREPAY_SOURCES_OF_FUNDS.length
    ] as (typeof SPHEREPAY_SOURCES_OF_FUNDS)[number];
  }
  return info;
}

function business(rng: Random, j: number, id: string): SpherePayBusinessDocument {
  const layout = j % 25 === 24 ? [] : (BUSINESS_LAYOUTS[j % BUSINESS_LAYOUTS.length] as SpherePayProfileName[]);
  const word = rng.pick(COMPANY_WORDS);
  const kind = rng.pick(COMPANY_KINDS);
  const domain = `${word}-${kind}-${j}`.toLowerCase().replace(/ /g, '');
  const doc: SpherePayBusinessDocument = {
    id,
    email: `compliance@${domain}.example.com`,
    phone: phone(rng),
    verificationProfiles: profiles(rng, layout, Math.floor(j / BUSINESS_LAYOUTS.length), j % 6 === 0),
    meta: meta(rng, j + 1),
    tosStatus: SPHEREPAY_TOS_STATUSES[j % SPHEREPAY_TOS_STATUSES.length] as (typeof SPHEREPAY_TOS_STATUSES)[number],
    ...timestamps(rng),
    type: 'business',
    businessLegalName: `${word} ${kind} ${rng.pick(COMPANY_SUFFIXES)}`,
    businessTradeName: `${word} ${kind}`,
  };
  if (j % 7 === 6) delete doc.businessTradeName;
  if (j % 13 === 12) delete doc.phone;
  if (doc.meta === undefined) delete doc.meta;
  return doc;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
