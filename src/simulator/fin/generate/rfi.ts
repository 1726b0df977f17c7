import type { Random } from '../../random.js';
import { createDeck } from './deck.js';
import type {
  FinRfiCategory,
  FinRfiDataType,
  FinRfiField,
  FinRfiFieldStatus,
  FinRfiItem,
  FinRfiSide,
} from '../../../providers/fin/wire.js';

/**
 * One field a document asks for. `side` marks the file fields of two-sided identity documents.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
interface FieldSpec {
  readonly name: string;
  readonly dataType: FinRfiDataType;
  /** Choices of an ENUM field, shown in `options` on some requests. */
  readonly choices?: readonly string[];
  readonly side?: FinRfiSide;
  /** Dates and files can be EXPIRED; plain values only MISSING or INVALID. */
  readonly canExpire?: boolean;
}

interface DocumentSpec {
  readonly documentType: string;
  readonly fields: readonly FieldSpec[];
}

const ID_TYPES = ['PASSPORT', 'GOVERNMENT_ID', 'DRIVERS_LICENSE'];
const PASSPORT: DocumentSpec = {
  documentType: 'PASSPORT',
  fields: [
    { name: 'type', dataType: 'ENUM', choices: ID_TYPES },
    { name: 'number', dataType: 'TEXT' },
    { name: 'expiry_date', dataType: 'DATE', canExpire: true },
    { name: 'issue_date', dataType: 'DATE' },
    { name: 'files', dataType: 'URI', side: 'FRONT', canExpire: true },
  ],
};
const GOVERNMENT_ID: DocumentSpec = {
  documentType: 'GOVERNMENT_ID',
  fields: [
    { name: 'type', dataType: 'ENUM', choices: ID_TYPES },
    { name: 'number', dataType: 'TEXT' },
    { name: 'expiry_date', dataType: 'DATE', canExpire: true },
    { name: 'issue_date', dataType: 'DATE' },
    { name: 'files', dataType: 'URI', side: 'FRONT', canExpire: true },
    { name: 'files', dataType: 'URI', side: 'BACK', canExpire: true },
  ],
};
const PROOF_OF_ADDRESS: DocumentSpec = {
  documentType: 'PROOF_OF_ADDRESS',
  fields: [
    { name: 'type', dataType: 'ENUM', choices: ['UTILITY_BILL', 'BANK_STATEMENT', 'LEASE_AGREEMENT', 'TAX_DOCUMENT'] },
    { name: 'address_line_1', dataType: 'TEXT' },
    { name: 'city', dataType: 'TEXT' },
    { name: 'postal_code', dataType: 'TEXT' },
    { name: 'issue_date', dataType: 'DATE', canExpire: true },
    { name: 'files', dataType: 'URI', canExpire: true },
  ],
};
const TOS: DocumentSpec = { documentType: 'TOS', fields: [{ name: 'tos_policies_value', dataType: 'TEXT' }] };
const corporate = (documentType: string, extra: FieldSpec[] = []): DocumentSpec => ({
  documentType,
  fields: [{ name: 'type', dataType: 'ENUM', choices: [documentType] }, ...extra, { name: 'files', dataType: 'URI' }],
});
const TAX_ID: DocumentSpec = {
  documentType: 'TAX_ID',
  fields: [
    { name: 'tax_identification_number', dataType: 'TEXT' },
    { name: 'tax_residence_country', dataType: 'ENUM', choices: ['USA', 'GBR', 'BGD', 'IND', 'SGP', 'PHL'] },
  ],
};

/**
 * Documents requested per V2 section (sections and document types as
 * https://developer.fin.com/api-reference/customers/get-customer-details-v2 shows them, plus the open-set `TAX_ID` for
 * `tax_info`, for which no type is documented).
 */
const SECTION_DOCUMENTS: Readonly<Record<string, readonly DocumentSpec[]>> = {
  proof_of_identity: [PASSPORT, GOVERNMENT_ID],
  proof_of_address: [PROOF_OF_ADDRESS],
  tos_policies_value: [TOS],
  formation_documents: [
    corporate('CERT_OF_INCORPORATION', [
      { name: 'registration_number', dataType: 'TEXT' },
      { name: 'incorporation_date', dataType: 'DATE' },
    ]),
    corporate('EVIDENCE_OF_DIRECTORS_AND_CONTROLLERS'),
  ],
  ownership_documents: [corporate('SHAREHOLDER_REGISTRY'), corporate('PROOF_OF_SIGNATORY_AUTHORITY')],
  supporting_documents: [
    corporate('PROOF_OF_SOURCE_OF_FUNDS', [
      {
        name: 'source_of_funds',
        dataType: 'ENUM',
        choices: ['BUSINESS_REVENUE', 'INVESTMENT', 'LOAN', 'GRANT', 'OTHER'],
      },
    ]),
  ],
  identifying_documents: [PASSPORT, GOVERNMENT_ID],
  tax_info: [TAX_ID],
  address_documents: [PROOF_OF_ADDRESS],
};

