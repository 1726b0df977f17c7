import {
  assertNever,
  type CustomerModel,
  type CustomerType,
  type Gender,
  type InformationCategoryModel,
  type InformationFieldModel,
  type InformationRequestModel,
  type MetadataEntryModel,
  type OnboardingStatus,
  type SourceOfFunds,
  type TermsOfServiceStatus,
  type VerificationProfileModel,
} from '../../model/customer.js';
import { answeredNow, toDate, toTimestamp } from '../../model/time.js';
import type { SpherePayCustomerDto, SpherePayVerificationProfileDto } from './dto.js';
import type { SpherePayGender, SpherePayProfileStatus, SpherePaySourceOfFunds, SpherePayTosStatus } from './wire.js';
import { ignoreUnknown, mapWord, type UnknownValueSink } from '../vocabulary.js';

/*
 * SpherePay → unified model. The only file that knows both vocabularies. Sources:
 * SpherePay's documentation, chiefly https://docs.spherepay.co/api-reference/customer/get-id (the seed document).
 *
 * | model field                | SpherePay source / rule                                                   |
 * | -------------------------- | ------------------------------------------------------------------------- |
 * | type                       | `type` individual→INDIVIDUAL, business→BUSINESS                           |
 * | email, phone               | `email`, `phone`                                                          |
 * | createdAt, updatedAt       | `createdAt`, `updatedAt` (normalised ISO with ms)                         |
 * | status, providerStatus     | derived from every profile + `tosStatus`, see deriveCustomerStatus        |
 * | termsOfService             | `tosStatus` incomplete→NOT_ACCEPTED, pending→PENDING, approved→ACCEPTED   |
 * | verificationProfiles       | `verificationProfiles[]`, status per profileStatus, raw status kept       |
 * | requestForInformation      | profiles' `required` (MISSING) and `errors` (INVALID), see deriveRfi      |
 * | metadata                   | `meta` entries (strings as is, null as null, others JSON; too deep/long dropped) |
 * | capabilities               | `[]`: SpherePay exposes none on the customer                              |
 * | statusUpdatedAt, verificationType, verificationStatus, providerEntityId, rejection | null (not exposed) |
 * | individual names, DOB      | `firstName`, `lastName`, `personalInformation.middleName`, `dateOfBirth`  |
 * | countryOfResidence         | `personalInformation.residencyCountry`                                    |
 * | nationality, countryOfBirth, gender, occupationCode | `personalInformation.*` (`occupationSocCode`)    |
 * | taxIdentification          | `personalInformation.taxIdentificationNumber{Type,Country,Description}`  |
 * | sourceOfFunds              | `personalInformation.sourceOfFunds` (individuals only)                    |
 * | legalName, tradeName       | `businessLegalName`, `businessTradeName`                                  |
 * | countryOfIncorporation     | null; associatedParties `[]` (not on the customer document)               |
 */

