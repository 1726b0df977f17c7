import { Provider } from '../generated/enums.js';
import type { CustomerRef, ProviderName } from './customer.js';

// The global id is base64url("Customer:<PROVIDER>:<providerId>"). It always starts with "Q3",
// which no raw provider id can (UUIDs are hex, the others start with "cus"), so a raw id and a
// global id never collide.
const TYPENAME = 'Customer';
// The SDL's names, not the registry's: the model never loads provider code.
const PROVIDER_NAMES: ReadonlySet<string> = new Set(Object.values(Provider));

/** Encodes a customer reference as an opaque, stable global id. */
export function toGlobalId(ref: CustomerRef): string {
  return Buffer.from(`${TYPENAME}:${ref.provider}:${ref.providerId}`, 'utf8').toString('base64url');
}

/**
 * Decodes a global id into its provider and raw id, or `null` when the text is not one of ours.
 * The raw id is not validated here; the provider's id pattern is applied by the caller.
 */
export function fromGlobalId(id: string): { provider: ProviderName; rawId: string } | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  // Round-trip check rejects non-canonical encodings, so one customer has exactly one global id.
  if (Buffer.from(text, 'utf8').toString('base64url') !== id) return null;
  const [typename, provider, ...rest] = text.split(':');
  if (typename !== TYPENAME || rest.length === 0) return null;
  if (!PROVIDER_NAMES.has(provider ?? '')) return null;
  return { provider: provider as ProviderName, rawId: rest.join(':') };
}
