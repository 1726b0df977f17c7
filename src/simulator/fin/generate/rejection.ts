import type { Random } from '../../random.js';
import { createDeck } from './deck.js';
import type {
  FinAssociatedParty,
  FinRejectionApplicant,
  FinRejectionDocument,
  FinRejectionReason,
} from '../../../providers/fin/wire.js';

/** Labels seen in fin-get-customer-v2 (an open set) with the moderation comment Fin writes for each. */
const LABEL_COMMENTS: Readonly<Record<string, string>> = {
  LOW_QUALITY: 'This document is not accepted.\n - The document should be of good quality.',
  UNFILLED_ID: 'This document is not accepted.\n - The document is not authentic',
  DOCUMENT_TEMPLATE: 'This document is not accepted.\n - The uploaded file appears to be a document template.',
  NOT_DOCUMENT: 'This document is not accepted.\n - The file is not a document',
  EXPIRATION_DATE:
    "Your identity document has expired and can't be used for verification. Please upload a different identity document.",
  PROBLEMATIC_APPLICANT_DATA: 'The applicant data does not match the data in the submitted documents.',
  DOCUMENT_MISSING: "If you're a sole entrepreneur, upload corporate documents confirming your company's legal status.",
};
/** Problems with an uploaded file, whatever it is. */
const FILE_LABELS = ['LOW_QUALITY', 'UNFILLED_ID', 'DOCUMENT_TEMPLATE', 'NOT_DOCUMENT'];
/** Labels per subject: people can also present expired or mismatching identity data; companies can omit documents. */
const PERSON_APPLICANT_LABELS = ['EXPIRATION_DATE', 'PROBLEMATIC_APPLICANT_DATA', ...FILE_LABELS];
const COMPANY_APPLICANT_LABELS = ['DOCUMENT_MISSING', ...FILE_LABELS];
const IDENTITY_DOCUMENT_LABELS = ['EXPIRATION_DATE', ...FILE_LABELS];

/** Document categories seen in fin-get-customer-v2 (an open set). */
const BUSINESS_CATEGORIES = ['SUPPORTING_DOCUMENTS', 'OWNERSHIP_DOCUMENTS'];
const FILE_NAMES: Readonly<Record<string, readonly string[]>> = {
  PROOF_OF_IDENTITY: ['passport.jpg', 'id_card_front.png', 'id_card_back.png', 'drivers_license.jpg'],
  SUPPORTING_DOCUMENTS: ['bank_statement.pdf', 'source_of_funds.pdf', 'invoice.pdf'],
  OWNERSHIP_DOCUMENTS: ['shareholder_registry.pdf', 'board_resolution.pdf', 'register_of_members.pdf'],
};
const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

/** Draws V2 `rejection_reason` objects (fin-get-customer-v2); decks make every documented label appear. */
export class RejectionGenerator {
  private readonly personLabel: () => string;
  private readonly companyLabel: () => string;
  private readonly identityDocumentLabel: () => string;
  private readonly companyDocumentLabel: () => string;
  private readonly businessCategory: () => string;

  constructor(private readonly random: Random) {
    this.personLabel = createDeck(random, PERSON_APPLICANT_LABELS);
    this.companyLabel = createDeck(random, COMPANY_APPLICANT_LABELS);
    this.identityDocumentLabel = createDeck(random, IDENTITY_DOCUMENT_LABELS);
    this.companyDocumentLabel = createDeck(random, FILE_LABELS);
    this.businessCategory = createDeck(random, BUSINESS_CATEGORIES);
  }

  /** For an individual: applicant labels and identity-document findings. */
  individual(): FinRejectionReason {
    return { applicant: this.applicant('person'), documents: this.identityDocuments(1, 2) };
  }

  /**
   * For a business: company findings plus one entry per rejected associated party (business only,
   * https://developer.fin.com/api-reference/customers/get-customer-details-v2).
   */
  business(parties: readonly FinAssociatedParty[]): FinRejectionReason {
    const applicant = this.applicant('company');
    return {
      applicant,
      // Without an applicant-level finding there is always at least one document finding.
      documents: this.companyDocuments(applicant ? 0 : 1, 3),
      associated_parties: parties
        .filter((p) => p.verification.status === 'REJECTED')
        .map((p) => ({
          id: p.id,
          applicant: this.applicant('person'),
          documents: this.identityDocuments(1, 1),
        })),
    };
  }

  /** `applicant` is nullable (fin-get-customer-v2 schema); the comment is usually '' as in both examples. */
  private applicant(subject: 'person' | 'company'): FinRejectionApplicant | null {
    if (this.random.bool(0.15)) return null;
    const pool = subject === 'person' ? PERSON_APPLICANT_LABELS : COMPANY_APPLICANT_LABELS;
    const labels = [subject === 'person' ? this.personLabel() : this.companyLabel()];
    if (this.random.bool(0.4)) {
      const extra = this.random.pick(pool);
      if (!labels.includes(extra)) labels.push(extra);
    }
    const comment = this.random.bool(0.75) ? '' : (LABEL_COMMENTS[labels[0] as string] ?? '');
    return { moderation_comment: comment, reject_labels: labels };
  }

  private identityDocuments(min: number, max: number): FinRejectionDocument[] {
    return this.times(min, max, () => this.document('PROOF_OF_IDENTITY', this.identityDocumentLabel()));
  }

  private companyDocuments(min: number, max: number): FinRejectionDocument[] {
    return this.times(min, max, () => this.document(this.businessCategory(), this.companyDocumentLabel()));
  }

  private times<T>(min: number, max: number, make: () => T): T[] {
    return Array.from({ length: this.random.int(min, max) }, make);
  }

  private document(category: string, label: string): FinRejectionDocument {
    return {
      uri: `/${this.token(8)}_${this.random.pick(FILE_NAMES[category] ?? ['document.pdf'])}`,
      category,
      moderation_comment: LABEL_COMMENTS[label] ?? '',
      reject_labels: [label],
    };
  }

  /** The random prefix Fin puts before uploaded file names (`/ZuyUaH3a_testdoc1.png`). */
  private token(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += this.random.pick(ALNUM);
    return s;
  }
}