/** Maps a validated `CustomerResponseDto` to the unified model (always a full detail document). */
export function mapCustomer(
  dto: SpherePayCustomerDto,
  sink: UnknownValueSink = ignoreUnknown,
  fetchedAt: string = answeredNow(),
): CustomerModel {
  const { status, providerStatus } = deriveCustomerStatus(dto.verificationProfiles, dto.tosStatus, sink);
  const verificationProfiles = dto.verificationProfiles.map((p) => mapProfile(p, sink));
  // Object.assign, not `{ ...common }`: on Node 20 the spread made mapping ~10× slower (about 8 µs
  // against 0.8 µs per customer; see fin/mapper.ts), and list pages map up to 512 of them.
  const common = {
    provider: 'SPHEREPAY' as const,
    providerId: dto.id,
    // List rows and the detail endpoint carry the same full document.
    // See https://docs.spherepay.co/api-reference/customer/get
    detail: 'full' as const,
    fetchedAt,
    email: dto.email ?? null,
    phone: dto.phone ?? null,
    status,
    providerStatus,
    statusUpdatedAt: null,
    createdAt: toTimestamp(dto.createdAt),
    updatedAt: toTimestamp(dto.updatedAt),
    termsOfService: { status: termsOfServiceStatus(dto.tosStatus, sink), url: null },
    verificationType: null,
    verificationStatus: null,
    verificationProfiles,
    // SpherePay has no capabilities concept; `[]` (not null) so nothing asks for them separately.
    capabilities: [],
    requestForInformation: deriveRfi(verificationProfiles),
    rejection: null,
    metadata: mapMeta(dto.meta),
    providerEntityId: null,
  };
  switch (dto.type) {
    case 'individual': {
      const info = dto.personalInformation ?? {};
      const hasTax =
        info.taxIdentificationNumberType != null ||
        info.taxIdentificationNumberCountry != null ||
        info.taxIdentificationNumberDescription != null;
      return Object.assign(common, {
        type: 'INDIVIDUAL' as const,
        sourceOfFunds: info.sourceOfFunds ? sourceOfFunds(info.sourceOfFunds) : null,
        sourceOfFundsDescription: null,
        firstName: dto.firstName ?? null,
        middleName: info.middleName ?? null,
        lastName: dto.lastName ?? null,
        dateOfBirth: toDate(dto.dateOfBirth),
        countryOfResidence: info.residencyCountry ?? null,
        nationality: info.nationality ?? null,
        countryOfBirth: info.countryOfBirth ?? null,
        gender: info.gender ? gender(info.gender) : null,
        occupationCode: info.occupationSocCode ?? null,
        // The TIN value itself is never returned (https://docs.spherepay.co/api-reference/customer/get-id).
        taxIdentification: hasTax
          ? {
              type: info.taxIdentificationNumberType ?? null,
              country: info.taxIdentificationNumberCountry ?? null,
              description: info.taxIdentificationNumberDescription ?? null,
            }
          : null,
      });
    }
    case 'business':
      return Object.assign(common, {
        type: 'BUSINESS' as const,
        sourceOfFunds: null,
        sourceOfFundsDescription: null,
        legalName: dto.businessLegalName ?? null,
        tradeName: dto.businessTradeName ?? null,
        countryOfIncorporation: null,
        // SpherePay does not expose associated parties on the customer document.
        // See https://docs.spherepay.co/api-reference/customer/get-id
        associatedParties: [],
      });
    default:
      return assertNever(dto);
  }
}

/**
 * Our `type` argument in SpherePay's list vocabulary (`type=individual|business`,
 * https://docs.spherepay.co/api-reference/customer/get).
 */
export function toSpherePayType(type: CustomerType): 'individual' | 'business' {
  switch (type) {
    case 'INDIVIDUAL':
      return 'individual';
    case 'BUSINESS':
      return 'business';
    default:
      return assertNever(type);
  }
}

const PROFILE_STATUS: Readonly<Record<SpherePayProfileStatus, OnboardingStatus>> = {
  incomplete: 'INCOMPLETE',
  pending: 'IN_REVIEW',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  resubmission_required: 'ACTION_REQUIRED',
};

/**
 * One profile status in the unified vocabulary (https://docs.spherepay.co/concepts/onboarding/verification-profile;
 * README "Status mapping" fixes approved, rejected and resubmission_required). `incomplete` means criteria are still owed
 * (INCOMPLETE); `pending` means SpherePay is verifying submitted criteria (IN_REVIEW). An undocumented word is
 * reported and read as IN_REVIEW (SpherePay still deciding, as far as we know).
 */
export function profileStatus(status: string, sink: UnknownValueSink = ignoreUnknown): OnboardingStatus {
  return mapWord(PROFILE_STATUS, status, 'IN_REVIEW', 'verificationProfiles.status', sink);
}

/** Most urgent first: the customer shows the most urgent of its profiles' statuses. */
const URGENCY: Readonly<Record<SpherePayProfileStatus, number>> = {
  rejected: 0,
  resubmission_required: 1,
  incomplete: 2,
  pending: 3,
  approved: 4,
};
/** An undocumented profile status ranks with `pending` (IN_REVIEW, its mapping). */
const urgency = (status: string): number =>
  Object.hasOwn(URGENCY, status) ? URGENCY[status as SpherePayProfileStatus] : 3;