const INVALID_REASONS: Readonly<Record<FinRfiDataType, readonly string[]>> = {
  URI: [
    'Unacceptable document.',
    'Document appears to be corrupted',
    'The document is blurry or unreadable.',
    'The name on the document does not match the applicant.',
  ],
  DATE: ['The date does not match the uploaded document.'],
  TEXT: ['The value does not match the uploaded document.', 'The value has an invalid format.'],
  ENUM: ['The selected document type does not match the uploaded file.'],
};
const EXPIRED_REASONS: Readonly<Record<FinRfiDataType, readonly string[]>> = {
  URI: [
    'Expired Identity document. A new document has been requested.',
    'The document is older than 3 months. Please upload a recent one.',
  ],
  DATE: ['The document has expired.'],
  TEXT: ['The value has expired.'],
  ENUM: ['The value has expired.'],
};

/** Draws RFI items; its decks guarantee every field status, data type, side and section appears. */
export class RfiGenerator {
  /** Whether a whole document is missing (all MISSING, reason null) or was uploaded and found wanting. */
  private readonly missingDocument: () => boolean;
  private readonly problemStatus: () => FinRfiFieldStatus;
  private readonly showOptions: () => boolean;
  private readonly sectionDecks = new Map<string, () => string>();
  private readonly documentDecks = new Map<string, () => DocumentSpec>();

  constructor(private readonly random: Random) {
    this.missingDocument = createDeck(random, [true, false], { weights: [1, 2] });
    this.problemStatus = createDeck<FinRfiFieldStatus>(random, ['INVALID', 'EXPIRED'], { weights: [3, 1] });
    this.showOptions = createDeck(random, [true, false]);
  }

  /**
   * A CUSTOMER-scope item for one section (`scope` CUSTOMER, no `associated_party_id`).
   * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
   */
  customerItem(section: string): FinRfiItem {
    return { scope: 'CUSTOMER', section, categories: [this.category(section)] };
  }

  /** An ASSOCIATED_PARTY-scope item naming `partyId`. */
  partyItem(partyId: string, section: string): FinRfiItem {
    return { scope: 'ASSOCIATED_PARTY', associated_party_id: partyId, section, categories: [this.category(section)] };
  }

  /** `count` distinct sections of `pool` (none when `count` is 0), the first from a coverage deck keyed by `pool`. */
  sections(pool: readonly string[], count: number): string[] {
    if (count <= 0) return [];
    const key = pool.join('|');
    let deck = this.sectionDecks.get(key);
    if (!deck) {
      deck = createDeck(this.random, pool);
      this.sectionDecks.set(key, deck);
    }
    const chosen = [deck()];
    while (chosen.length < Math.min(count, pool.length)) {
      const next = this.random.pick(pool);
      if (!chosen.includes(next)) chosen.push(next);
    }
    return chosen;
  }

  private category(section: string): FinRfiCategory {
    let deck = this.documentDecks.get(section);
    if (!deck) {
      deck = createDeck(this.random, SECTION_DOCUMENTS[section] ?? []);
      this.documentDecks.set(section, deck);
    }
    const doc = deck();
    if (this.missingDocument()) {
      return { document_type: doc.documentType, fields: doc.fields.map((f) => this.field(f, 'MISSING')) };
    }
    // An uploaded document is re-requested for its files plus some of the values read from it.
    const fields = doc.fields.filter((f) => f.dataType === 'URI' || f.canExpire || this.random.bool(0.5));
    const chosen = fields.length > 0 ? fields : doc.fields;
    return {
      document_type: doc.documentType,
      fields: chosen.map((f) => this.field(f, f.canExpire ? this.problemStatus() : 'INVALID')),
    };
  }

  private field(spec: FieldSpec, status: FinRfiFieldStatus): FinRfiField {
    const reasons = status === 'EXPIRED' ? EXPIRED_REASONS : INVALID_REASONS;
    return {
      field_name: spec.name,
      data_type: spec.dataType,
      status,
      // Reason is null when the status is MISSING (https://developer.fin.com/api-reference/webhooks/customer-status).
      reason: status === 'MISSING' ? null : this.random.pick(reasons[spec.dataType]),
      options: spec.choices && this.showOptions() ? [...spec.choices] : [],
      // Side on file fields only, null otherwise.
      // See https://developer.fin.com/api-reference/customers/get-customer-details-v2
      side: spec.side ?? null,
    };
  }
}
