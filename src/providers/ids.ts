import { orList } from '../model/or-list.js';
import type { CustomerRef, ProviderName } from '../model/customer.js';
import { UserInputError } from '../model/errors.js';
import { fromGlobalId } from '../model/global-id.js';
import { PROVIDER_MODULES, providerModule } from './registry.js';

const MAX_ID_LENGTH = 400;

// Routing of raw ids, from the modules: whole prefixes first (`customer_` and `cus_` share letters,
// https://docs.spherepay.co/api-reference/customer/get-id), then the providers whose ids are recognised by their
// pattern alone (Fin.com UUIDs).
const BY_PREFIX = PROVIDER_MODULES.flatMap((m) =>
  m.ids.claim === 'pattern' ? [] : [{ prefix: m.ids.claim.prefix, name: m.name }],
);
const BY_PATTERN = PROVIDER_MODULES.filter((m) => m.ids.claim === 'pattern');
const EXPECTED = orList(['a global id', ...PROVIDER_MODULES.map((m) => m.ids.description)]);

/** Applies one provider's id pattern; `null` when `raw` is not that provider's customer id. */
export function parseProviderId(provider: ProviderName, raw: string): string | null {
  return providerModule(provider).ids.parse(raw);
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
  const prefixed = BY_PREFIX.find(({ prefix }) => input.startsWith(prefix));
  if (prefixed) return raw(prefixed.name, input);
  for (const module of BY_PATTERN) {
    const providerId = module.ids.parse(input);
    if (providerId) return { provider: module.name, providerId };
  }
  const global = fromGlobalId(input);
  if (global) return raw(global.provider, global.rawId);
  throw new UserInputError(`Invalid customer id: expected ${EXPECTED}.`);
}

function raw(provider: ProviderName, id: string): CustomerRef {
  const providerId = parseProviderId(provider, id);
  if (providerId === null) {
    throw new UserInputError(`Invalid customer id: not a well-formed ${provider} customer id.`, provider);
  }
  return { provider, providerId };
}
