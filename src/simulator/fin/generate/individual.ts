import { FIN_RFI_SECTIONS, type FinV2Status } from '../../../providers/fin/wire.js';
import type { FinIndividualRecord } from '../record.js';
import { capabilitiesFor } from './capabilities.js';
import { personalEmail, phoneFor, tosPoliciesUrl } from './contact.js';
import type { GeneratorKit } from './kit.js';

/** One generated individual in `status`; `serial` keeps its email unique. */
export function generateIndividual(
  kit: GeneratorKit,
  id: string,
  status: FinV2Status,
  serial: number,
): FinIndividualRecord {
  const { random } = kit;
  const country = kit.country();
  const firstName = random.pick(country.firstNames);
  const lastName = random.pick(country.lastNames);
  const time = kit.timelines.timeline(status);
  return {
    type: 'INDIVIDUAL',
    id,
    firstName,
    lastName,
    email: personalEmail(random, firstName, lastName, serial),
    phone: phoneFor(random, country),
    countryOfResidence: country.alpha3,
    verificationType: kit.verificationType(),
    status,
    createdVia: kit.createdVia('INDIVIDUAL', status),
    tosPoliciesUrl: tosPoliciesUrl(id, random.uuid()),
    createdAt: time.createdAt,
    updatedAt: time.updatedAt,
    lastStatusUpdatedAt: time.lastStatusUpdatedAt,
    capabilities: capabilitiesFor(random, status),
    // fin-get-customer-v2: rejection_reason is filled for REJECTED and ACTION_REQUIRED.
    rejection: status === 'REJECTED' || status === 'ACTION_REQUIRED' ? kit.rejection.individual() : null,
    rfi: individualRfi(kit, status),
  };
}

/**
 * RFIs: always for ACTION_REQUIRED, and for some APPROVED customers.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
function individualRfi(kit: GeneratorKit, status: FinV2Status): FinIndividualRecord['rfi'] {
  const sections = FIN_RFI_SECTIONS.individual;
  if (status === 'ACTION_REQUIRED') {
    return kit.rfi.sections(sections, kit.random.int(1, 2)).map((s) => kit.rfi.customerItem(s));
  }
  if (status === 'APPROVED' && kit.approvedWithRfi('INDIVIDUAL')) {
    // A periodic refresh on an approved customer: typically a new proof of address or ToS acceptance.
    return [kit.rfi.customerItem(kit.random.pick(['proof_of_address', 'tos_policies_value']))];
  }
  return [];
}
