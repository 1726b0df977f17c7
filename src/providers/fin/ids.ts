import { FIN_CUSTOMER_ID } from './wire.js';

/**
 * Fin.com customer ids are bare UUIDs. Accepts either case; lower case is canonical.
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export const FIN_ID_PATTERN = FIN_CUSTOMER_ID;

/** Returns the canonical (lower-case) Fin id, or `null` when `raw` is not one. */
export function parseFinId(raw: string): string | null {
  return FIN_ID_PATTERN.test(raw) ? raw.toLowerCase() : null;
}
