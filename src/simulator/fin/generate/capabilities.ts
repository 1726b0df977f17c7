import { assertNever } from '../../../model/customer.js';
import type { Random } from '../../random.js';
import type { FinCapabilities, FinCapability, FinReason, FinV2Status } from '../../../providers/fin/wire.js';

/**
 * Currencies and methods exactly as the V1 examples list them.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details
 */
const ON_RAMP: readonly (readonly [string, readonly string[]])[] = [['USD', ['ACH', 'FEDWIRE']]];
const OFF_RAMP: readonly (readonly [string, readonly string[]])[] = [
  ['USD', ['ACH', 'FEDWIRE', 'ACH_SAME_DAY']],
  ['EUR', ['BANK']],
  ['BDT', ['BANK', 'E_WALLET']],
  ['AUD', ['BANK']],
  ['INR', ['BANK']],
  ['JPY', ['BANK']],
  ['NPR', ['BANK']],
  ['CAD', ['BANK']],
  ['PKR', ['BANK']],
  ['PHP', ['BANK']],
  ['SGD', ['BANK']],
  ['GBP', ['BANK']],
];

const NO_REASON: FinReason = { for_customer: null, for_developer: null };

/** Why a not-yet-approved customer has everything disabled; `for_customer` is sometimes filled. */
function blockedReason(random: Random, status: Exclude<FinV2Status, 'APPROVED'>): FinReason {
  const forCustomer = random.bool(0.3) ? 'Your account verification is not complete yet.' : null;
  switch (status) {
    case 'INCOMPLETE':
      return { for_customer: forCustomer, for_developer: 'Customer onboarding is incomplete' };
    case 'PROCESSING':
    case 'REVIEWING':
    case 'IN_COMPLIANCE':
      // fin-get-customer-v1 example: an ON_HOLD customer says "Customer is under review".
      return { for_customer: forCustomer, for_developer: 'Customer is under review' };
    case 'ASSOCIATED_PARTIES_REMAINING':
      return { for_customer: forCustomer, for_developer: 'Associated parties verification is pending' };
    case 'ACTION_REQUIRED':
      return { for_customer: 'Additional information is required.', for_developer: 'Customer action required' };
    case 'REJECTED':
      return {
        for_customer: random.bool(0.5) ? 'This service is not available to you.' : null,
        for_developer: 'Customer is rejected',
      };
    default:
      return assertNever(status);
  }
}

/**
 * V1 embedded capabilities for a customer in `status` (fin-get-customer-v1). Approved customers get most
 * rails enabled, with a few disabled and explained as in the business example ("Unsupported at the
 * moment"); everyone else gets every rail disabled with a status-specific reason. The on-ramp reason is
 * null as in both examples.
 */
export function capabilitiesFor(random: Random, status: FinV2Status): FinCapabilities {
  if (status !== 'APPROVED') {
    const reason = blockedReason(random, status);
    return {
      on_ramp: ON_RAMP.map(([currency, methods]) => item(currency, methods, false, NO_REASON)),
      off_ramp: OFF_RAMP.map(([currency, methods]) => item(currency, methods, false, reason)),
    };
  }
  const onRampEnabled = random.bool(0.6);
  return {
    on_ramp: ON_RAMP.map(([currency, methods]) => item(currency, methods, onRampEnabled, NO_REASON)),
    off_ramp: OFF_RAMP.map(([currency, methods]) => {
      if (currency === 'USD' && random.bool(0.5)) {
        return item(currency, methods, false, { for_customer: null, for_developer: 'Unsupported at the moment' });
      }
      if (random.bool(0.08)) {
        return item(currency, methods, false, {
          for_customer: `${currency} payouts are not available for your account.`,
          for_developer: 'Corridor disabled for this customer',
        });
      }
      return item(currency, methods, true, NO_REASON);
    }),
  };
}

function item(currency: string, methods: readonly string[], status: boolean, reason: FinReason): FinCapability {
  return { currency, status, methods: [...methods], reason: { ...reason } };
}
