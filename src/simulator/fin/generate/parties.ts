import { assertNever } from '../../../model/customer.js';
import type { Random } from '../../random.js';
import { slug } from './contact.js';
import { createDeck } from './deck.js';
import type { CountryProfile } from './pools.js';
import { formatRfc3339, instantAt } from './timestamps.js';
import type { FinAssociatedParty, FinPartyStatus, FinReason, FinV2Status } from '../../../providers/fin/wire.js';

/** What a business's timeline and status allow for its associated parties. */
export interface PartyContext {
  readonly businessStatus: FinV2Status;
  readonly country: CountryProfile;
  /** The business's email domain; parties use addresses on it as in the examples (`jane.smith@acmecorp.com`). */
  readonly domain: string;
  readonly createdMs: number;
  readonly lastStatusMs: number;
}

const NO_REASON: FinReason = { for_customer: null, for_developer: null };

/**
 * Draws 1–4 associated parties per business, consistent with the business status.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export class PartyGenerator {
  private readonly partyCount: () => number;
  /** For ACTION_REQUIRED businesses: whether the lead party is the one that failed. */
  private readonly leadRejected: () => boolean;

  constructor(private readonly random: Random) {
    this.partyCount = createDeck(random, [1, 2, 3, 4], { weights: [4, 4, 2, 1] });
    this.leadRejected = createDeck(random, [true, false], { weights: [3, 2] });
  }

  /** The parties of one business. */
  parties(ctx: PartyContext): FinAssociatedParty[] {
    const n = this.partyCount();
    const shares = this.ownership(n);
    const statuses = this.statuses(ctx.businessStatus, n);
    return shares.map((share, i) => {
      const first = this.random.pick(ctx.country.firstNames);
      const last = this.random.pick(ctx.country.lastNames);
      const status = statuses[i] as FinPartyStatus;
      // A party's verification settles between the business's creation and its last status change.
      const updatedMs = ctx.createdMs + Math.floor(this.random.next() * Math.max(1, ctx.lastStatusMs - ctx.createdMs));
      return {
        id: this.random.uuid(),
        type: 'INDIVIDUAL',
        ownership_percent: share,
        email: `${slug(first)}.${slug(last)}@${ctx.domain}`,
        verification: {
          status,
          reason: this.reason(status),
          updated_at: formatRfc3339(instantAt(this.random, updatedMs, this.random.bool(0.8) ? 'seconds' : 'micros')),
        },
      };
    });
  }

  /** Ownership shares, largest first; usually summing to 100, sometimes less, occasionally fractional. */
  private ownership(n: number): number[] {
    if (n === 3 && this.random.bool(0.25)) return [33.34, 33.33, 33.33];
    const total = this.random.pick([100, 100, 100, 90, 75, 51]);
    const cuts = Array.from({ length: n }, () => 1 + this.random.next() * 3);
    const sum = cuts.reduce((a, b) => a + b, 0);
    const shares = cuts.map((c) => Math.max(5, Math.floor((c / sum) * total)));
    // Rounding leftovers go to the first holder so a 100% business stays at exactly 100.
    shares[0] = (shares[0] as number) + total - shares.reduce((a, b) => a + b, 0);
    return shares.sort((a, b) => b - a);
  }

  /**
   * Party statuses that make sense under the business status.
   * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
   */
  private statuses(business: FinV2Status, n: number): FinPartyStatus[] {
    const some = (options: readonly FinPartyStatus[]): FinPartyStatus[] =>
      Array.from({ length: n }, () => this.random.pick(options));
    const withLead = (lead: FinPartyStatus, rest: readonly FinPartyStatus[]): FinPartyStatus[] => [
      lead,
      ...some(rest).slice(1),
    ];
    switch (business) {
      case 'INCOMPLETE':
        return some(['INITIATED']);
      case 'PROCESSING':
        return some(['INITIATED', 'REVIEWING']);
      case 'REVIEWING':
        return withLead('REVIEWING', ['REVIEWING', 'APPROVED']);
      case 'ASSOCIATED_PARTIES_REMAINING':
        return withLead('INITIATED', ['INITIATED', 'APPROVED']);
      case 'APPROVED':
        return some(['APPROVED']);
      case 'IN_COMPLIANCE':
        return some(['APPROVED', 'REVIEWING']);
      case 'ACTION_REQUIRED':
        return this.leadRejected() ? withLead('REJECTED', ['APPROVED', 'REJECTED']) : some(['APPROVED']);
      case 'REJECTED':
        return withLead('REJECTED', ['APPROVED', 'REJECTED', 'REVIEWING']);
      default:
        return assertNever(business);
    }
  }

  /** Reasons are often both null, even for REJECTED (fin-get-customer-v2 example). */
  private reason(status: FinPartyStatus): FinReason {
    switch (status) {
      case 'APPROVED':
        return { ...NO_REASON };
      case 'INITIATED':
        return this.random.bool(0.5)
          ? { for_customer: 'Verification link sent to the associated party.', for_developer: 'Awaiting party KYC' }
          : { ...NO_REASON };
      case 'REVIEWING':
        return this.random.bool(0.5) ? { for_customer: null, for_developer: 'KYC under review' } : { ...NO_REASON };
      case 'REJECTED':
        return this.random.bool(0.5)
          ? {
              for_customer: 'The identity document could not be verified. Please upload a valid document.',
              for_developer: this.random.bool(0.5) ? 'Applicant rejected: EXPIRATION_DATE' : null,
            }
          : { ...NO_REASON };
      default:
        return assertNever(status);
    }
  }
}
