import { z } from 'zod';
import { providerWord } from '../vocabulary.js';

// Fin.com wire shapes, names verbatim.
// Strict where the mapper depends on a value, lenient (nullish) where the documents disagree.
// Enum words are open (`providerWord`): an undocumented value is mapped best-effort, not refused.
// See https://developer.fin.com/api-reference/customers/get-customer-details
// See https://developer.fin.com/api-reference/customers/get-customer-details-v2
// See https://developer.fin.com/api-reference/customers/list-customers-v2

const nullableString = z.string().nullish();

const reason = z.object({ for_customer: nullableString, for_developer: nullableString }).nullish();

export const associatedParty = z.object({
  id: z.string(),
  type: providerWord.nullish(),
  ownership_percent: z.number().nullish(),
  email: nullableString,
  verification: z.object({ status: providerWord, reason, updated_at: nullableString }).nullish(),
});

const rfiField = z.object({
  field_name: z.string(),
  data_type: providerWord,
  status: providerWord,
  reason: nullableString,
  options: z.array(z.string()).nullish(),
  side: providerWord.nullish(),
});

export const requestForInformation = z.object({
  // The business V2 schema omits scope and associated_party_id; examples include them.
  // See https://developer.fin.com/api-reference/customers/get-customer-details-v2
  scope: providerWord.nullish(),
  associated_party_id: nullableString,
  section: z.string(),
  categories: z.array(z.object({ document_type: nullableString, fields: z.array(rfiField) })),
});

const applicantRejection = z.object({
  moderation_comment: nullableString,
  reject_labels: z.array(z.string()).nullish(),
});

const documentRejection = z.object({
  uri: nullableString,
  category: nullableString,
  moderation_comment: nullableString,
  reject_labels: z.array(z.string()).nullish(),
});

/** V2 `rejection_reason`; V1's is an opaque object, so every part is optional. */
export const rejectionReason = z.object({
  applicant: applicantRejection.nullish(),
  documents: z.array(documentRejection).nullish(),
  associated_parties: z
    .array(
      z.object({
        id: z.string(),
        applicant: applicantRejection.nullish(),
        documents: z.array(documentRejection).nullish(),
      }),
    )
    .nullish(),
});

const capability = z.object({
  currency: z.string(),
  status: z.boolean(),
  methods: z.array(z.string()).nullish(),
  reason,
});

const common = {
  customer_id: z.string(),
  email: nullableString,
  phone: nullableString,
  customer_status: providerWord,
  tos_policies_url: nullableString,
  created_at: nullableString,
  updated_at: nullableString,
};

const detail = {
  ...common,
  verification_type: providerWord.nullish(),
  last_status_updated_at: nullableString,
  rejection_reason: rejectionReason.nullish(),
  request_for_information: z.array(requestForInformation).nullish(),
};

const individual = {
  type: z.literal('INDIVIDUAL'),
  first_name: nullableString,
  last_name: nullableString,
  country_of_residence: nullableString,
};
const business = {
  type: z.literal('BUSINESS'),
  business_name: nullableString,
  country_of_incorporation: nullableString,
};

/** `GET /v2/customers/{id}` → `{data}`. */
export const customerV2Response = z.object({
  data: z.discriminatedUnion('type', [
    z.object({ ...detail, ...individual }),
    z.object({ ...detail, ...business, associated_parties: z.array(associatedParty).nullish() }),
  ]),
});
export type CustomerV2 = z.infer<typeof customerV2Response>['data'];

/** `GET /v1/customers/{id}` → `{data}`; only `capabilities` is read from it. */
export const customerV1Response = z.object({
  data: z.object({
    customer_id: z.string(),
    capabilities: z
      .object({ on_ramp: z.array(capability).nullish(), off_ramp: z.array(capability).nullish() })
      .nullish(),
  }),
});
export type CustomerV1 = z.infer<typeof customerV1Response>['data'];

/** `GET /v2/customers?type=…` list envelope; items are summaries. */
export const customerListResponse = z.object({
  data: z.object({
    pagination: z.object({
      current_page: z.number().int(),
      per_page: z.number().int(),
      total_page: z.number().int(),
      total: z.number().int(),
    }),
    customers: z.array(
      z.discriminatedUnion('type', [z.object({ ...common, ...individual }), z.object({ ...common, ...business })]),
    ),
  }),
});
export type CustomerSummary = z.infer<typeof customerListResponse>['data']['customers'][number];

const tokenFields = z.object({
  access_token: z.string().min(1),
  access_token_ttl: z.string(),
  refresh_token: z.string().min(1),
  refresh_token_ttl: z.string(),
  current_time: z.string(),
});

/**
 * Token and refresh responses: flat, or wrapped in `data` in an older capture.
 * @see https://developer.fin.com/api-reference/authentication/refresh-a-token
 */
export const tokenResponse = z.union([tokenFields, z.object({ data: tokenFields }).transform((r) => r.data)]);
export type TokenResponse = z.infer<typeof tokenFields>;
