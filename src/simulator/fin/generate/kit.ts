import type { Random } from '../../random.js';
import type { FinApiVersion } from '../record.js';
import {
  FIN_VERIFICATION_TYPES,
  type FinCustomerType,
  type FinV2Status,
  type FinVerificationType,
} from '../../../providers/fin/wire.js';
import { createDeck } from './deck.js';
import { PartyGenerator } from './parties.js';
import { COUNTRIES, COUNTRY_WEIGHTS, type CountryProfile } from './pools.js';
import { RejectionGenerator } from './rejection.js';
import { RfiGenerator } from './rfi.js';
import { TimelineGenerator } from './timeline.js';

/**
 * The three statuses whose names differ between V1 and V2.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
const RENAMED: ReadonlySet<FinV2Status> = new Set(['PROCESSING', 'IN_COMPLIANCE', 'ACTION_REQUIRED']);

/** Everything a customer generator draws from; one per dataset so the decks' coverage spans all customers. */
export class GeneratorKit {
  readonly rfi: RfiGenerator;
  readonly rejection: RejectionGenerator;
  readonly parties: PartyGenerator;
  readonly timelines: TimelineGenerator;
  readonly country: () => CountryProfile;
  readonly verificationType: () => FinVerificationType;
  /**
   * APPROVED customers seen per type; every sixth (starting with the first) carries an RFI.
   * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
   */
  private readonly approvedSeen = { INDIVIDUAL: 0, BUSINESS: 0 };
  private readonly createdViaDecks = new Map<string, () => FinApiVersion>();

  constructor(readonly random: Random) {
    this.rfi = new RfiGenerator(random);
    this.rejection = new RejectionGenerator(random);
    this.parties = new PartyGenerator(random);
    this.timelines = new TimelineGenerator(random);
    this.country = createDeck(random, COUNTRIES, { weights: COUNTRY_WEIGHTS });
    this.verificationType = createDeck(random, FIN_VERIFICATION_TYPES, { weights: [85, 15] });
  }

  /**
   * Which API created the customer. Only the renamed statuses make it visible (statuses.ts); for those the
   * deck deals V1 and V2 once each per (type, status) first, so both kinds exist for every renamed status.
   */
  createdVia(type: FinCustomerType, status: FinV2Status): FinApiVersion {
    if (!RENAMED.has(status)) return this.random.bool(0.3) ? 'V1' : 'V2';
    const key = `${type}:${status}`;
    let deck = this.createdViaDecks.get(key);
    if (!deck) {
      deck = createDeck<FinApiVersion>(this.random, ['V1', 'V2'], { weights: [1, 2] });
      this.createdViaDecks.set(key, deck);
    }
    return deck();
  }

  /**
   * Whether this APPROVED customer has an open RFI without a status change (`customer.rfi`,
   * https://developer.fin.com/api-reference/customers/get-customer-details-v2).
   */
  approvedWithRfi(type: FinCustomerType): boolean {
    return this.approvedSeen[type]++ % 6 === 0;
  }
}