/**
 * The customer-level status SpherePay does not have
 * (https://docs.spherepay.co/concepts/onboarding/verification-profile, "no top-level customer status"), derived from
 * every profile plus `tosStatus`:
 * 1. No profiles: NOT_STARTED while ToS is `incomplete`; once ToS is `pending`/`approved` the
 *    customer has begun, so INCOMPLETE. providerStatus `no_profiles`.
 * 2. Nothing begun: every profile `incomplete` with empty `complete` and `pending`, and ToS
 *    `incomplete` → NOT_STARTED (providerStatus `incomplete`).
 * 3. Otherwise the most urgent profile status wins, by REJECTED > ACTION_REQUIRED > INCOMPLETE >
 *    IN_REVIEW > APPROVED; providerStatus is the raw status of the first profile (document
 *    order) holding it.
 * 4. Terms-of-service gate (only `approved` ToS lets a customer transact): APPROVED or IN_REVIEW
 *    with ToS `incomplete` → INCOMPLETE (`tos_incomplete`); APPROVED with ToS `pending` →
 *    IN_REVIEW (`tos_pending`). An undocumented ToS word gates like `pending` (`tos_<word>`).
 */
export function deriveCustomerStatus(
  profiles: readonly SpherePayVerificationProfileDto[],
  tosStatus: string,
  sink: UnknownValueSink = ignoreUnknown,
): { status: OnboardingStatus; providerStatus: string } {
  if (profiles.length === 0) {
    return { status: tosStatus === 'incomplete' ? 'NOT_STARTED' : 'INCOMPLETE', providerStatus: 'no_profiles' };
  }
  const untouched = profiles.every((p) => {
    if (p.status !== 'incomplete') return false;
    const c = criteriaOf(p);
    return c.complete.length === 0 && c.pending.length === 0;
  });
  if (untouched && tosStatus === 'incomplete') return { status: 'NOT_STARTED', providerStatus: 'incomplete' };

  let winner = profiles[0] as SpherePayVerificationProfileDto;
  for (const p of profiles) if (urgency(p.status) < urgency(winner.status)) winner = p;
  const status = profileStatus(winner.status, sink);
  if (tosStatus === 'incomplete' && (status === 'APPROVED' || status === 'IN_REVIEW')) {
    return { status: 'INCOMPLETE', providerStatus: 'tos_incomplete' };
  }
  if (tosStatus !== 'approved' && status === 'APPROVED')
    return { status: 'IN_REVIEW', providerStatus: `tos_${tosStatus}` };
  return { status, providerStatus: winner.status };
}

const TOS: Readonly<Record<SpherePayTosStatus, TermsOfServiceStatus>> = {
  incomplete: 'NOT_ACCEPTED',
  pending: 'PENDING',
  approved: 'ACCEPTED',
};

/**
 * `tosStatus`; an undocumented word is reported and shown as unknown (`null`).
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
export function termsOfServiceStatus(
  status: string,
  sink: UnknownValueSink = ignoreUnknown,
): TermsOfServiceStatus | null {
  return mapWord<TermsOfServiceStatus | null>(TOS, status, null, 'tosStatus', sink);
}

/** A profile's criteria in one layout, whichever documented layout it came in. */
interface Criteria {
  complete: string[];
  pending: string[];
  required: string[];
  errors: { criterion: string; detail: string | null }[];
}

/**
 * Reads the `criteria` wrapper, or the older layout with the arrays at the profile's top level;
 * a profile with only `{name, status}` has no criteria. Errors' `message` is the older spelling
 * of `detail` (https://docs.spherepay.co/api-reference/customer/get-id).
 */
function criteriaOf(p: SpherePayVerificationProfileDto): Criteria {
  const c = p.criteria ?? p;
  return {
    complete: c.complete ?? [],
    pending: c.pending ?? [],
    required: c.required ?? [],
    errors: (c.errors ?? []).map((e) => ({ criterion: e.name, detail: e.detail ?? e.message ?? null })),
  };
}

