import { SPHEREPAY_ID_PATTERN } from './wire.js';

/**
 * SpherePay customer ids: `customer_` + lower-case alphanumerics (documented pattern
 * `^customer_[a-z0-9]+$`, in practice 32 hex; https://docs.spherepay.co/api-reference/customer/get-id). Length is
 * capped so a hostile id cannot make a long upstream path.
 */
export { SPHEREPAY_ID_PATTERN };

export function parseSpherePayId(raw: string): string | null {
  return SPHEREPAY_ID_PATTERN.test(raw) ? raw : null;
}
