import type {
  FinAssociatedParty,
  FinCapabilities,
  FinRejectionReason,
  FinRfiItem,
  FinV2Status,
  FinVerificationType,
} from '../../providers/fin/wire.js';

/** Which API version created the customer; it decides the status names the V2 endpoints show (statuses.ts). */
export type FinApiVersion = 'V1' | 'V2';

interface FinRecordCommon {
  readonly id: string;
  readonly email: string;
  /** E.164. */
  readonly phone: string;
  readonly verificationType: FinVerificationType;
  /** Canonical status in the V2 vocabulary; the views translate (statuses.ts). */
  readonly status: FinV2Status;
  readonly createdVia: FinApiVersion;
  readonly tosPoliciesUrl: string;
  /**
   * RFC 3339 UTC strings exactly as served (variable fractional precision,
   * https://developer.fin.com/api-reference/customers/get-customer-details-v2).
   */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastStatusUpdatedAt: string;
  /** V1 embedded capabilities (fin-get-customer-v1). */
  readonly capabilities: FinCapabilities;
  /** V2-shaped rejection; V1 shows it only when REJECTED, V2 when REJECTED or ACTION_REQUIRED (render.ts). */
  readonly rejection: FinRejectionReason | null;
  /** RFI items with V2 section names; the V1 view renames business/party sections (render.ts). */
  readonly rfi: FinRfiItem[];
}

export interface FinIndividualRecord extends FinRecordCommon {
  readonly type: 'INDIVIDUAL';
  readonly firstName: string;
  readonly lastName: string;
  /** ISO 3166 alpha-3. */
  readonly countryOfResidence: string;
}

export interface FinBusinessRecord extends FinRecordCommon {
  readonly type: 'BUSINESS';
  readonly businessName: string;
  /** ISO 3166 alpha-3. */
  readonly countryOfIncorporation: string;
  readonly associatedParties: FinAssociatedParty[];
}

/** The one canonical record per simulated customer; V1 detail, V2 detail and list rows are rendered from it. */
export type FinCustomerRecord = FinIndividualRecord | FinBusinessRecord;
