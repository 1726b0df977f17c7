import { z } from 'zod';
import { providerWord } from '../vocabulary.js';
import {
  OPENFX_CAPABILITIES,
  OPENFX_CUSTOMER_ID,
  OPENFX_CUSTOMER_TYPES,
  OPENFX_ENTITY_ID,
  OPENFX_ID_PATTERN,
  OPENFX_KYB_STATUSES,
  OPENFX_SOURCES_OF_FUNDS,
  OPENFX_STATUSES,
} from './wire.js';

// OpenFX wire shapes as the client reads them, provider names
// verbatim; value lists and id patterns come from wire.ts. Strict on required fields; enum words are
// open (`providerWord`: the documented lists below are what the mapper knows, anything else is mapped
// best-effort, never refused); unknown extra fields are dropped.
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/list-customers
// See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling

export const openFxCustomerType = z.enum(OPENFX_CUSTOMER_TYPES);
export const openFxStatus = z.enum(OPENFX_STATUSES);
export const openFxKybStatus = z.enum(OPENFX_KYB_STATUSES);
export const openFxCapability = z.enum(OPENFX_CAPABILITIES);
export const openFxSourceOfFunds = z.enum(OPENFX_SOURCES_OF_FUNDS);

/**
 * `GET /v1/customers/{id}` 200 body: the bare Customer (no wrapper,
 * https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling).
 */
export const openFxCustomer = z.object({
  id: z.string().regex(OPENFX_CUSTOMER_ID),
  entityId: z.string().regex(OPENFX_ENTITY_ID),
  type: openFxCustomerType,
  status: providerWord,
  kybStatus: providerWord,
  // RFC 3339 UTC; offsets tolerated, any fractional precision.
  // See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  // Optional fields: absent in the docs' sense; `null` tolerated as the same thing.
  capabilities: z.array(providerWord).nullish(),
  sourceOfFunds: providerWord.nullish(),
  sourceOfFundsDescription: z.string().nullish(),
  metadata: z.record(z.string(), z.string().nullable()).nullish(),
});
export type OpenFxCustomer = z.infer<typeof openFxCustomer>;

/**
 * `GET /v1/customers` 200 body (https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/list-customers).
 */
export const openFxCustomerList = z.object({
  items: z.array(openFxCustomer),
  pagination: z.object({
    hasMore: z.boolean(),
    // Cursors are customer ids and go back upstream: checked like any id we send.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination
    nextCursor: z.string().regex(OPENFX_ID_PATTERN).nullish(),
  }),
});
export type OpenFxCustomerList = z.infer<typeof openFxCustomerList>;

/**
 * The parts of the error envelope we log: request id and error code, each only when
 * it has the expected harmless shape. `message`, `details` and `fieldErrors` are never read.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 */
export const openFxErrorFacts = z.object({
  error: z.object({
    requestId: z
      .string()
      .regex(/^req_[A-Za-z0-9_-]{1,64}$/)
      .optional()
      .catch(undefined),
    code: z
      .string()
      .regex(/^[a-z0-9_]{1,64}$/)
      .optional()
      .catch(undefined),
  }),
});
