/**
 * OpenFX's wire vocabulary, names verbatim: the value lists,
 * id patterns, webhook event names and documents as the provider serves them. The one copy: the
 * client's schemas (dto.ts) read these words, and the simulator (src/simulator/openfx) serves exactly
 * these shapes, so the two cannot drift.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/list-customers
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/signature-verification
 */

/**
 * Customer id, the documented pattern `^cus_[A-Za-z0-9]+$`. Case is significant.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export const OPENFX_CUSTOMER_ID = /^cus_[A-Za-z0-9]+$/;

/**
 * The documented pattern with a length cap, for ids we take from callers (and list cursors, which are
 * customer ids) and put in an upstream request. `ent_…` ids are entities, not customers, and never match.
 */
export const OPENFX_ID_PATTERN = /^cus_[A-Za-z0-9]{1,64}$/;

/**
 * Legal entity id, `entityId` on a customer.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export const OPENFX_ENTITY_ID = /^ent_[A-Za-z0-9]+$/;

export const OPENFX_CUSTOMER_TYPES = ['individual', 'business'] as const;
export type OpenFxCustomerType = (typeof OPENFX_CUSTOMER_TYPES)[number];

export const OPENFX_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'active',
  'rejected',
  'suspended',
  'closed',
] as const;
export type OpenFxStatus = (typeof OPENFX_STATUSES)[number];

export const OPENFX_KYB_STATUSES = ['not_started', 'pending', 'approved', 'rejected', 'requires_info'] as const;
export type OpenFxKybStatus = (typeof OPENFX_KYB_STATUSES)[number];

export const OPENFX_CAPABILITIES = ['accounts', 'payments', 'fx', 'crypto'] as const;
export type OpenFxCapability = (typeof OPENFX_CAPABILITIES)[number];

export const OPENFX_SOURCES_OF_FUNDS = [
  'business_revenue',
  'venture_capital',
  'private_equity',
  'personal_savings',
  'loans_or_credit',
  'grants',
  'investment_income',
  'other',
] as const;
export type OpenFxSourceOfFunds = (typeof OPENFX_SOURCES_OF_FUNDS)[number];

/**
 * Customer webhook events: `customer.kyb_status_changed` is documented; `.created`, `.updated` and
 * `.status_changed` follow the documented naming convention.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/webhooks/event-types
 */
export const OPENFX_CUSTOMER_EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'customer.status_changed',
  'customer.kyb_status_changed',
] as const;
export type OpenFxCustomerEvent = (typeof OPENFX_CUSTOMER_EVENT_TYPES)[number];

/**
 * A Customer as `GET /v1/customers/{id}` returns it. Optional fields may be absent.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export interface OpenFxCustomerDocument {
  id: string;
  entityId: string;
  type: OpenFxCustomerType;
  status: OpenFxStatus;
  kybStatus: OpenFxKybStatus;
  capabilities?: OpenFxCapability[];
  sourceOfFunds?: OpenFxSourceOfFunds;
  sourceOfFundsDescription?: string;
  metadata?: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
}

/**
 * One entry of `fieldErrors` on a 400 validation failure.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 */
export interface OpenFxFieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/**
 * The documented error envelope `{error:{type, code, message, status, requestId, retryable, …}}`.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
 */
export interface OpenFxErrorBody {
  readonly error: {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly status: number;
    readonly requestId: string;
    readonly retryable: boolean;
    readonly fieldErrors?: readonly OpenFxFieldError[];
  };
}
