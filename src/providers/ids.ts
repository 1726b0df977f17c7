import { assertNever, type CustomerRef, type ProviderName } from '../model/customer.js';
import { UserInputError } from '../model/errors.js';
import { fromGlobalId } from '../model/global-id.js';
import { parseFinId } from './fin/ids.js';
import { parseOpenFxId } from './openfx/ids.js';
import { parseSpherePayId } from './spherepay/ids.js';

const MAX_ID_LENGTH = 400;

/** Applies one provider's id pattern; `null` when `raw` is not that provider's customer id. */
export function parseProviderId(provider: ProviderName, raw: string): string | null {
  switch (provider) {
    case 'FIN':
      return parseFinId(raw);
    case 'SPHEREPAY':
      return parseSpherePayId(raw);
    case 'OPENFX':
      return parseOpenFxId(raw);
    default:
      return assertNever(provider);
  }
}

/**
 * Resolves a client-supplied id (global id, or raw id whose shape names its provider) to a
 * validated customer reference. Throws `UserInputError` for anything else, so malformed ids
 * never reach a provider.
 */
export function parseCustomerId(input: string): CustomerRef {
  if (input.length === 0 || input.length > MAX_ID_LENGTH) {
    throw new UserInputError(`Invalid customer id: expected 1 to ${MAX_ID_LENGTH} characters.`);
  }
  // Whole-prefix matches: `customer_` and `cus_` share letters.
  // See https://docs.spherepay.co/api-reference/customer/get-id
  if (input.startsWith('customer_')) return raw('SPHEREPAY', input);
  if (input.startsWith('cus_')) return raw('OPENFX', input);
  const fin = parseFinId(input);
  if (fin) return { provider: 'FIN', providerId: fin };
  const global = fromGlobalId(input);
  if (global) return raw(global.provider, global.rawId);
  throw new UserInputError(
    'Invalid customer id: expected a global id, a Fin.com UUID, a SpherePay `customer_…` id or an OpenFX `cus_…` id.',
  );
}

function raw(provider: ProviderName, id: string): CustomerRef {
  const providerId = parseProviderId(provider, id);
  if (providerId === null) {
    throw new UserInputError(`Invalid customer id: not a well-formed ${provider} customer id.`, provider);
  }
  return { provider, providerId };
}
