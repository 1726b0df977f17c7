import {
  FIN_RFI_SECTIONS,
  type FinAssociatedParty,
  type FinRfiItem,
  type FinV2Status,
} from '../../../providers/fin/wire.js';
import type { FinBusinessRecord } from '../record.js';
import { capabilitiesFor } from './capabilities.js';
import { phoneFor, slug, tosPoliciesUrl } from './contact.js';
import type { GeneratorKit } from './kit.js';
import { BUSINESS_MAILBOXES, BUSINESS_SUFFIXES, BUSINESS_TRADES, BUSINESS_WORDS } from './pools.js';

/** One generated business in `status`; `serial` keeps its domain unique. */
export function generateBusiness(
  kit: GeneratorKit,
  id: string,
  status: FinV2Status,
  serial: number,
): FinBusinessRecord {
  const { random } = kit;
  const country = kit.country();
  const word = random.pick(BUSINESS_WORDS);
  const trade = random.pick(BUSINESS_TRADES);
  const businessName = `${word} ${trade} ${random.pick(BUSINESS_SUFFIXES)}`;
  const domain = `${slug(word)}${slug(trade)}${serial}.${country.tld}`;
  const time = kit.timelines.timeline(status);
  const associatedParties = kit.parties.parties({
    businessStatus: status,
    country,
    domain,
    createdMs: time.createdMs,
    lastStatusMs: time.lastStatusMs,
  });
  return {
    type: 'BUSINESS',
    id,
    businessName,
    email: `${random.pick(BUSINESS_MAILBOXES)}@${domain}`,
    phone: phoneFor(random, country),
    countryOfIncorporation: country.alpha3,
    verificationType: kit.verificationType(),
    status,
    createdVia: kit.createdVia('BUSINESS', status),
    tosPoliciesUrl: tosPoliciesUrl(id, random.uuid()),
    associatedParties,
    createdAt: time.createdAt,
    updatedAt: time.updatedAt,
    lastStatusUpdatedAt: time.lastStatusUpdatedAt,
    capabilities: capabilitiesFor(random, status),
    // fin-get-customer-v2: rejection_reason (with its associated_parties part) for REJECTED and ACTION_REQUIRED.
    rejection: status === 'REJECTED' || status === 'ACTION_REQUIRED' ? kit.rejection.business(associatedParties) : null,
    rfi: businessRfi(kit, status, associatedParties),
  };
}

/**
 * RFIs: for ACTION_REQUIRED, company sections plus items for each rejected party (scope ASSOCIATED_PARTY,
 * `associated_party_id` naming it); for some APPROVED businesses, one refresh item.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
function businessRfi(kit: GeneratorKit, status: FinV2Status, parties: readonly FinAssociatedParty[]): FinRfiItem[] {
  const rejected = parties.filter((p) => p.verification.status === 'REJECTED');
  if (status === 'ACTION_REQUIRED') {
    const company = kit.rfi.sections(
      FIN_RFI_SECTIONS.businessV2,
      rejected.length > 0 ? kit.random.int(0, 2) : kit.random.int(1, 3),
    );
    const partyItems = rejected.flatMap((p) =>
      kit.rfi.sections(FIN_RFI_SECTIONS.associatedPartyV2, kit.random.int(1, 2)).map((s) => kit.rfi.partyItem(p.id, s)),
    );
    return [...partyItems, ...company.map((s) => kit.rfi.customerItem(s))];
  }
  if (status === 'APPROVED' && kit.approvedWithRfi('BUSINESS')) {
    const party = parties[0];
    return kit.random.bool(0.5) || !party
      ? [kit.rfi.customerItem('supporting_documents')]
      : [kit.rfi.partyItem(party.id, 'address_documents')];
  }
  return [];
}
