import type { ConnectionModel } from '../model/connection.js';
import type { CapabilityModel, CustomerModel, CustomerType, ProviderName } from '../model/customer.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';

/** Per-GraphQL-request facts every upstream call carries. */
export interface CallContext {
  /** Sent upstream as `X-Request-Id` and written on every log line. */
  readonly requestId: string;
  readonly logger: Logger;
  /** Aborts when the GraphQL request's deadline passes or the client goes away. */
  readonly signal?: AbortSignal;
  /** Epoch ms by which every upstream call (retries included) must be done. */
  readonly deadline?: number;
  /** Process metrics; absent in narrow unit tests. */
  readonly metrics?: Metrics;
  /**
   * `Cache-Control: no-cache` on the GraphQL request: read every customer from its provider (no
   * cache read) and refresh the cache with the answer (cache/customer-cache.ts).
   */
  readonly noCache?: boolean;
}

/** One page of a provider's customer list, already mapped (rows carry their cursors). */
export type CustomerPage = ConnectionModel;

export interface ListQuery {
  readonly type: CustomerType | null;
  /** 1..MAX_PAGE_SIZE. */
  readonly first: number;
  /** An opaque cursor this provider produced, or `null` for the start. */
  readonly after: string | null;
}

/** The largest `first` a connection accepts (documented in the schema and README). */
export const MAX_PAGE_SIZE = 512;

/** Circuit breaker state of a provider (circuit-breaker.ts). */
export type CircuitState = 'closed' | 'open' | 'half_open';

/** What readiness checks and metrics read of a provider. */
export interface ProviderHealth {
  /** `open`: calls are refused without an upstream request; `half_open`: one probe is let through. */
  readonly circuit: CircuitState;
}

/**
 * What the graph needs of a provider. Implementations live in `providers/<name>/`, validate their
 * ids before any request, and throw `ProviderError` / `UserInputError` only.
 */
export interface CustomerProvider {
  readonly name: ProviderName;
  /** Detail document of one customer, `null` when the provider says it does not exist. */
  getCustomer(id: string, call: CallContext): Promise<CustomerModel | null>;
  /**
   * Capabilities when the detail document lacks them (its `capabilities` is `null`); `null` when
   * the customer does not exist.
   */
  getCapabilities(id: string, call: CallContext): Promise<CapabilityModel[] | null>;
  listCustomers(query: ListQuery, call: CallContext): Promise<CustomerPage>;
  /** Releases pooled connections. */
  close(): Promise<void>;
  /** Current health; present on providers wrapped by `withCircuitBreaker` (every provider the registry builds). */
  health?(): ProviderHealth;
  /**
   * Whether the provider can be used now, for `/readyz` (Fin.com: a token is held or obtainable).
   * Honours `call.signal`, never calls a customer endpoint. Absent: judged by its circuit alone.
   */
  ready?(call: CallContext): Promise<boolean>;
}
