import { z } from 'zod';
import { freeFormText } from '../free-form.js';
import { providerWord } from '../vocabulary.js';
import { SPHEREPAY_GENDERS, SPHEREPAY_ID_PATTERN, SPHEREPAY_SOURCES_OF_FUNDS } from './wire.js';

/**
 * SpherePay wire shapes as the client reads them, names verbatim
 * (https://docs.spherepay.co/api-reference/customer/get-id, `CustomerResponseDto`;
 * https://docs.spherepay.co/api-reference/customer/get, https://docs.spherepay.co/api-reference/customer/get-id); value
 * lists and id patterns come from wire.ts. Strict where we depend on a value: the documented required fields and
 * `type`. Profile status and `tosStatus` are open words (`providerWord`): an undocumented one is mapped best-effort,
 * never refused. Lenient elsewhere: optional fields may also be `null`, criterion and profile names are open strings
 * (the docs' own examples use names outside the seed enums), and the older documented profile layouts are accepted.
 */

const optionalString = z.string().nullish();
/**
 * A criterion name: open, since documented examples use names outside the seed enum.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
const criterionNames = z.array(z.string()).nullish();

/**
 * `criteria.errors[]`: `{name, detail}` today; older docs show `{name, message}`.
 * @see https://docs.staging.spherepay.co/api-reference/customer/get
 */
export const criterionError = z.object({
  name: z.string(),
  detail: optionalString,
  message: optionalString,
});

export const criteria = z.object({
  complete: criterionNames,
  pending: criterionNames,
  required: criterionNames,
  errors: z.array(criterionError).nullish(),
});

/**
 * One verification profile. Current layout: `{name, status, criteria: {...}}`. Older layouts:
 * the four arrays at the profile's top level, or only `{name, status}`.
 * @see https://docs.staging.spherepay.co/api-reference/customer/get
 */
export const verificationProfile = z.object({
  name: z.string(),
  status: providerWord,
  criteria: criteria.nullish(),
  complete: criterionNames,
  pending: criterionNames,
  required: criterionNames,
  errors: z.array(criterionError).nullish(),
});
export type SpherePayVerificationProfileDto = z.infer<typeof verificationProfile>;

/**
 * `personalInformation` (individuals). `gender` and `sourceOfFunds` are documented enums; an
 * unknown value reads as absent rather than failing the whole customer.
 */
export const personalInformation = z.object({
  taxIdentificationNumberType: optionalString,
  taxIdentificationNumberCountry: optionalString,
  taxIdentificationNumberDescription: optionalString,
  gender: z.enum(SPHEREPAY_GENDERS).nullish().catch(null),
  countryOfBirth: optionalString,
  nationality: optionalString,
  middleName: optionalString,
  occupationSocCode: optionalString,
  residencyCountry: optionalString,
  sourceOfFunds: z.enum(SPHEREPAY_SOURCES_OF_FUNDS).nullish().catch(null),
});

// Required on both variants: id, verificationProfiles, tosStatus, createdAt, updatedAt, type.
const common = {
  // The id becomes part of our global id, so it must be a well-formed SpherePay id.
  id: z.string().regex(SPHEREPAY_ID_PATTERN),
  email: optionalString,
  phone: optionalString,
  verificationProfiles: z.array(verificationProfile),
  // Free-form; values may be anything JSON, including null; too deep or too long values are dropped.
  meta: z.record(z.string().max(256), freeFormText).nullish(),
  tosStatus: providerWord,
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const individualCustomer = z.object({
  ...common,
  type: z.literal('individual'),
  firstName: optionalString,
  lastName: optionalString,
  dateOfBirth: optionalString,
  personalInformation: personalInformation.nullish(),
});

export const businessCustomer = z.object({
  ...common,
  type: z.literal('business'),
  businessLegalName: optionalString,
  businessTradeName: optionalString,
});

/** `CustomerResponseDto`: `oneOf` Individual | Business, discriminated by `type`; served bare. */
export const customerResponse = z.discriminatedUnion('type', [individualCustomer, businessCustomer]);
export type SpherePayCustomerDto = z.infer<typeof customerResponse>;

const count = z.number().int().min(0);

/**
 * `GET /v2/customer` envelope: no cursor; the end is `hasNext=false`.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
export const customerListResponse = z.object({
  customers: z.array(customerResponse),
  pagination: z.object({
    page: count.nullish(),
    limit: count.nullish(),
    total: count.nullish(),
    totalPages: count.nullish(),
    hasNext: z.boolean().nullish(),
    hasPrevious: z.boolean().nullish(),
  }),
});

/**
 * The one ProblemDetails field we read: `correlationId` (32 hex,
 * https://docs.spherepay.co/api-reference/customer/get-id), to log. Anything else in an error body stays unread. The
 * pattern keeps arbitrary text out of log lines.
 */
export const problemCorrelation = z.object({
  correlationId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});