function mapProfile(p: SpherePayVerificationProfileDto, sink: UnknownValueSink): VerificationProfileModel {
  const c = criteriaOf(p);
  return {
    name: p.name,
    status: profileStatus(p.status, sink),
    providerStatus: p.status,
    completed: c.complete,
    pending: c.pending,
    required: c.required,
    errors: c.errors,
  };
}

/** Criteria answered with a file rather than a value (name ends `_document`, or an identity check). */
function isDocumentCriterion(name: string): boolean {
  return name.endsWith('_document') || name === 'identity_document' || name === 'liveness_check';
}

const DATE_CRITERIA = new Set(['incorporated_on', 'relationship_established_at']);

/**
 * Requests for information, shaped like Fin's so frontends render one way: one request per profile
 * with `required` or `errors` criteria (section = profile name, scope CUSTOMER: SpherePay does not
 * name parties). Each document criterion is its own category (documentType = NAME upper-cased,
 * one `files` URI field); all other criteria share one category with documentType null (first),
 * one TEXT field each (DATE for incorporated_on, relationship_established_at). `required` →
 * MISSING; `errors` → INVALID with the error's detail as reason; a criterion in both appears
 * once, as INVALID, where it first appears (required first, then errors).
 */
export function deriveRfi(profiles: readonly VerificationProfileModel[]): InformationRequestModel[] {
  const requests: InformationRequestModel[] = [];
  // The mapped profiles already hold each profile's criteria in one layout (criteriaOf).
  for (const p of profiles) {
    const invalid = new Map<string, string | null>();
    for (const e of p.errors) {
      // Several errors on one criterion: keep the first detail that says something.
      if (!invalid.has(e.criterion) || invalid.get(e.criterion) === null) invalid.set(e.criterion, e.detail);
    }
    const names = [...new Set([...p.required, ...p.errors.map((e) => e.criterion)])];
    if (names.length === 0) continue;
    const fields: InformationFieldModel[] = [];
    const documents: InformationCategoryModel[] = [];
    for (const name of names) {
      const status = invalid.has(name) ? 'INVALID' : 'MISSING';
      const reason = invalid.get(name) ?? null;
      if (isDocumentCriterion(name)) {
        documents.push({
          documentType: name.toUpperCase(),
          fields: [{ name: 'files', dataType: 'URI', status, reason, options: [], side: null }],
        });
      } else {
        const dataType = DATE_CRITERIA.has(name) ? 'DATE' : 'TEXT';
        fields.push({ name, dataType, status, reason, options: [], side: null });
      }
    }
    const categories = fields.length > 0 ? [{ documentType: null, fields }, ...documents] : documents;
    requests.push({ scope: 'CUSTOMER', section: p.name, associatedPartyId: null, categories });
  }
  return requests;
}

/**
 * `meta` (free-form, null values allowed; https://docs.spherepay.co/api-reference/customer/get-id) as key/value
 * strings, already rendered by the DTO (`freeFormText`); values it dropped as too deep or too long are left out.
 */
function mapMeta(meta: Record<string, string | null | undefined> | null | undefined): MetadataEntryModel[] {
  if (!meta) return [];
  const entries: MetadataEntryModel[] = [];
  for (const [key, value] of Object.entries(meta)) if (value !== undefined) entries.push({ key, value });
  return entries;
}

/** `personalInformation.gender` (https://docs.spherepay.co/api-reference/customer/get-id). */
function gender(value: SpherePayGender): Gender {
  switch (value) {
    case 'male':
      return 'MALE';
    case 'female':
      return 'FEMALE';
    case 'other':
      return 'OTHER';
    default:
      return assertNever(value);
  }
}

/** `personalInformation.sourceOfFunds` (https://docs.spherepay.co/api-reference/customer/get-id). */
function sourceOfFunds(value: SpherePaySourceOfFunds): SourceOfFunds {
  switch (value) {
    case 'salary':
      return 'SALARY';
    case 'business_income':
      return 'BUSINESS_INCOME';
    case 'investment_returns':
      return 'INVESTMENT_INCOME';
    case 'inheritance':
      return 'INHERITANCE';
    case 'gift':
      return 'GIFT';
    case 'savings':
      return 'SAVINGS';
    case 'other':
      return 'OTHER';
    default:
      return assertNever(value);
  }
}
